declare namespace App {
  interface Locals {
    /** The content entry a page renders (`articles/<id>`, `pages/<id>`): its charts are looked up by it. */
    contentPage?: string;
  }
}
