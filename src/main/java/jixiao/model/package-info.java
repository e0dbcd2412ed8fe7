/**
 * The output contract (budget-targets/1, see OUTPUT.md): immutable records that the exporters write.
 * Imports {@code java.*} only; every list is copied on construction and never null.
 */
package jixiao.model;
