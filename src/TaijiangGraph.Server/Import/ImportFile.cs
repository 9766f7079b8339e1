using System.Globalization;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Server.Import;

/// <summary>Opens an import file by its extension, <c>.csv</c> or <c>.xlsx</c>, after the file-size cap (docs/import.md).</summary>
internal static class ImportFile
{
    /// <exception cref="ImportException">The type, the size or the header shape is refused, or the file is malformed.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static IImportRowSource Open(string path, ImportOptions? options = null)
    {
        options ??= ImportOptions.Default;
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            throw new ImportException(ErrorCodes.Import.FileType, "Import files are .csv or .xlsx.");
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        try
        {
            if (stream.Length > options.MaxFileBytes)
            {
                throw new ImportException(
                    ErrorCodes.Import.FileTooLarge,
                    $"The file has {stream.Length.ToString("N0", CultureInfo.InvariantCulture)} bytes; at most "
                        + $"{options.MaxFileBytes.ToString("N0", CultureInfo.InvariantCulture)} are allowed."
                );
            }

            return extension == ".csv" ? new CsvRowSource(stream, options) : new XlsxRowSource(stream, options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
