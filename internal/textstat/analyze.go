package textstat

// Text is the analysis of one Markdown text, for the lint rules to share.
type Text struct {
	Source     string      // the Markdown as given
	Prose      string      // Prose(Source): same length, offsets are Source's
	Breaks     []int       // block breaks from ProseBreaks
	Words      []Word      // Words(Prose)
	Sentences  []Sentence  // SplitSentences(Prose, Words, Breaks)
	Paragraphs []Paragraph // GroupParagraphs(Prose, Sentences)
}

// Analyze runs ProseBreaks, Words, SplitSentences and GroupParagraphs on
// markdown.
func Analyze(markdown string) *Text {
	t := &Text{Source: markdown}
	t.Prose, t.Breaks = ProseBreaks(markdown)
	t.Words = Words(t.Prose)
	t.Sentences = SplitSentences(t.Prose, t.Words, t.Breaks)
	t.Paragraphs = GroupParagraphs(t.Prose, t.Sentences)
	return t
}
