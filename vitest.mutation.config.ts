/**
 * The unit and component tests alone, for Stryker (`npm run test:mutation`): the build checks need
 * a built site, which mutants do not change. The content-ids test reads the source text itself,
 * which Stryker's instrumenting rewrites, so it is left to `npm test`: a mutant cannot change it.
 */
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config';

const readsSourceText = 'tests/unit/content-ids.test.ts';

const projects = (base.test?.projects ?? [])
  .filter((project) => typeof project === 'object' && 'test' in project && project.test?.name !== 'build')
  .map((project) =>
    typeof project === 'object' && 'test' in project
      ? { ...project, test: { ...project.test, exclude: [...configDefaults.exclude, readsSourceText] } }
      : project,
  );

export default defineConfig({ test: { projects } });
