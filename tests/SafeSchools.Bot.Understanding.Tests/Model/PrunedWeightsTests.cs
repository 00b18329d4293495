using SafeSchools.Bot.Understanding.Model;

namespace SafeSchools.Bot.Understanding.Tests.Model;

public sealed class PrunedWeightsTests
{
    [Fact]
    public void FromDense_DropsWeightsNearZero_AndKeepsTheRest()
    {
        float[] dense = [0.5f, 0.001f, -0.3f, /* row 2 */ 0f, -0.019f, 0.02f];

        var weights = PrunedWeights.FromDense(dense, rowCount: 2, columnCount: 3, dropBelow: 0.02f);

        Assert.Equal(3, weights.Count);
        Assert.Equal(0.5f, weights[0, 0]);
        Assert.Equal(0f, weights[0, 1]);
        Assert.Equal(PrunedWeights.Round(-0.3f), weights[0, 2]);
        Assert.Equal(0f, weights[1, 1]);
        Assert.Equal(PrunedWeights.Round(0.02f), weights[1, 2]);
    }

    [Fact]
    public void AddRowTo_AddsTheKeptWeightsOfTheRowTimesTheScale()
    {
        float[] dense = [1f, 0f, 2f, /* row 2 */ 4f, 4f, 4f];
        var weights = PrunedWeights.FromDense(dense, rowCount: 2, columnCount: 3, dropBelow: 0.01f);
        var target = new float[] { 10f, 10f, 10f };

        weights.AddRowTo(0, 0.5f, target);

        Assert.Equal([10.5f, 10f, 11f], target);
    }

    [Fact]
    public void FromDense_WrongSize_Throws() =>
        Assert.Throws<ArgumentException>(() => PrunedWeights.FromDense(new float[5], rowCount: 2, columnCount: 3, dropBelow: 0f));

    [Fact]
    public void AddRowTo_ARowKeepingFewWeights_AndOneKeepingMany_AddTheSame_AsTheDenseMatrixWould()
    {
        // Eight outputs: a row keeping one weight is stored sparse, a row keeping all eight dense.
        float[] dense = [0f, 0f, 3f, 0f, 0f, 0f, 0f, 0f, /* row 2 */ 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f];
        var weights = PrunedWeights.FromDense(dense, rowCount: 2, columnCount: 8, dropBelow: 0.01f);
        var target = new float[8];

        weights.AddRowTo(0, 2f, target);
        weights.AddRowTo(1, 1f, target);

        Assert.Equal([1f, 2f, 9f, 4f, 5f, 6f, 7f, 8f], target);
        Assert.Equal(9, weights.Count);
        Assert.Equal(3f, weights[0, 2]);
        Assert.Equal(0f, weights[0, 3]);
        Assert.Equal(8f, weights[1, 7]);
    }

    [Fact]
    public void ToRows_ListsTheKeptWeightsOfSparseAndDenseRowsInOrder()
    {
        float[] dense = [0f, 0f, 3f, 0f, 0f, 0f, 0f, 0f, /* row 2 */ 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f];
        var weights = PrunedWeights.FromDense(dense, rowCount: 2, columnCount: 8, dropBelow: 0.01f);

        var (rowStarts, columns, values) = weights.ToRows();

        Assert.Equal([0, 1, 9], rowStarts);
        Assert.Equal([(ushort)2, 0, 1, 2, 3, 4, 5, 6, 7], columns);
        Assert.Equal([3f, 1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f], values);
    }
}
