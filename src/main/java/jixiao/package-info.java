/**
 * The facade: {@link jixiao.Jixiao#convert(java.nio.file.Path, jixiao.Options)} runs the whole pipeline for one
 * file (PDF or extracted text) and returns the contract {@link jixiao.model.Document}. The CLI, batch and any other
 * caller go through it.
 */
package jixiao;
