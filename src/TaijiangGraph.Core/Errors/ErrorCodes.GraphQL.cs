namespace TaijiangGraph.Core.Errors;

public static partial class ErrorCodes
{
    /// <summary>
    /// Codes raised by GraphQL.NET's parser and standard validation rules (the code names the rule) that docs/errors.md
    /// names. The service does not raise them itself; they are listed so that the documented wire contract is in one
    /// place. Other GraphQL.NET rules raise codes of the same form.
    /// </summary>
    public static class GraphQL
    {
        /// <summary>The document does not parse.</summary>
        public const string SyntaxError = "SYNTAX_ERROR";

        /// <summary>A field the type does not have (also a classified item, reported exactly like a made-up name).</summary>
        public const string FieldsOnCorrectType = "FIELDS_ON_CORRECT_TYPE";

        /// <summary>A literal argument value of the wrong type.</summary>
        public const string ArgumentsOfCorrectType = "ARGUMENTS_OF_CORRECT_TYPE";

        /// <summary>A variable value that does not fit its declared type.</summary>
        public const string InvalidValue = "INVALID_VALUE";

        /// <summary>Fragments that spread themselves.</summary>
        public const string NoFragmentCycles = "NO_FRAGMENT_CYCLES";

        /// <summary>The same directive twice at one location.</summary>
        public const string UniqueDirectivesPerLocation = "UNIQUE_DIRECTIVES_PER_LOCATION";

        /// <summary>A directive the schema does not define.</summary>
        public const string KnownDirectives = "KNOWN_DIRECTIVES";

        /// <summary>An app principal asks for introspection.</summary>
        public const string NoIntrospection = "NO_INTROSPECTION";
    }
}
