using System.Globalization;
using System.IO.Compression;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Server.Import;

/// <summary>
/// Checks an xlsx's zip directory before anything is decompressed (docs/import.md, "Caps"): each entry's uncompressed size
/// against its compressed size (<see cref="ImportOptions.MaxZipRatio"/>, for entries above
/// <see cref="ImportOptions.ZipRatioFloorBytes"/>) and all entries' uncompressed sizes together
/// (<see cref="ImportOptions.MaxZipBytes"/>). Only the central directory is read. The sizes it checks are also the ones the
/// reader is held to: System.IO.Compression stops an entry's stream at its declared uncompressed size.
/// </summary>
internal static class XlsxZipGuard
{
    /// <summary>Checks <paramref name="stream"/> from its start and seeks back to it.</summary>
    /// <exception cref="ImportException">A cap is exceeded, or the file is not a zip.</exception>
    public static void Check(Stream stream, ImportOptions options)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                if (
                    entry.Length > options.ZipRatioFloorBytes
                    && entry.Length > Math.Max(1, entry.CompressedLength) * (double)options.MaxZipRatio
                )
                {
                    throw new ImportException(
                        ErrorCodes.Import.ZipRatio,
                        $"The xlsx entry '{entry.FullName}' expands more than {options.MaxZipRatio}:1; the file is refused as a zip bomb."
                    );
                }

                total += entry.Length;
                if (total > options.MaxZipBytes || total < 0)
                {
                    throw new ImportException(
                        ErrorCodes.Import.ZipTooLarge,
                        $"The xlsx expands to more than {options.MaxZipBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes."
                    );
                }
            }
        }
        catch (InvalidDataException e)
        {
            throw new ImportException(ErrorCodes.Import.FileMalformed, "The file is not a valid xlsx (zip) file.", e);
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
