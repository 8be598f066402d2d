// Regional scoring rules as data (domain §3): a new region is one more object here.
import type { Grade } from "./values";

/** A qualitative grade's score band as fractions of the weight, and the score the tool proposes. */
export interface Band {
  min: number;
  max: number;
  proposal: number;
}

/** A group of 一级 indicators whose weights together should reach `weight`. */
export interface WeightGroup {
  level1: string[];
  weight: number;
}

export interface Profile {
  /** ASCII id for the command line and =JX.SCORE(…, "sichuan"). */
  id: string;
  /** Chinese name shown to users, and the short one lists use ("中央"). */
  name: string;
  shortName: string;
  /** Other names a user may type for it (=JX.SCORE(…, "四川")). */
  aliases: string[];
  executionRateWeight: number;
  weightGroups: WeightGroup[];
  /** Whether the profile expects a 满意度 indicator. */
  expectsSatisfaction: boolean;
  qualitativeBands: Record<Grade, Band>;
  /** 优 / 良 / 中 / 差 thresholds, highest first; below the last is 差. */
  grades: Array<{ min: number; label: string }>;
  /** Actual ≥ ratio × target asks the unit to explain the over-achievement. */
  overAchievementRatio: number;
  /** An execution rate below this needs a written reason (Sichuan: 90 %); null when not asked. */
  executionRateReasonBelow: number | null;
}

const STANDARD_GRADES = [
  { min: 90, label: "优" },
  { min: 80, label: "良" },
  { min: 60, label: "中" },
];

const CENTRAL_BANDS: Record<Grade, Band> = {
  achieved: { min: 0.8, max: 1, proposal: 1 },
  partial: { min: 0.6, max: 0.8, proposal: 0.7 },
  notAchieved: { min: 0, max: 0.6, proposal: 0.3 },
};

const ALL_LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];

const central = {
  id: "central",
  name: "中央（财预〔2020〕10号）",
  shortName: "中央",
  aliases: ["central", "中央", "财政部", "默认"],
  executionRateWeight: 10,
  weightGroups: [
    { level1: ["产出指标", "成本指标"], weight: 50 },
    { level1: ["效益指标"], weight: 30 },
    { level1: ["满意度指标"], weight: 10 },
  ],
  expectsSatisfaction: true,
  qualitativeBands: CENTRAL_BANDS,
  grades: STANDARD_GRADES,
  overAchievementRatio: 1.2,
  executionRateReasonBelow: null,
} as const satisfies Profile;

const hebei = {
  id: "hebei",
  name: "河北",
  shortName: "河北",
  aliases: ["hebei", "河北", "河北省"],
  executionRateWeight: 20,
  weightGroups: [
    { level1: ["产出指标", "成本指标"], weight: 40 },
    { level1: ["效益指标", "满意度指标"], weight: 40 },
  ],
  expectsSatisfaction: true,
  // Bands 80 / 50; the proposal is each band's midpoint, as in the central profile.
  qualitativeBands: {
    achieved: { min: 0.8, max: 1, proposal: 1 },
    partial: { min: 0.5, max: 0.8, proposal: 0.65 },
    notAchieved: { min: 0, max: 0.5, proposal: 0.25 },
  },
  grades: STANDARD_GRADES,
  overAchievementRatio: 1.2,
  executionRateReasonBelow: null,
} as const satisfies Profile;

const sichuan = {
  id: "sichuan",
  name: "四川",
  shortName: "四川",
  aliases: ["sichuan", "四川", "四川省"],
  executionRateWeight: 10,
  weightGroups: [{ level1: ALL_LEVEL1, weight: 90 }],
  expectsSatisfaction: true,
  qualitativeBands: CENTRAL_BANDS,
  grades: STANDARD_GRADES,
  overAchievementRatio: 1.2,
  executionRateReasonBelow: 0.9,
} as const satisfies Profile;

const guangzhou = {
  id: "guangzhou",
  name: "广州",
  shortName: "广州",
  aliases: ["guangzhou", "广州", "广州市"],
  executionRateWeight: 10,
  weightGroups: [{ level1: ALL_LEVEL1, weight: 90 }],
  expectsSatisfaction: false,
  qualitativeBands: CENTRAL_BANDS,
  grades: STANDARD_GRADES,
  overAchievementRatio: 1.2,
  executionRateReasonBelow: null,
} as const satisfies Profile;

/** Every profile; the first is the default. A new region is one more object in this list. */
export const PROFILE_LIST = [central, hebei, sichuan, guangzhou] as const;

export type KnownProfile = (typeof PROFILE_LIST)[number];
export type ProfileId = KnownProfile["id"];

export const PROFILES = Object.fromEntries(PROFILE_LIST.map((p) => [p.id, p as Profile])) as Record<ProfileId, Profile>;

export const DEFAULT_PROFILE: Profile = PROFILE_LIST[0];

/** Finds a profile by id or by a Chinese name; blank means the default. Null when unknown. */
export function findProfile(name: unknown): KnownProfile | null {
  if (name === null || name === undefined || (typeof name === "string" && name.trim() === "")) {
    return PROFILE_LIST[0];
  }
  const key = String(name).trim().toLowerCase();
  return PROFILE_LIST.find((p) => (p.aliases as readonly string[]).some((a) => a.toLowerCase() === key)) ?? null;
}

/** "central（中央）、hebei（河北）…": the profiles as messages and help list them. */
export function profileChoices(): string {
  return PROFILE_LIST.map((p) => `${p.id}（${p.shortName}）`).join("、");
}
