/**
 * Runs the content check before Astro loads any content, so that bad input
 * stops `astro build`, `astro dev` and `astro check` with every problem listed
 * by file and line, instead of surfacing later as a render error.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check';
import { ContentErrors } from '../lib/errors';

export function contentCheck(): AstroIntegration {
  return {
    name: 'pivot-point:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { model, errors } = checkContent(fileURLToPath(config.root));
        if (errors.length > 0) throw new ContentErrors(errors);
        logger.info(
          `content ok: ${model.articles.size} articles, ${model.datasets.size} datasets, ${model.claims.size} claims, ${model.themes.size} themes, ${model.sources.size} sources`,
        );
      },
    },
  };
}
