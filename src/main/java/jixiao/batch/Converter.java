package jixiao.batch;

import java.nio.file.Path;

import jixiao.ConversionResult;
import jixiao.Jixiao;
import jixiao.JixiaoException;
import jixiao.Options;

/** Converts one file; {@link #FACADE} in production, a stub in tests. */
@FunctionalInterface
public interface Converter {
    Converter FACADE = Jixiao::convert;

    ConversionResult convert(Path file, Options options) throws JixiaoException;
}
