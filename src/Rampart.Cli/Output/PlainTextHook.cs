using Spectre.Console;
using Spectre.Console.Rendering;

namespace Rampart.Cli.Output;

/// <summary>
/// Strips every style from what a colourless table renders. Without ANSI support Spectre applies a style
/// by setting <see cref="System.Console"/>'s colours, which on a terminal prints escape codes to the
/// terminal whatever writer the report goes to (<c>--no-color</c>, a table written with <c>--output</c>);
/// plain text never changes a colour, so nothing but the report's own text is written anywhere.
/// </summary>
internal sealed class PlainTextHook : IRenderHook
{
    public IEnumerable<IRenderable> Process(RenderOptions options, IEnumerable<IRenderable> renderables) =>
        renderables.Select(renderable => (IRenderable)new Plain(renderable));

    private sealed class Plain(IRenderable inner) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => inner.Measure(options, maxWidth);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            foreach (var segment in inner.Render(options, maxWidth))
            {
                if (segment.IsLineBreak)
                {
                    yield return Segment.LineBreak;
                }
                else if (!segment.IsControlCode)
                {
                    yield return new Segment(segment.Text);
                }
            }
        }
    }
}
