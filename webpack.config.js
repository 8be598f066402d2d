// Builds dist/: taskpane.html (which also hosts the custom functions: shared runtime),
// functions.json from JSDoc, functions-zh-CN.json, help.html, office.js from our own origin,
// icons and the manifest (URLs rewritten when ADDIN_BASE_URL is set).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizeMetadataPlugin } = require("./scripts/localize-metadata");
const { rewriteManifest } = require("./scripts/manifest-urls");

const officeJs = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const baseUrl = process.env.ADDIN_BASE_URL;
  // Validate before building so a wrong URL stops the build with its message.
  const manifestTransform = baseUrl ? (content) => rewriteManifest(content.toString(), baseUrl) : undefined;
  if (baseUrl) rewriteManifest("", baseUrl);

  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/taskpane.tsx",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
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
    // The Word writer and its libraries load only on 生成自评报告, as report.js and report-vendors.js.
    optimization: {
      splitChunks: { cacheGroups: { defaultVendors: { test: /[\\/]node_modules[\\/]/, name: "report-vendors", chunks: "async" } } },
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizeMetadataPlugin({ source: "./src/functions/functions-zh-CN.source.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        scriptLoading: "blocking",
        inject: "body",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform },
          // office.js and the Excel host files it loads, served from our origin (no CDN).
          {
            from: "*.js",
            context: officeJs,
            to: "office-js/[name][ext]",
            info: { minimized: true },
            globOptions: {
              ignore: [
                "**/*.debug.js",
                "**/*vsdoc*",
                "**/outlook*",
                "**/word*",
                "**/powerpoint*",
                "**/onenote*",
                "**/access*",
                "**/visio*",
                "**/project*",
                "**/html2canvas*",
              ],
            },
          },
          { from: "*/office_strings.js", context: officeJs, to: "office-js/[path][name][ext]", info: { minimized: true } },
          { from: "agaveerrorux/**/*", context: officeJs, to: "office-js/[path][name][ext]", info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_SERVE ? await httpsOptions() : undefined },
      port: PORT,
      hot: false,
    },
  };
  return config;
};

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
