/**
 * Maps rebuilt tables and the prose around them to the contract records: header cells recognised by meaning
 * (synonym lists for layout families H, C and G), the indicator hierarchy with merged cells expanded across rows and
 * pages, the fund plan, value parsing, department goals; everything that cannot be placed becomes an Issue.
 */
package jixiao.mapping;
