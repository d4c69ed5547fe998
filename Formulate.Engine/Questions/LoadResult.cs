namespace Formulate.Engine.Questions;

/// <summary>Either a loaded value or every problem found while loading it.</summary>
public sealed record LoadResult<T>
    where T : class
{
    public T? Value { get; init; }

    public IReadOnlyList<LoadProblem> Problems { get; init; } = [];

    public bool Succeeded => Value is not null && Problems.Count == 0;

    public static LoadResult<T> Success(T value) => new() { Value = value };

    public static LoadResult<T> Failure(IReadOnlyList<LoadProblem> problems) => new() { Problems = problems };

    /// <summary>For definitions shipped with the product, where a problem is a defect, not user input.</summary>
    public T OrThrow(string what) => Succeeded
        ? Value!
        : throw new InvalidDataException($"{what} is invalid: " + string.Join("; ", Problems));
}
