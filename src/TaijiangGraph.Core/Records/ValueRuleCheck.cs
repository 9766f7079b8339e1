using System.Text.RegularExpressions;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// Checks one value of the item's type against the item's declared value rules (docs/policy.md, "Value rules"). The
/// messages name the rule, never the value: a refused value may be personal data.
/// </summary>
internal static partial class ValueRuleCheck
{
    /// <summary>The code and message of the rule <paramref name="value"/> breaks, or null when it keeps every rule.</summary>
    public static (string Code, string Message)? Violation(CatalogItem item, object value) =>
        value switch
        {
            string text when item.Format is { } format => FormatViolation(item, format, text),
            DateOnly date => RangeViolation(item, date),
            DateTime time => RangeViolation(item, DateOnly.FromDateTime(time)),
            _ => null,
        };

    /// <summary>True when the text is a mainland mobile number or a landline with area code (<see cref="ValueFormat.Phone"/>).</summary>
    public static bool IsValidPhone(string text) => PhoneRegex().IsMatch(text);

    private static (string, string)? FormatViolation(CatalogItem item, ValueFormat format, string text)
    {
        bool valid;
        try
        {
            valid = format switch
            {
                ValueFormat.IdNumber => CheckDigits.IsValidIdNumber(text),
                ValueFormat.CreditCode => CheckDigits.IsValidCreditCode(text),
                ValueFormat.Phone => IsValidPhone(text),
                ValueFormat.Pattern => item.Pattern is not null && ValuePatterns.IsMatch(item.Pattern, text),
                _ => false,
            };
        }
        catch (RegexMatchTimeoutException)
        {
            return (
                ErrorCodes.Records.InvalidFormat,
                "The value could not be matched against the item's pattern within the time limit "
                    + "and is refused; the pattern backtracks too much."
            );
        }

        return valid ? null : (ErrorCodes.Records.InvalidFormat, $"The value is not a valid {Describe(format)}.");
    }

    private static (string, string)? RangeViolation(CatalogItem item, DateOnly date) =>
        date < item.MinDate || date > item.MaxDate
            ? (ErrorCodes.Records.OutOfRange, $"The value is outside the item's range {CatalogText.RangeOf(item)} (inclusive).")
            : null;

    private static string Describe(ValueFormat format) =>
        format switch
        {
            ValueFormat.IdNumber => "ID number (ID_NUMBER: 18 characters, a real birth date, the GB 11643 check character)",
            ValueFormat.CreditCode => "credit code (CREDIT_CODE: 18 characters, the GB 32100 check character)",
            ValueFormat.Phone => "phone number (PHONE: a mainland mobile number or a landline with its area code)",
            _ => "match of the item's pattern (PATTERN)",
        };

    [GeneratedRegex(@"\A(?:1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-9][0-9]{6,7})\z", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();
}
