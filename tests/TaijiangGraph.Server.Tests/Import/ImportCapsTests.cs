using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>docs/import.md, "Caps": each cap refuses the file with its own code; an xlsx zip bomb is refused before it expands.</summary>
public sealed class ImportCapsTests : IDisposable
{
    private readonly ImportTestFiles _files = new();

    [Fact]
    public void A_zip_bomb_xlsx_is_refused_quickly_and_within_bounded_memory()
    {
        var path = _files.WriteXlsx(
            "bomb.xlsx",
            ["credit_code"],
            [
                ["K1"],
            ]
        );
        // The sheet entry is replaced by 200 MB of XML whitespace: about 200 KB compressed.
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var blanks = new byte[1024 * 1024];
            blanks.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 200; i++)
            {
                stream.Write(blanks);
            }

            stream.Write("</sheetData></worksheet>"u8);
        }

        Assert.True(new FileInfo(path).Length < 2 * 1024 * 1024, $"The bomb is {new FileInfo(path).Length} bytes.");
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var e = Assert.Throws<ImportException>(() => ImportFile.Open(path));

        Assert.Equal(ErrorCodes.Import.ZipRatio, e.Code);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Refused after {clock.Elapsed}.");
        var used = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Assert.True(used < 4 * 1024 * 1024, $"Refusing the bomb allocated {used} bytes.");
    }

    [Fact]
    public void A_zip_entry_that_understates_its_size_is_read_no_further_than_its_declared_size()
    {
        // The guarantee behind XlsxZipGuard (docs/import.md, "Caps"): the declared size the guard checks bounds the reading.
        var path = Path.Combine(_files.Folder, "liar.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var entry = zip.CreateEntry("sheet.xml", CompressionLevel.Optimal).Open())
        {
            entry.Write(new byte[10 * 1024 * 1024]);
        }

        var bytes = File.ReadAllBytes(path);
        const int declared = 100;
        PatchSize(bytes, 0x04034b50, 22, declared);
        PatchSize(bytes, 0x02014b50, 24, declared);
        File.WriteAllBytes(path, bytes);

        long read = 0;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            Assert.Equal(declared, zip.Entries[0].Length);
            using var stream = zip.Entries[0].Open();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = stream.Read(buffer)) > 0)
            {
                read += n;
            }
        }
        catch (InvalidDataException)
        {
            // A refusal (e.g. the checksum) is as good as a stop.
        }

        Assert.InRange(read, 0, declared);
    }

    [Fact]
    public void The_total_expansion_of_an_xlsx_is_capped()
    {
        var path = _files.WriteXlsx(
            "small.xlsx",
            ["credit_code"],
            [
                ["K1"],
            ]
        );

        var e = Assert.Throws<ImportException>(() => ImportFile.Open(path, new ImportOptions { MaxZipBytes = 1000 }));

        Assert.Equal(ErrorCodes.Import.ZipTooLarge, e.Code);
        using var fine = ImportFile.Open(path);
        Assert.Equal(["credit_code"], fine.Header);
    }

    [Fact]
    public void File_size_rows_columns_and_cell_length_are_capped()
    {
        var path = _files.WriteCsv(
            "caps.csv",
            [
                ["credit_code", "entity_name"],
                ["K1", "abcdef"],
                ["K2", "b"],
                ["K3", "c"],
            ],
            Encoding.UTF8
        );

        Assert.Equal(ErrorCodes.Import.FileTooLarge, Refusal(path, new ImportOptions { MaxFileBytes = 10 }));
        Assert.Equal(ErrorCodes.Import.TooManyRows, Refusal(path, new ImportOptions { MaxRows = 2 }));
        Assert.Equal(ErrorCodes.Import.TooManyColumns, Refusal(path, new ImportOptions { MaxColumns = 1 }));
        Assert.Equal(ErrorCodes.Import.CellTooLong, Refusal(path, new ImportOptions { MaxCellChars = 5 }));
        Assert.Null(
            Refusal(
                path,
                new ImportOptions
                {
                    MaxRows = 3,
                    MaxColumns = 2,
                    MaxCellChars = 11,
                }
            )
        );
    }

    [Fact]
    public void Other_file_types_and_malformed_files_are_refused()
    {
        var text = Path.Combine(_files.Folder, "data.txt");
        File.WriteAllText(text, "credit_code\nK1\n");
        var notZip = Path.Combine(_files.Folder, "fake.xlsx");
        File.WriteAllText(notZip, "credit_code\nK1\n");
        var broken = Path.Combine(_files.Folder, "broken.csv");
        File.WriteAllText(broken, "credit_code,entity_name\nK1,\"unclosed\nK2,b\n");
        var empty = Path.Combine(_files.Folder, "empty.csv");
        File.WriteAllText(empty, "");

        Assert.Equal(ErrorCodes.Import.FileType, Refusal(text));
        Assert.Equal(ErrorCodes.Import.FileMalformed, Refusal(notZip));
        Assert.Equal(ErrorCodes.Import.FileMalformed, Refusal(broken));
        Assert.Equal(ErrorCodes.Import.FileMalformed, Refusal(empty));
    }

    public void Dispose() => _files.Dispose();

    /// <summary>Writes <paramref name="size"/> into the size field of the first header with <paramref name="signature"/>.</summary>
    private static void PatchSize(byte[] zip, uint signature, int offset, int size)
    {
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            if (BitConverter.ToUInt32(zip, i) == signature)
            {
                BitConverter.GetBytes(size).CopyTo(zip, i + offset);
                return;
            }
        }

        Assert.Fail($"No zip header with signature {signature:x8}.");
    }

    /// <summary>The code that refuses the file, opening it or reading its rows, or null when it is read to its end.</summary>
    private static string? Refusal(string path, ImportOptions? options = null)
    {
        try
        {
            using var source = ImportFile.Open(path, options);
            _ = source.ReadRows().Count();
            return null;
        }
        catch (ImportException e)
        {
            return e.Code;
        }
    }
}
