/** Builds the add-in pages with the project's own webpack config into a directory. */
import * as path from 'path';
import webpack from 'webpack';

const ROOT = path.resolve(__dirname, '../../..');

function run(config: webpack.Configuration): Promise<webpack.Stats> {
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats?.toString({ all: false, errors: true }) ?? 'webpack failed'));
      resolve(stats);
    });
  });
}

/** The production build, with office.js loaded from `officeJsUrl`. */
export async function buildPane(outDir: string, officeJsUrl: string): Promise<webpack.Stats> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, 'webpack.config.js'));
  const config = await makeConfig({ OFFICE_JS_URL: officeJsUrl }, { mode: 'production' });
  config.mode = 'production';
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  delete config.devServer;
  return run(config);
}

/** The Excel stand-in as one browser script (test only), to stand where office.js would. */
export async function buildStandinScript(outDir: string): Promise<void> {
  await run({
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: 'web',
    entry: { 'standin-office': './test/e2e/support/standin-page.ts' },
    output: { path: outDir, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', transpileOnly: true, compilerOptions: { module: 'es2020' } } } }],
    },
  });
}
