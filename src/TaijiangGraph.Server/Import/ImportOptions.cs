namespace TaijiangGraph.Server.Import;

/// <summary>
/// The caps an import file must stay within and how its text is read (docs/import.md, "Caps"). Every cap is refused with its
/// own code of <c>ErrorCodes.Import</c>; the defaults suit a district's files and a caller may lower or raise any of them.
/// </summary>
internal sealed record ImportOptions
{
    /// <summary>The defaults: 200 MB file, 2,000,000 rows, 200 columns, 32,767 characters a cell, 100:1, 1 GB expanded.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The largest file, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most rows after the header row (blank rows included).</summary>
    public long MaxRows { get; init; } = 2_000_000;

    /// <summary>The most columns of the header row or of any row (up to its last non-empty cell).</summary>
    public int MaxColumns { get; init; } = 200;

    /// <summary>The longest cell, in UTF-16 characters (Excel's own limit is 32,767).</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>The largest ratio of an xlsx zip entry's uncompressed size to its compressed size.</summary>
    public int MaxZipRatio { get; init; } = 100;

    /// <summary>Zip entries at most this large (uncompressed) are not held to <see cref="MaxZipRatio"/>: too small to be a bomb.</summary>
    public long ZipRatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>The largest total uncompressed size of an xlsx's zip entries, in bytes.</summary>
    public long MaxZipBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>The offset of a date-time cell written without a zone (<c>Z</c> or <c>±hh:mm</c>); UTC by default.</summary>
    public TimeSpan UnzonedOffset { get; init; } = TimeSpan.Zero;
}
