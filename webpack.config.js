// Builds the add-in: taskpane.html (which also hosts the custom functions: shared runtime), report.html
// (the report page Excel for Mac opens in the browser), functions.json from JSDoc, functions-zh-CN.json,
// help.html, icons and the manifest.
//   npm run build:dev      development manifest (localhost, its own id, JXDEV), office.js from the CDN
//   npm run build          production: needs ADDIN_BASE_URL; OFFICE_JS picks where office.js comes from
//   webpack --env test     what the tests load: dist/ (CDN) and dist-offline/ (OFFICE_JS=local), at a test URL
// Every build also makes the web checker, dist/checker/ (needs no deployment URL, works from file://),
// and the WPS add-in, dist/wps/ with its offline package dist/wps-offline/ (the same pane, transpiled for
// WPS's older embedded Chromium; WPS_BASE_URL adds the jsplugins.xml of the online mode).
// `npm run build:checker` makes only the checker, `npm run build:wps` only the WPS add-in.
const path = require("path");
const { Compilation, DefinePlugin, sources } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeMetadataPlugin } = require("./scripts/localize-metadata");
const { productionManifest, productionSettings } = require("./scripts/manifest");
const { officeJsChoice, contentSecurityPolicy, LOCAL_LIBRARY } = require("./scripts/office-js");
const { WpsPackagePlugin, wpsBaseUrl } = require("./scripts/wps-package");
const { wpsFunctionMetadata } = require("./scripts/wps-functions");
const { version } = require("./package.json");

const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** The deployment address the tests build with (.invalid never resolves: nothing can reach it). */
const TEST_BASE_URL = "https://jx-selfeval.invalid/addin/";

/** Stops the build with the Chinese message of a settings error, without a stack trace. */
function settingsOrExit(read) {
  try {
    return read();
  } catch (err) {
    console.error(`\n构建未进行：${err.message}\n`);
    process.exit(2);
  }
}

function config({ dev, out, baseUrl, id, officeJs, serve }) {
  const manifestTransform = baseUrl ? (content) => productionManifest(content.toString(), baseUrl, id) : undefined;
  const html = (filename, template, chunks) =>
    new HtmlWebpackPlugin({
      filename,
      template,
      chunks,
      scriptLoading: "blocking",
      inject: "body",
      templateParameters: { officeJs: officeJs.src, csp: contentSecurityPolicy(officeJs) },
    });
  return {
    name: out,
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.tsx",
      functions: "./src/functions/functions.ts",
      reportpage: "./src/report/page.ts",
    },
    // The web checker (out/checker/) and the WPS add-in (out/wps/) come from their own configs: cleaning leaves them alone.
    output: { path: path.resolve(__dirname, out), filename: "[name].js", clean: { keep: /^(checker|wps|wps-offline)[\\/]/ } },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { compilerOptions: { module: "es2020", sourceMap: dev } } },
        },
      ],
    },
    performance: { hints: false },
    // The Word writer and its libraries load only on 生成自评报告, as report.js and report-vendors.js; the
    // report link's compressor (fflate) only on Excel for Mac, as report-link.js.
    optimization: {
      splitChunks: {
        cacheGroups: { defaultVendors: { test: /[\\/]node_modules[\\/](?!fflate[\\/])/, name: "report-vendors", chunks: "async" } },
      },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizeMetadataPlugin({ source: "./src/functions/functions-zh-CN.source.json", namespace: baseUrl ? "JX" : "JXDEV" }),
      html("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane", "functions"]),
      html("report.html", "./src/report/page.html", ["reportpage"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform },
          // OFFICE_JS=local: the complete library, as Microsoft publishes it, under office-js/.
          ...(officeJs.mode === "local"
            ? [{ from: "**/*", context: LOCAL_LIBRARY, to: "office-js/[path][name][ext]", info: { minimized: true } }]
            : []),
        ],
      }),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: serve ? serve : undefined },
      port: PORT,
      hot: false,
    },
  };
}

/** The checker's worker code as a script that defines it as a string (started from a blob: URL by the page). */
class WorkerSourcePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WorkerSourcePlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WorkerSourcePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        const code = assets["checker-worker.js"].source().toString();
        compilation.emitAsset("checker-worker-source.js", new sources.RawSource(`window.__JX_CHECKER_WORKER=${JSON.stringify(code)};\n`));
        compilation.deleteAsset("checker-worker.js");
      });
    });
  }
}

/**
 * The web checker: a page (React, Fluent UI) and a worker (the engine: SheetJS, IronCalc with its
 * WebAssembly inlined, the Word writer), each one self-contained file with relative paths, so the
 * folder works from any static server and from disk.
 */
function checkerConfigs({ dev, out }) {
  const common = {
    devtool: false,
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    performance: { hints: false },
    optimization: { splitChunks: false },
    module: {
      // wasm.js's default loader (new URL("wasm_bg.wasm", import.meta.url)) is never used: we pass the bytes.
      parser: { javascript: { url: false } },
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { compilerOptions: { module: "es2020", sourceMap: dev } } },
        },
        { test: /\.wasm$/, type: "asset/inline" },
      ],
    },
  };
  const dir = path.resolve(__dirname, out, "checker");
  return [
    {
      ...common,
      name: `${out}/checker-worker`,
      target: "webworker",
      entry: { "checker-worker": "./src/checker/worker.ts" },
      output: { path: dir, filename: "[name].js", publicPath: "", asyncChunks: false, clean: false },
      plugins: [new WorkerSourcePlugin()],
    },
    {
      ...common,
      name: `${out}/checker`,
      target: "web",
      entry: { checker: "./src/checker/index.tsx" },
      output: { path: dir, filename: "[name].js", publicPath: "", asyncChunks: false, clean: { keep: /checker-worker-source\.js$/ } },
      plugins: [
        new HtmlWebpackPlugin({ filename: "index.html", template: "./src/checker/index.html", scriptLoading: "defer", inject: "head" }),
      ],
    },
  ];
}

/** The oldest Chromium the WPS build is transpiled for (syntax lowered, newer APIs polyfilled from core-js). */
const WPS_CHROMIUM = "chrome 58";

/**
 * The WPS add-in: the same taskpane (it finds WPS at start-up), the entry page with the ribbon's callbacks
 * and the JX functions, ribbon.xml and icons — all files relative to one folder, served from an intranet
 * address or installed offline. Everything, node_modules included, goes through Babel for WPS's Chromium.
 */
function wpsConfig({ dev, out, namespace, functions, baseUrl }) {
  const babel = {
    loader: "babel-loader",
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      sourceType: "unambiguous",
      // Terser minifies afterwards; compact output also keeps Babel quiet about large files (react-dom).
      compact: true,
      presets: [["@babel/preset-env", { targets: WPS_CHROMIUM, useBuiltIns: "usage", corejs: "3.51", modules: false, bugfixes: true }]],
    },
  };
  const html = (filename, template, chunks) =>
    new HtmlWebpackPlugin({ filename, template, chunks, scriptLoading: "blocking", inject: "body" });
  return {
    name: `${out}/wps`,
    devtool: false,
    target: ["web", "es2017"],
    entry: { taskpane: "./src/taskpane/taskpane.tsx", addin: "./src/hosts/wps/addin.ts" },
    output: { path: path.resolve(__dirname, out, "wps"), filename: "[name].js", publicPath: "", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [babel, { loader: "ts-loader", options: { compilerOptions: { module: "es2020", sourceMap: false } } }],
        },
        { test: /\.m?js$/, include: /node_modules/, exclude: /node_modules[\\/](core-js|@babel[\\/]runtime)[\\/]/, use: babel },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: { defaultVendors: { test: /[\\/]node_modules[\\/](?!fflate[\\/])/, name: "report-vendors", chunks: "async" } },
      },
    },
    plugins: [
      new DefinePlugin({ __JX_WPS_FUNCTIONS__: JSON.stringify(functions), __JX_NAMESPACE__: JSON.stringify(namespace) }),
      html("taskpane.html", "./src/hosts/wps/taskpane.html", ["taskpane"]),
      html("index.html", "./src/hosts/wps/index.html", ["addin"]),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/hosts/wps/ribbon.xml", to: "ribbon.xml" },
          { from: "assets/*.png", to: "assets/[name][ext]" },
        ],
      }),
      new WpsPackagePlugin({ offlineDir: path.resolve(__dirname, out, "wps-offline"), version, baseUrl, dev }),
    ],
  };
}

/** Stops a production build that has no deployment URL, once the checker (which needs none) is built. */
class MissingUrlPlugin {
  constructor(message) {
    this.message = message;
  }
  apply(compiler) {
    // afterDone: after webpack-cli has printed its summary, so this is the last thing on the screen.
    compiler.hooks.afterDone.tap("MissingUrlPlugin", () => {
      const dist = path.dirname(compiler.options.output.path);
      console.error(
        `\n网页检查器已生成：${path.join(dist, "checker")}\nWPS 加载项已生成：${path.join(dist, "wps")}（离线安装包：${path.join(dist, "wps-offline")}）\nExcel 加载项未生成：${this.message}\n`,
      );
      process.exitCode = 2;
    });
  }
}

/** The WPS build's settings: its functions' metadata and, when WPS_BASE_URL is set, its online address. */
async function wpsSettings(dev) {
  return {
    namespace: dev ? "JXDEV" : "JX",
    functions: await wpsFunctionMetadata(),
    baseUrl: settingsOrExit(() => wpsBaseUrl(process.env)),
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (env.checker) return checkerConfigs({ dev, out: "dist" });
  if (env.wps) return [wpsConfig({ dev, out: "dist", ...(await wpsSettings(dev)) })];
  if (env.test) {
    return [
      config({ dev: false, out: "dist", baseUrl: TEST_BASE_URL, officeJs: officeJsChoice("cdn") }),
      config({ dev: false, out: "dist-offline", baseUrl: TEST_BASE_URL, officeJs: officeJsChoice("local") }),
      ...checkerConfigs({ dev: false, out: "dist" }),
      wpsConfig({ dev: false, out: "dist", ...(await wpsSettings(false)) }),
    ];
  }
  const officeJs = settingsOrExit(() => officeJsChoice(process.env.OFFICE_JS));
  const wps = wpsConfig({ dev, out: "dist", ...(await wpsSettings(dev)) });
  if (dev)
    return [
      config({ dev, out: "dist", officeJs, serve: env.WEBPACK_SERVE ? await httpsOptions() : undefined }),
      ...checkerConfigs({ dev, out: "dist" }),
      wps,
    ];
  let settings;
  try {
    settings = productionSettings(process.env);
  } catch (err) {
    const checker = checkerConfigs({ dev, out: "dist" });
    wps.plugins.push(new MissingUrlPlugin(err.message));
    return [...checker, wps];
  }
  return [config({ dev, out: "dist", baseUrl: settings.baseUrl, id: settings.id, officeJs }), ...checkerConfigs({ dev, out: "dist" }), wps];
};

module.exports.TEST_BASE_URL = TEST_BASE_URL;

/** Dev certificates from office-addin-dev-certs; where they cannot be installed, use them untrusted. */
async function httpsOptions() {
  const fs = require("fs");
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(
      `开发证书未能安装为受信任证书（${err.message.split("\n")[0]}）。` +
        `请以管理员身份运行 npx office-addin-dev-certs install，或把 ${caCertificatePath} 导入浏览器的受信任根证书。`,
    );
    return {
      ca: fs.readFileSync(caCertificatePath),
      key: fs.readFileSync(localhostKeyPath),
      cert: fs.readFileSync(localhostCertificatePath),
    };
  }
}
