using System.ComponentModel.DataAnnotations;

namespace SafeSchools.Bot.Understanding.Meaning;

/// <summary>
/// How the meaning of a message (its nearest training examples under a sentence encoder) is blended with the n-gram
/// model (configuration section <c>Understanding:Meaning</c>). The defaults were chosen on the development sets (blind
/// batches 1-8, risk-dev, risk-project; docs/understanding-model.md, "Meaning"): with the risks' thresholds unchanged,
/// false alarms of the model fell from 126 to 78 of 967 and no risk lost recall; intents right rose from 1,427 to 1,458
/// of 1,536.
/// </summary>
public sealed class MeaningOptions
{
    /// <summary>Whether meaning is used at all; without it the n-gram model decides alone.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many nearest training examples vote.</summary>
    [Range(1, 100)]
    public int Neighbours { get; set; } = 20;

    /// <summary>How much more a nearer example's vote counts: weight = exp(sharpness × similarity).</summary>
    [Range(0, 100)]
    public float Sharpness { get; set; } = 20;

    /// <summary>
    /// The share of a risk's probability that comes from meaning (the rest from the n-gram model). Immediate danger and
    /// self-harm are only ever raised by it, never lowered (see <see cref="TrainedRecognizer"/>).
    /// </summary>
    [Range(0, 1)]
    public float RiskWeight { get; set; } = 0.7f;

    /// <summary>
    /// How similar (cosine) the nearest labelled line must be for a message to count as a near-paraphrase of it: only
    /// then may meaning lower immediate danger or self-harm ("my mum is literally going to murder me when she sees my
    /// report" beside the hard negative "my mum will kill me if she sees my report", 0.90). On the development sets, with
    /// no risk losing recall: 1 (never) 127, 0.9 125, 0.8 117, 0.75 108 false alarms of 967; 0.7 gave 93 but lost a
    /// danger line.
    /// </summary>
    [Range(0, 1)]
    public float NearParaphrase { get; set; } = 0.75f;

    /// <summary>The share of an intent's probability that comes from meaning.</summary>
    [Range(0, 1)]
    public float IntentWeight { get; set; } = 0.5f;

    /// <summary>
    /// Intents are blended only when this share of the nearest examples (weighted) agree on one intent; neighbours split
    /// over several ("can strangers message her on it?" near questions about messages of every kind) leave the model's
    /// own ranking. On the development conversations: fell back 19 -> 16 of 2,573 typed turns, expectations 3,205 -> 3,204
    /// of 3,513; development intents 1,458 -> 1,456 of 1,536.
    /// </summary>
    [Range(0, 1)]
    public float IntentAgreement { get; set; } = 0.4f;

    /// <summary>
    /// Meaning is asked only when it could change a decision: some risk is at least possible, or the model's top intent
    /// scores below this. A message the model is sure of ("hi", "yes") costs no encoding.
    /// </summary>
    [Range(0, 1)]
    public float ConsultBelowIntentScore { get; set; } = 0.9f;

    /// <summary>
    /// How long after the host has started the encoder is loaded in the background (about 0.3 s of CPU): not beside the
    /// first turns, which it slowed on a 2-core machine, yet usually before the first message that needs it (one that does
    /// comes earlier loads it itself).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan WarmUpDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The fewest words a message needs for meaning to be asked ("1" or "ok" carry none a sentence encoder can use).</summary>
    [Range(1, 100)]
    public int MinWords { get; set; } = 2;
}
