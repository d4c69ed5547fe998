using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Formulate.Load;

/// <summary>
/// When each answer and section move of the browser scenario happened, and what else was under way at
/// the time, so that slow answers can be set beside section moves, concurrency, the server's garbage
/// collections and each process's CPU. Times are milliseconds from <see cref="Start"/>, taken from the
/// Unix clock so that they line up with the pages' own clocks and with samples taken outside this process.
/// </summary>
internal sealed class RunTimeline
{
    private readonly ConcurrentBag<AnswerTiming> _answers = [];
    private readonly ConcurrentBag<MoveTiming> _moves = [];
    private int _answersInFlight;
    private int _movesInFlight;

    /// <summary>Milliseconds since the Unix epoch when answering began.</summary>
    public double Start { get; private set; } = Now;

    public static double Now => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    public int AnswersInFlight => Volatile.Read(ref _answersInFlight);

    public int MovesInFlight => Volatile.Read(ref _movesInFlight);

    public void Restart() => Start = Now;

    public double Since(double unixMilliseconds) => unixMilliseconds - Start;

    /// <summary>Counts an answer as under way and returns what else was, before this one.</summary>
    public (int Answers, int Moves) BeginAnswer() => (Interlocked.Increment(ref _answersInFlight) - 1, MovesInFlight);

    public void EndAnswer(AnswerTiming timing)
    {
        Interlocked.Decrement(ref _answersInFlight);
        _answers.Add(timing);
    }

    public void AnswerNotGiven() => Interlocked.Decrement(ref _answersInFlight);

    public double BeginMove()
    {
        Interlocked.Increment(ref _movesInFlight);
        return Since(Now);
    }

    public void EndMove(double started, int practitioner, string section)
    {
        Interlocked.Decrement(ref _movesInFlight);
        _moves.Add(new MoveTiming { StartMilliseconds = started, EndMilliseconds = Since(Now), Practitioner = practitioner, Section = section });
    }

    public async Task WriteAsync(string directory)
    {
        Directory.CreateDirectory(directory);
        var answers = new StringBuilder("start_ms,latency_ms,practitioner,section,question,after_section_move,answers_in_flight,moves_in_flight\n");
        foreach (var a in _answers.OrderBy(a => a.StartMilliseconds))
        {
            answers.Append(CultureInfo.InvariantCulture,
                $"{a.StartMilliseconds:0.0},{a.LatencyMilliseconds:0.0},{a.Practitioner},{a.Section},{a.QuestionId},{(a.AfterSectionMove ? 1 : 0)},{a.AnswersInFlight},{a.MovesInFlight}\n");
        }

        var moves = new StringBuilder("start_ms,end_ms,practitioner,section\n");
        foreach (var m in _moves.OrderBy(m => m.StartMilliseconds))
        {
            moves.Append(CultureInfo.InvariantCulture, $"{m.StartMilliseconds:0.0},{m.EndMilliseconds:0.0},{m.Practitioner},{m.Section}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "answers.csv"), answers.ToString());
        await File.WriteAllTextAsync(Path.Combine(directory, "moves.csv"), moves.ToString());
        await File.WriteAllTextAsync(Path.Combine(directory, "start.txt"), Start.ToString("0", CultureInfo.InvariantCulture) + "\n");
    }
}
