/**
 * The unit and component tests alone, for Stryker (`npm run test:mutation`): the build checks need
 * a built site, which mutants do not change.
 */
import { defineConfig } from 'vitest/config';
import base from './vitest.config';

const projects = (base.test?.projects ?? []).filter(
  (project) => typeof project === 'object' && 'test' in project && project.test?.name !== 'build',
);

export default defineConfig({ test: { projects } });
