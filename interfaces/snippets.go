// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tagged is what a hook's snippets are for: a plug or a slot, which
// knows the security tags of the apps and hooks bound to it.
// *snap.PlugInfo, *snap.SlotInfo, *ConnectedPlug and *ConnectedSlot
// are Tagged.
type Tagged interface {
	SecurityTags() []string
}

// Snippet is one piece of policy text and the interface that added it.
type Snippet struct {
	Interface string
	Text      string
}

// SnippetSet collects policy snippets per security tag for a backend's
// specification. While an interface hook runs, the set is scoped to the
// tags of the plug or slot being handled and to the interface, so that
// hooks only say what to add, never where. Identical text added to a
// tag twice is kept once, so a rule appears once per profile however
// many interfaces ask for it.
type SnippetSet struct {
	scopeTags []string
	// scopeOf, when set, gives scopeTags the first time they are
	// needed: most hooks of most interfaces add nothing, and need no
	// tags.
	scopeIface string
	scopeOf    Tagged
	// tags holds each tag's flags and snippet count, in the order the
	// tags came: a snap has a handful of apps and hooks, found by
	// looking through them, and through byTag past linearTagsMax.
	tags  []tagEntry
	byTag map[string]int
	// items holds the snippets of every tag in the order they were
	// added. Duplicates are found by comparing texts (their lengths
	// first, which mostly differ) while there are few, then through
	// seen.
	items []item
	seen  map[itemKey]struct{}
	// sorted is what SecurityTags returns, valid until a tag gets its
	// first snippet; sortedBuf holds the first one made.
	sorted       []string
	sortedValid  bool
	sortedBufOut bool
	sortedBuf    [inlineTags]string

	// tagsBuf and itemsBuf are where tags and items start: a
	// specification is made for every snap every time its profiles are
	// rendered, most snaps have few apps and snippets, and then the set
	// allocates nothing. They make a used SnippetSet unsafe to copy,
	// which noCopy tells go vet.
	tagsBuf  [inlineTags]tagEntry
	itemsBuf [inlineItems]item
	_        noCopy
}

// tagEntry is a tag, its flags and how many snippets it has.
type tagEntry struct {
	tag      string
	flags    uint
	snippets int
}

// item is a Snippet as the set keeps it: with its tag, and with its
// text and the newline that followed it where it was added, when one
// did, so that a tag of one snippet is joined without copying it.
type item struct {
	Snippet
	withNewline string
	tag         int
}

// itemKey is what duplicates are found by through SnippetSet.seen.
type itemKey struct {
	tag  int
	text string
}

// noCopy makes go vet's copylocks check report copies of the struct
// that holds it.
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// The sizes of the inline buffers, and how many snippets (of all tags)
// and tags the set holds before it finds them through a map: comparing
// the lengths of texts costs less than hashing them, up to many.
const (
	inlineTags     = 2
	inlineItems    = 4
	linearDedupMax = 128
	linearTagsMax  = 16
)

// has says whether tag i has a snippet of the given text.
func (s *SnippetSet) has(i int, text string) bool {
	if s.seen != nil {
		_, ok := s.seen[itemKey{i, text}]
		return ok
	}
	for j := range s.items {
		if len(s.items[j].Text) == len(text) && s.items[j].tag == i && s.items[j].Text == text {
			return true
		}
	}
	return false
}

func (s *SnippetSet) add(it item) {
	if s.items == nil {
		s.items = s.itemsBuf[:0]
	}
	s.items = append(s.items, it)
	if s.tags[it.tag].snippets++; s.tags[it.tag].snippets == 1 {
		s.sortedValid = false
	}
	switch {
	case s.seen != nil:
		s.seen[itemKey{it.tag, it.Text}] = struct{}{}
	case len(s.items) > linearDedupMax:
		s.seen = make(map[itemKey]struct{}, 2*len(s.items))
		for j := range s.items {
			s.seen[itemKey{s.items[j].tag, s.items[j].Text}] = struct{}{}
		}
	}
}

// find returns the index of a tag, or -1.
func (s *SnippetSet) find(tag string) int {
	if s.byTag != nil {
		if i, ok := s.byTag[tag]; ok {
			return i
		}
		return -1
	}
	for i := range s.tags {
		if s.tags[i].tag == tag {
			return i
		}
	}
	return -1
}

// entry returns the index of a tag, adding it when there is none.
func (s *SnippetSet) entry(tag string) int {
	if i := s.find(tag); i >= 0 {
		return i
	}
	if s.tags == nil {
		s.tags = s.tagsBuf[:0]
	}
	s.tags = append(s.tags, tagEntry{tag: tag})
	i := len(s.tags) - 1
	switch {
	case s.byTag != nil:
		s.byTag[tag] = i
	case len(s.tags) > linearTagsMax:
		s.byTag = make(map[string]int, 2*len(s.tags))
		for j := range s.tags {
			s.byTag[s.tags[j].tag] = j
		}
	}
	return i
}

// Scope sets the tags and interface that AddSnippet applies to until
// Unscope; backends call it around each interface hook.
func (s *SnippetSet) Scope(tags []string, iface string) {
	s.scopeTags = tags
	s.scopeOf = nil
	s.scopeIface = iface
}

// ScopeTo is Scope for the tags of a plug or slot, which are only
// computed when a hook adds a snippet or asks for ScopeTags.
func (s *SnippetSet) ScopeTo(of Tagged, iface string) {
	s.scopeTags = nil
	s.scopeOf = of
	s.scopeIface = iface
}

// Unscope ends the scope set by Scope or ScopeTo.
func (s *SnippetSet) Unscope() {
	s.scopeTags = nil
	s.scopeOf = nil
	s.scopeIface = ""
}

// ScopeTags returns the tags the current hook adds to; callers must not
// modify the result.
func (s *SnippetSet) ScopeTags() []string {
	if s.scopeOf != nil {
		s.scopeTags = s.scopeOf.SecurityTags()
		s.scopeOf = nil
	}
	return s.scopeTags
}

// ScopeInterface returns the interface whose hook is running.
func (s *SnippetSet) ScopeInterface() string { return s.scopeIface }

// AddSnippet adds text to every tag in scope.
func (s *SnippetSet) AddSnippet(text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	for _, tag := range s.ScopeTags() {
		s.AddSnippetForTag(tag, s.scopeIface, text)
	}
}

// AddSnippetForTag adds text for one tag, on behalf of iface.
func (s *SnippetSet) AddSnippetForTag(tag, iface, text string) {
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		return
	}
	i := s.entry(tag)
	if s.has(i, trimmed) {
		return
	}
	it := item{Snippet: Snippet{Interface: iface, Text: trimmed}, tag: i}
	// trimmed is text less its leading and trailing spaces: the byte
	// after it in text, when it is a newline, ends it for Joined.
	start := leadingSpace(text)
	if end := start + len(trimmed); end < len(text) && text[end] == '\n' {
		it.withNewline = text[start : end+1]
	}
	s.add(it)
}

// leadingSpace returns the length of the white space text starts with,
// as strings.TrimSpace sees it; without looking up Unicode tables when
// it is ASCII, as policy text is.
func leadingSpace(text string) int {
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
		case c < utf8.RuneSelf:
			return i
		default:
			return len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
		}
	}
	return len(text)
}

// SetFlags sets flags (bits of the backend's choosing) on every tag in
// scope, whether or not it has snippets.
func (s *SnippetSet) SetFlags(flags uint) {
	for _, tag := range s.ScopeTags() {
		s.tags[s.entry(tag)].flags |= flags
	}
}

// Flags returns the flags set on a tag.
func (s *SnippetSet) Flags(tag string) uint {
	if i := s.find(tag); i >= 0 {
		return s.tags[i].flags
	}
	return 0
}

// TagsWithFlags returns the tags on which any of flags is set, sorted.
func (s *SnippetSet) TagsWithFlags(flags uint) []string {
	var tags []string
	for i := range s.tags {
		if s.tags[i].flags&flags != 0 {
			tags = append(tags, s.tags[i].tag)
		}
	}
	slices.Sort(tags)
	return tags
}

// SecurityTags returns the tags that have snippets, sorted; callers
// must not modify the result, which later calls may return again.
func (s *SnippetSet) SecurityTags() []string {
	if s.sortedValid {
		return s.sorted
	}
	n := 0
	for i := range s.tags {
		if s.tags[i].snippets > 0 {
			n++
		}
	}
	var tags []string
	if n <= len(s.sortedBuf) && !s.sortedBufOut {
		// Once only: a caller may still hold what it was given.
		tags, s.sortedBufOut = s.sortedBuf[:0:n], true
	} else {
		tags = make([]string, 0, n)
	}
	for i := range s.tags {
		if s.tags[i].snippets > 0 {
			tags = append(tags, s.tags[i].tag)
		}
	}
	slices.Sort(tags)
	s.sorted, s.sortedValid = tags, true
	return tags
}

// Snippets returns a fresh copy of a tag's snippets sorted by interface,
// then text, so that output does not depend on the order of hooks.
func (s *SnippetSet) Snippets(tag string) []Snippet {
	i := s.find(tag)
	if i < 0 || s.tags[i].snippets == 0 {
		return nil
	}
	out := make([]Snippet, 0, s.tags[i].snippets)
	for j := range s.items {
		if s.items[j].tag == i {
			out = append(out, s.items[j].Snippet)
		}
	}
	slices.SortFunc(out, compareSnippets)
	return out
}

func compareSnippets(a, b Snippet) int {
	if a.Interface != b.Interface {
		return strings.Compare(a.Interface, b.Interface)
	}
	return strings.Compare(a.Text, b.Text)
}

// Joined returns a tag's snippets, sorted, separated by blank lines.
func (s *SnippetSet) Joined(tag string) string {
	if i := s.find(tag); i >= 0 && s.tags[i].snippets == 1 {
		for j := range s.items {
			if it := &s.items[j]; it.tag == i {
				if it.withNewline != "" {
					return it.withNewline
				}
				return it.Text + "\n"
			}
		}
	}
	snippets := s.Snippets(tag)
	size := 0
	for _, snippet := range snippets {
		size += len(snippet.Text) + 2
	}
	var b strings.Builder
	b.Grow(size)
	for i, snippet := range snippets {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(snippet.Text)
		b.WriteString("\n")
	}
	return b.String()
}

// Run scopes the set to tags and iface while hook runs; backends use it
// to call an interface's definer method.
func (s *SnippetSet) Run(tags []string, iface string, hook func() error) error {
	s.Scope(tags, iface)
	defer s.Unscope()
	return hook()
}

// RunFor is Run for the tags of a plug or slot, computed only if the
// hook adds a snippet or asks for ScopeTags.
func (s *SnippetSet) RunFor(of Tagged, iface string, hook func() error) error {
	s.ScopeTo(of, iface)
	defer s.Unscope()
	return hook()
}
