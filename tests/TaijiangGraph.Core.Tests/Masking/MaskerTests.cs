using System.Text;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Masking;

namespace TaijiangGraph.Core.Tests.Masking;

public sealed class MaskerTests
{
    private static readonly ReadOnlyMemory<byte> KeyA = Masker.DepartmentHashKey(
        Encoding.UTF8.GetBytes("master-key-0123456789abcdef0123"),
        "TJ-MZ"
    );
    private static readonly ReadOnlyMemory<byte> KeyB = Masker.DepartmentHashKey(
        Encoding.UTF8.GetBytes("master-key-0123456789abcdef0123"),
        "TJ-RS"
    );

    private static string? Mask(MaskingRule rule, object? value) => Masker.Apply(rule, value, () => KeyA);

    [Theory]
    [InlineData(MaskingRule.Name, "张三丰", "张**")]
    [InlineData(MaskingRule.Name, "张三", "张**")]
    [InlineData(MaskingRule.Name, "欧阳娜娜", "欧**")]
    [InlineData(MaskingRule.IdNumber, "350103198701011234", "350103********1234")]
    [InlineData(MaskingRule.Phone, "13812345678", "138****5678")]
    [InlineData(MaskingRule.Address, "福州市台江区苍霞街道星光路12号", "福州市台江区****")]
    [InlineData(MaskingRule.BankCard, "6222021234567890", "************7890")]
    [InlineData(MaskingRule.Redact, "anything", "******")]
    [InlineData(MaskingRule.None, "plain", "plain")]
    public void Rules_mask_as_the_design_shows(MaskingRule rule, string value, string expected) =>
        Assert.Equal(expected, Mask(rule, value));

    [Fact]
    public void Date_year_keeps_only_the_year() => Assert.Equal("1987-**-**", Mask(MaskingRule.DateYear, new DateOnly(1987, 3, 14)));

    [Fact]
    public void Short_values_are_fully_starred_rather_than_shown()
    {
        Assert.Equal("********", Mask(MaskingRule.IdNumber, "3501"));
        Assert.Equal("****", Mask(MaskingRule.Phone, "110"));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(Mask(MaskingRule.Name, null));

    [Fact]
    public void Hash_pseudonyms_are_stable_per_department_and_differ_between_departments()
    {
        var a1 = Masker.Apply(MaskingRule.Hash, "350103198701011234", () => KeyA);
        var a2 = Masker.Apply(MaskingRule.Hash, "350103198701011234", () => KeyA);
        var b = Masker.Apply(MaskingRule.Hash, "350103198701011234", () => KeyB);

        Assert.Equal(a1, a2);
        Assert.NotEqual(a1, b);
        Assert.Equal(32, a1!.Length);
        Assert.DoesNotContain("1234", a1, StringComparison.Ordinal);
    }
}
