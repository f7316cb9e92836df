/**
 * The components an MDX article may use without importing them. Their prop schemas live in
 * src/model/mdx-components.ts; a unit test keeps the two lists equal.
 */
import Chart from './Chart.astro';
import Claim from './Claim.astro';
import Correlation from './Correlation.astro';
import DataGap from './DataGap.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Chart, Claim, Correlation, DataGap, Quote };
