namespace Evo8x8.Client.Ccai;

/// <summary>What <see cref="SessionMetadataReader"/> does with a record it cannot read in a batch.</summary>
public enum BrokenRecordHandling
{
    /// <summary>Stop the batch by throwing <see cref="SessionMetadataFormatException"/> (the default).</summary>
    Throw,

    /// <summary>
    /// Report the record to <see cref="SessionMetadataReaderOptions.OnBrokenRecord"/> and go on with the next one.
    /// JSON so broken that the next record cannot be found (inside an array) still throws.
    /// </summary>
    Skip,
}
