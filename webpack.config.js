/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');

// Build settings (environment variables), no code changes needed:
//   OFFICE_JS_URL  where office.js is loaded from. Default: Microsoft's CDN. For Office 365 operated
//                  by 21Vianet: https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js
//                  or an intranet mirror of the @microsoft/office-js package.
//   ADDIN_URL      where the built add-in is hosted in production (replaces https://localhost:3000/ in the manifest).
const DEFAULT_OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DEV_URL = 'https://localhost:3000/';
const ADDIN_URL = process.env.ADDIN_URL || DEV_URL;

// OFFICE_JS_URL is also accepted as `webpack --env OFFICE_JS_URL=…` (and from tests calling this function).
module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const OFFICE_JS_URL = env.OFFICE_JS_URL || process.env.OFFICE_JS_URL || DEFAULT_OFFICE_JS_URL;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/taskpane.ts',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist/web'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Chunks sit beside the pages; a fixed relative path also serves the single-file page, whose
      // inline scripts have no URL for webpack's automatic publicPath (scripts/build-single-file.js).
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        // ES modules for webpack (tsconfig's CommonJS would turn import() into require() and defeat code splitting).
        // Types are checked by `npm run typecheck`; the bundle only transpiles (fast on small CI machines).
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { sourceMap: dev, module: 'es2020' } } } },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: 'asset/resource', generator: { filename: 'assets/[name][ext][query]' } },
        // pdfjs's character maps and standard fonts, inlined into the lazily loaded chunks that read a PDF (no fetch: src/taskpane/pdf-pages.ts).
        { test: /pdfjs-dist[\\/](cmaps|standard_fonts)[\\/]/, type: 'asset/inline', generator: { dataUrl: { encoding: 'base64', mimetype: 'application/octet-stream' } } },
      ],
    },
    plugins: [
      // src/xlsx hands workbooks around as Node Buffers; the page gets the `buffer` package for
      // them (only the lazily loaded chunks that use Buffer include it).
      new webpack.ProvidePlugin({ Buffer: ['buffer', 'Buffer'] }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], officeJsUrl: OFFICE_JS_URL }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], officeJsUrl: OFFICE_JS_URL }),
      new HtmlWebpackPlugin({ filename: 'message.html', template: './src/commands/message.html', chunks: [], officeJsUrl: OFFICE_JS_URL }),
      new HtmlWebpackPlugin({ filename: 'help.html', template: './src/taskpane/help.html', chunks: [] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext][query]' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest*.xml',
            to: '[name][ext]',
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(ADDIN_URL)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist/web') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Certificates are looked up only when serving, never during a build.
      server: env.WEBPACK_SERVE ? await devServerTransport() : 'http',
      host: process.env.DEV_SERVER_HOST || 'localhost',
      port: Number(process.env.DEV_SERVER_PORT || process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: { warnings: false } },
    },
  };
};

// Office requires https. office-addin-dev-certs writes its certificate even where it cannot
// install its CA (no sudo, as on Linux); it also makes a new CA on every call while its CA is not
// installed. So: a certificate already on disk and still valid is used as it is (a CA the user
// trusted by hand stays valid); otherwise office-addin-dev-certs makes one; plain http is the last
// resort (enough for the standalone page in a browser, not for Office). DEV_SERVER_HTTP=1 forces http.
async function devServerTransport() {
  if (process.env.DEV_SERVER_HTTP === '1') return 'http';
  const onDisk = readDevCerts();
  if (onDisk) return { type: 'https', options: onDisk };
  try {
    const devCerts = require('office-addin-dev-certs');
    const https = await devCerts.getHttpsServerOptions();
    return { type: 'https', options: { ca: https.ca, key: https.key, cert: https.cert } };
  } catch (error) {
    const generated = readDevCerts();
    if (generated) {
      console.warn(`office-addin-dev-certs 未能安装证书颁发机构（${error.message.split('\n')[0]}）；使用已生成的证书，浏览器需手动信任 ~/.office-addin-dev-certs/ca.crt（见 README）。`);
      return { type: 'https', options: generated };
    }
    console.warn('未找到 office-addin-dev-certs 证书，开发服务器使用 http（仅适合浏览器独立页面）。');
    return 'http';
  }
}

function readDevCerts() {
  const fs = require('fs');
  const os = require('os');
  const { X509Certificate } = require('crypto');
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = ['ca.crt', 'localhost.key', 'localhost.crt'].map((f) => path.join(dir, f));
  if (!files.every((f) => fs.existsSync(f))) return null;
  const [ca, key, cert] = files.map((f) => fs.readFileSync(f));
  try {
    if (new Date(new X509Certificate(cert).validTo) <= new Date()) return null;
  } catch {
    return null;
  }
  return { ca, key, cert };
}
