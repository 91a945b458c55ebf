// Package textstat is the text-analysis layer of prfaq lint: it finds the
// prose in Markdown and cuts it into paragraphs, sentences and words, counts
// syllables for readability, and finds phrases, acronyms and their
// definitions, passive constructions and numbers.
//
// Everything works on byte offsets into the text it is given, so a finding
// maps straight back to a line and column of the source; functions are pure,
// allocate a handful of slices per call (none per word), and keep no state
// between calls. A typical pipeline for one Markdown field:
//
//	prose, breaks := textstat.ProseBreaks(md) // same length as md
//	words := textstat.Words(prose)
//	sents := textstat.SplitSentences(prose, words, breaks)
//	paras := textstat.GroupParagraphs(prose, sents)
//
// Analyze does exactly this. An Analyzer does it for the many texts of one
// document, sharing out a few arrays among them instead of allocating four
// a text. Words hold byte offsets, not strings: Word.Text(s) is the word.
//
// # Prose
//
// Prose (and ProseBreaks) replace with spaces what is not running prose, byte
// for byte, keeping every newline and carriage return: fenced code blocks
// (``` and ~~~, also inside list items and block quotes; an unclosed fence
// runs to the end), indented code blocks (4 columns past the list item's
// content, after a blank line or a heading), inline code (a run of backticks
// to the next run of the same length in the same paragraph), the
// "](destination "title")" and "][label]" parts of links (the link text
// stays) and the whole of images, link reference definitions, footnote
// labels, autolinks (<https://...>), bare URLs (scheme://..., www...., and
// host.tld/path), e-mail addresses, HTML tags, comments (which may span
// lines) and entities, backslashes of escapes, ATX heading markers (# and a
// closing ###), setext underlines, thematic breaks, block quote markers (>),
// list markers (- * + 1. 1)) and task boxes ([ ] [x]), table delimiter rows
// and the pipes of table rows, and emphasis markers * _ ~~ when CommonMark's
// flanking rules make them markup (an underscore inside a word, a lone
// asterisk between spaces and a single ~ as in "~5 ms" stay).
//
// This is a line-based approximation of CommonMark and GFM, not a parser:
// lazy continuation lines of block quotes, HTML blocks whose content is
// not text (<script>, <style>), and links whose text holds unbalanced
// brackets are handled loosely. Nested brackets deeper than 32 are left as
// text. Bare "<x y>" in prose is taken for an HTML tag. As in CommonMark, a
// paragraph that starts with a number and a point ("2026. Revenue grew")
// is a list item, so its number is blanked.
//
// # Words
//
// Words are runs of letters, digits and marks (any script), with inner
// apostrophes (don't, don’t), hyphens (one-page), number punctuation (1,200
// 3.5 10:30), points between single letters (e.g, U.S; the last point is
// left out), a trailing % after a digit and a leading currency sign before
// a digit ($4.5M). See Words.
//
// # Sentences and paragraphs
//
// Sentences end at terminal punctuation followed by white space and a
// likely sentence start, with abbreviations, initials and decimals handled
// by built-in lists; at blank lines; and at the block breaks ProseBreaks
// reports, so that list items, headings and table cells without a final
// point stand alone. A single line break never ends a sentence by itself:
// hard-wrapped paragraphs are common. See SplitSentences for the exact
// rules. Paragraphs are blocks between blank lines; a list without blank
// lines is one paragraph.
//
// Known limits: an abbreviation missing from the lists and followed by a
// capitalised word splits the sentence ("approx" is listed, "Univ." is not);
// "Inc." or "U.S." at the end of a sentence followed by a name does not
// split; a sentence that starts with a symbol (#channel, @user) does not
// split from the one before it.
//
// # Readability
//
// Syllables is an English heuristic (vowel groups with the usual silent-e,
// -es, -ed and vowel-pair corrections); FleschKincaidGrade combines counts
// into a grade. Both are estimates, good to a syllable or so per word.
//
// # Phrases, acronyms, passives and numbers
//
// PhraseMatcher finds whole-word, case-insensitive phrases with a hash
// table built once; PhraseLists finds the phrases of several lists in one
// pass, and FindPhrase one phrase without a table. Acronyms finds words of 2 to 6 capitals and digits,
// Definitions the acronyms spelled out in the text ("continuous integration
// (CI)" or "CI (continuous integration)"). PassiveVoice finds "to be" plus an
// optional adverb plus a past participle, with a list of adjective-like
// participles left out. Numbers finds words with digits and spelled-out
// numbers. Each function's documentation gives its rules and limits; all are
// heuristics for English prose, meant to point a writer at text worth a
// second look rather than to parse it.
package textstat
