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

// An Analyzer analyses the texts of one document. Their words, sentences,
// paragraphs and breaks are cut from a few arrays that the Analyzer
// shares out, instead of four arrays a text: a document has dozens of
// short texts, and allocating for each was most of what analysing them
// cost. What Analyze returns stays valid, and unchanged, after later
// calls. An Analyzer is not safe for concurrent use.
type Analyzer struct {
	words  []Word
	sents  []Sentence
	paras  []Paragraph
	breaks []int
	prose  []byte // scratch for blanking markup, copied into each Prose
}

// NewAnalyzer returns an Analyzer for texts of about size bytes in all.
// The size only sets how much room it starts with.
func NewAnalyzer(size int) *Analyzer {
	// About 5.5 bytes a word, 75 a sentence and 135 a paragraph in PR/FAQ
	// prose; denser text makes the arrays grow.
	return &Analyzer{
		words: make([]Word, 0, size/5+16),
		sents: make([]Sentence, 0, size/64+8),
		paras: make([]Paragraph, 0, size/128+8),
	}
}

// Analyze returns what the package's Analyze does, in the Analyzer's
// arrays.
func (a *Analyzer) Analyze(markdown string) Text {
	t := Text{Source: markdown, Prose: markdown}
	p := proseScanner{src: markdown, wantBreaks: true, scratch: a.prose, breaks: a.breaks, breaks0: len(a.breaks)}
	p.run()
	if p.buf != nil {
		t.Prose = string(p.buf)
		a.prose = p.buf
	}
	a.breaks = p.breaks
	t.Breaks = cut(&a.breaks, p.breaks0)

	n := len(a.words)
	a.words = appendWords(a.words, t.Prose)
	t.Words = cut(&a.words, n)

	if len(t.Prose) > 0 {
		n = len(a.sents)
		a.sents = appendSentences(a.sents, t.Prose, t.Words, t.Breaks)
		t.Sentences = cut(&a.sents, n)
	}
	if len(t.Sentences) > 0 {
		n = len(a.paras)
		a.paras = appendParagraphs(a.paras, t.Prose, t.Sentences)
		t.Paragraphs = cut(&a.paras, n)
	}
	return t
}

// cut returns what was appended to *arena since it held n elements, or
// nil if nothing was, with its capacity capped so that appending to it
// cannot overwrite what comes next.
func cut[T any](arena *[]T, n int) []T {
	if len(*arena) == n {
		return nil
	}
	return (*arena)[n:len(*arena):len(*arena)]
}
