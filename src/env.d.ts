declare namespace App {
  interface Locals {
    /** Set by the article page so that charts can name their download files after it. */
    article?: string;
  }
}
