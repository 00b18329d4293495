using BenchmarkDotNet.Attributes;
using SafeSchools.Bot.Dialogs;
using SafeSchools.Bot.Dialogs.Recognizers;

namespace SafeSchools.Bot.Benchmarks;

/// <summary>Cost and allocations of recognising one utterance.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly Choice[] Topics =
    [
        new("Bullying") { Synonyms = ["being bullied", "picked on"] },
        new("Online safety"),
        new("Report a crime"),
        new("Drugs and alcohol"),
        new("Something else"),
    ];

    [Benchmark]
    public string Normalize() => TextNormalizer.Normalize("Yesss!! I’m OK 👍");

    [Benchmark]
    public bool? ConfirmYeah() => ConfirmRecognizer.Recognize("yeah");

    [Benchmark]
    public bool? ConfirmNotOkInSentence() => ConfirmRecognizer.Recognize("honestly I'm not ok at all");

    [Benchmark]
    public IReadOnlyList<FoundChoice> ChoiceExact() => ChoiceRecognizer.RecognizeChoices("Online safety", Topics);

    [Benchmark]
    public IReadOnlyList<FoundChoice> ChoiceInSentence() => ChoiceRecognizer.RecognizeChoices("I want to report a crime please", Topics);

    [Benchmark]
    public IReadOnlyList<FoundChoice> ChoiceOrdinal() => ChoiceRecognizer.RecognizeChoices("the second one", Topics);

    [Benchmark]
    public IReadOnlyList<FoundChoice> ChoiceNoMatch() => ChoiceRecognizer.RecognizeChoices("I don't really know what to say", Topics);

    [Benchmark]
    public bool NumberWords() => NumberRecognizer.TryRecognize("I'm twenty one", out _);
}
