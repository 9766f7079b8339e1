using System.Globalization;
using System.Text;

namespace TaijiangGraph.Core.Catalog;

/// <summary>
/// A government department known to the service, identified by its code (e.g. <c>TJ-MZ</c>), with the roles its
/// users may hold: a token of the department carrying any other role is refused.
/// </summary>
public sealed record Department(string Code, string Name)
{
    /// <summary>
    /// The roles (<see cref="Identity.Roles"/>) a token of this department may carry; <c>department</c> and
    /// <c>cdo</c> when the catalog document names none. Fixed once published.
    /// </summary>
    public IReadOnlyList<string> Roles { get; init; } = Identity.Roles.DepartmentDefaults;

    /// <summary>True when a token of this department may carry <paramref name="role"/>.</summary>
    public bool MayHold(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Departments are equal when code, name and roles (in order) are.</summary>
    public bool Equals(Department? other) =>
        other is not null && Code == other.Code && Name == other.Name && Roles.SequenceEqual(other.Roles, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(Code, Name, Roles.Count);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Code = {Code}, Name = {Name}, Roles = [{string.Join(", ", Roles)}]");
        return true;
    }
}
