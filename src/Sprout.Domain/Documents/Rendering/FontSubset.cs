using System.Runtime.InteropServices;

namespace Sprout.Domain.Documents.Rendering;

/// <summary>
/// Cuts a TrueType font down to the characters a document uses, with HarfBuzz's subsetter (hb-subset), which the
/// HarfBuzzSharp native library that text shaping already loads exports but HarfBuzzSharp does not wrap.
/// </summary>
/// <remarks>
/// Skia's PDF backend names embedded fonts as subsets but, in the SkiaSharp build, embeds the whole file: four faces of
/// Liberation Serif made a one-page notice weigh about 850 KB. Subsetting before Skia sees the font keeps it to a few
/// dozen KB. Layout tables are kept for the glyphs retained, so shaping (Vietnamese stacked marks) is unchanged.
/// </remarks>
internal static class FontSubset
{
    [Flags]
    public enum Options : uint
    {
        None = 0,
        NoHinting = 0x1,

        /// <summary>Glyph ids stay those of the full font, so a PDF content stream can address glyphs by the original ids.</summary>
        RetainGlyphIds = 0x2,
    }

    private const string Library = "libHarfBuzzSharp";
    private const int MemoryModeDuplicate = 0;

    public static byte[] Subset(byte[] font, IEnumerable<int> codePoints, Options options)
    {
        ArgumentNullException.ThrowIfNull(font);
        var handle = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero, input = IntPtr.Zero, subset = IntPtr.Zero, result = IntPtr.Zero;
        try
        {
            blob = hb_blob_create(handle.AddrOfPinnedObject(), (uint)font.Length, MemoryModeDuplicate, IntPtr.Zero, IntPtr.Zero);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not create a subset input.");
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints.Distinct()) hb_set_add(unicodes, (uint)cp);
            hb_subset_input_set_flags(input, (uint)options);
            subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero) throw new InvalidOperationException("HarfBuzz could not subset the font.");
            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != IntPtr.Zero) hb_blob_destroy(result);
            if (subset != IntPtr.Zero) hb_face_destroy(subset);
            if (input != IntPtr.Zero) hb_subset_input_destroy(input);
            if (face != IntPtr.Zero) hb_face_destroy(face);
            if (blob != IntPtr.Zero) hb_blob_destroy(blob);
            handle.Free();
        }
    }

    [DllImport(Library)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Library)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
}
