using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Understanding.Tests.Model;

public sealed class SparseWeightsTests
{
    [Fact]
    public void FromDense_DropsWeightsNearZero_AndKeepsTheRest()
    {
        float[] dense = [0.5f, 0.001f, -0.3f, /* row 2 */ 0f, -0.019f, 0.02f];

        var weights = SparseWeights.FromDense(dense, rowCount: 2, columnCount: 3, dropBelow: 0.02f);

        Assert.Equal(3, weights.Count);
        Assert.Equal(0.5f, weights[0, 0]);
        Assert.Equal(0f, weights[0, 1]);
        Assert.Equal(SparseWeights.Round(-0.3f), weights[0, 2]);
        Assert.Equal(0f, weights[1, 1]);
        Assert.Equal(SparseWeights.Round(0.02f), weights[1, 2]);
    }

    [Fact]
    public void AddRowTo_AddsTheKeptWeightsOfTheRowTimesTheScale()
    {
        float[] dense = [1f, 0f, 2f, /* row 2 */ 4f, 4f, 4f];
        var weights = SparseWeights.FromDense(dense, rowCount: 2, columnCount: 3, dropBelow: 0.01f);
        var target = new float[] { 10f, 10f, 10f };

        weights.AddRowTo(0, 0.5f, target);

        Assert.Equal([10.5f, 10f, 11f], target);
    }

    [Fact]
    public void FromDense_WrongSize_Throws() =>
        Assert.Throws<ArgumentException>(() => SparseWeights.FromDense(new float[5], rowCount: 2, columnCount: 3, dropBelow: 0f));
}
