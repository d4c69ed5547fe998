namespace Formulate.Data.Resilience;

/// <summary>The SQLite result codes Formulate tells apart (https://sqlite.org/rescode.html).</summary>
public static class SqliteResultCodes
{
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;
}
