namespace TaijiangGraph.Core.Identity;

/// <summary>The JWT claim names the service reads.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Department = "dept";
    public const string Role = "role";
    public const string App = "app";
}
