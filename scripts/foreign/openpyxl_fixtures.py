"""Workbooks written by openpyxl, as Python scripts and provincial systems write them: formulas without
cached results, and a person's file holding everything a tool must keep (a picture, comments, data
validation, conditional formats, print setup, defined names, hidden rows and columns, frozen panes,
another sheet). Run by scripts/foreign/make.js with the example tables as JSON on stdin."""
import base64
import json
import sys

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break

OUT = sys.argv[1]
examples = json.load(sys.stdin)
central = examples["central"]["sheets"][0]

# A 16×16 red square standing in for a scanned 签章.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAGUlEQVR4nGP4z8BAEmIY1TCqYVTDqIbhqwEAJRT/Ac3nCwsAAAAASUVORK5CYII="
)


def fill_sheet(ws, sheet, formulas=None):
    for address, value in sheet["cells"].items():
        ws[address] = value
        if isinstance(value, str) and value.startswith("="):
            ws[address].data_type = "s"  # a target written "=100%" is text, not a formula
    for address, fmt in sheet.get("formats", {}).items():
        ws[address].number_format = fmt
    for rng in sheet["merges"]:
        ws.merge_cells(rng)
    for i, width in enumerate(sheet.get("widths", [])):
        ws.column_dimensions[chr(65 + i)].width = width
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for address, formula in (formulas or {}).items():
        ws[address] = formula


def features(path):
    """The central table with everything a person's file may hold beside it."""
    wb = Workbook()
    ws = wb.active
    ws.title = central["name"]
    fill_sheet(ws, central, {"H6": "=F6/E6", "I6": "=ROUND(MIN(H6,1)*G6,2)", "H21": "=SUM(I6,H13:H20)"})
    ws["A1"].font = Font(name="方正小标宋简体", size=16, bold=True)
    ws["D13"].comment = Comment("含“三八”妇女节专场", "审核人")
    dv = DataValidation(type="list", formula1='"数量指标,质量指标,时效指标,成本指标"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add("C13:C17")
    ws.conditional_formatting.add("H13:H20", CellIsRule(operator="lessThan", formula=["0"], fill=PatternFill(bgColor="FFC7CE", fill_type="solid")))
    wb.defined_names.append(DefinedName("预算执行率", attr_text="'%s'!$H$6" % central["name"]))
    ws.print_area = "A1:I27"
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.row_breaks.append(Break(id=21))
    ws.freeze_panes = "A13"
    ws.row_dimensions[9].hidden = True
    ws.column_dimensions["J"].hidden = True
    ws.row_dimensions[11].height = 30
    img = Image(__import__("io").BytesIO(PNG))
    img.width, img.height = 64, 64
    ws.add_image(img, "G23")
    ws["A23"] = "单位盖章："
    other = wb.create_sheet("附表")
    other["A1"] = "佐证材料清单"
    other["A2"] = "=自评表!C3"
    other.column_dimensions["A"].width = 40
    wb.save(path)


def export_like(path):
    """A project-library export: eleven sheets; 目标执行监控 with 32 overlapping merged ranges; the 自评表
    with weights as text "0.0", no fund rows, and a 总分 formula broken by deleted rows."""
    wb = Workbook()
    names = ["项目基本信息", "项目支出绩效目标申报表", "预算明细", "资金来源", "实施计划", "目标执行监控", "项目支出绩效自评表", "佐证材料", "问题整改", "评审意见", "评审报告"]
    wb.active.title = names[0]
    for n in names[1:]:
        wb.create_sheet(n)
    for n in names:
        if n not in ("目标执行监控", "项目支出绩效自评表", "项目支出绩效目标申报表"):
            wb[n]["A1"] = n
    goal = wb["项目支出绩效目标申报表"]
    for address, value in {"A1": "项目支出绩效目标申报表", "B3": "一级指标", "C3": "二级指标", "D3": "三级指标", "E3": "指标值"}.items():
        goal[address] = value
    mon = wb["目标执行监控"]
    mon["A1"] = "绩效目标执行监控表"
    k = 0
    for r in range(2, 34, 2):
        mon.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=3)
        mon.merge_cells(start_row=r + 1, start_column=2, end_row=r + 2, end_column=4)
        k += 2
    assert k == 32
    se = wb["项目支出绩效自评表"]
    cells = {
        "A1": "项目支出绩效自评表",
        "A2": "（2023年度）",
        "A3": "项目名称",
        "C3": "妇女儿童关爱服务项目",
        "A5": "项目资金（万元）",
        "D5": "年初预算数",
        "E5": "全年预算数",
        "F5": "全年执行数",
        "G5": "分值",
        "H5": "执行率",
        "I5": "得分",
        "A6": "年度资金总额",
        "D6": 20,
        "E6": 20,
        "F6": 19.5,
        "G6": 10,
        "H6": 0.975,
        "I6": 9.75,
        "A10": "绩效指标",
        "B10": "一级指标",
        "C10": "二级指标",
        "D10": "三级指标",
        "E10": "年度指标值",
        "F10": "实际完成值",
        "G10": "分值",
        "H10": "得分",
        "I10": "偏差原因分析及改进措施",
        "B11": "产出指标",
        "C11": "数量指标",
        "D11": "关爱服务人次",
        "E11": "≥300人次",
        "F11": "320人次",
        "G11": "45",
        "H11": 45,
        "B12": "效益指标",
        "C12": "社会效益指标",
        "D12": "服务对象获得感",
        "E12": "提高",
        "F12": "达成预期指标",
        "G12": "0.0",
        "H12": 0,
        "B13": "满意度指标",
        "C13": "服务对象满意度指标",
        "D13": "服务对象满意度",
        "E13": "≥90%",
        "F13": 0.96,
        "G13": "45",
        "H13": 45,
        "A14": "总分",
        "G14": 100,
        "H14": "=I6+#REF!+#REF!+H11+H13",
    }
    for address, value in cells.items():
        se[address] = value
    se["H6"].number_format = "0.00%"
    se["F13"].number_format = "0%"
    wb.save(path)


features(f"{OUT}/openpyxl-features.xlsx")
export_like(f"{OUT}/export-like.xlsx")
print("openpyxl fixtures written")
