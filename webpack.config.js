// Builds the add-in: taskpane.html (which also hosts the custom functions: shared runtime), report.html
// (the report page Excel for Mac opens in the browser), functions.json from JSDoc, functions-zh-CN.json,
// help.html, icons and the manifest.
//   npm run build:dev      development manifest (localhost, its own id, JXDEV), office.js from the CDN
//   npm run build          production: needs ADDIN_BASE_URL; OFFICE_JS picks where office.js comes from
//   webpack --env test     what the tests load: dist/ (CDN) and dist-offline/ (OFFICE_JS=local), at a test URL
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeMetadataPlugin } = require("./scripts/localize-metadata");
const { productionManifest, productionSettings } = require("./scripts/manifest");
const { officeJsChoice, contentSecurityPolicy, LOCAL_LIBRARY } = require("./scripts/office-js");

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
    output: { path: path.resolve(__dirname, out), filename: "[name].js", clean: true },
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

module.exports = async (env, options) => {
  if (env.test) {
    return [
      config({ dev: false, out: "dist", baseUrl: TEST_BASE_URL, officeJs: officeJsChoice("cdn") }),
      config({ dev: false, out: "dist-offline", baseUrl: TEST_BASE_URL, officeJs: officeJsChoice("local") }),
    ];
  }
  const dev = options.mode === "development";
  const officeJs = settingsOrExit(() => officeJsChoice(process.env.OFFICE_JS));
  if (dev) return config({ dev, out: "dist", officeJs, serve: env.WEBPACK_SERVE ? await httpsOptions() : undefined });
  const { baseUrl, id } = settingsOrExit(() => productionSettings(process.env));
  return config({ dev, out: "dist", baseUrl, id, officeJs });
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
