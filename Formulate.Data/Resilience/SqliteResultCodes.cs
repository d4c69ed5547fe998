namespace Formulate.Data.Resilience;

/// <summary>The SQLite result codes Formulate tells apart (https://sqlite.org/rescode.html).</summary>
public static class SqliteResultCodes
{
    /// <summary>Another connection is writing, and the wait for it ran out.</summary>
    public const int Busy = 5;

    /// <summary>A table is locked by another statement on the same connection.</summary>
    public const int Locked = 6;

    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Corrupt = 11;
    public const int Full = 13;
    public const int CannotOpen = 14;
    public const int NotADatabase = 26;

    /// <summary>Extended code: a row broke a primary key.</summary>
    public const int ConstraintPrimaryKey = 1555;

    /// <summary>Extended code: a row broke a unique constraint or index.</summary>
    public const int ConstraintUnique = 2067;
}
