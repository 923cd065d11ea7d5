// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"encoding/binary"
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
	// noCopy comes first: a zero-size last field would be padded.
	_          noCopy
	scopeTags  []string
	scopeIface string
	// scopeOf, when set, gives scopeTags the first time they are
	// needed: most hooks of most interfaces add nothing, and need no
	// tags.
	scopeOf Tagged
	// tags holds each tag's flags and snippet count, in the order the
	// tags came: a snap has a handful of apps and hooks, found by
	// looking through them, and through big.byTag past linearTagsMax.
	tags []tagEntry
	// items holds the snippets of every tag in the order they were
	// added. Duplicates are found by comparing texts (their lengths
	// first, which mostly differ) while there are few, then through
	// big.seen.
	items []item
	// big holds the maps of a set past linearTagsMax tags or
	// linearDedupMax snippets.
	big *bigSet
	// sorted is what SecurityTags returns, valid while not nil: it is
	// reset when a tag gets its first snippet. sortedBuf holds the
	// first one made, and is not reused once given out (it then holds
	// a tag).
	sorted    []string
	sortedBuf [inlineTags]string

	// tagsBuf and itemsBuf are where tags and items start: a
	// specification is made for every snap every time its profiles are
	// rendered, most snaps have few apps and snippets, and then the set
	// allocates nothing. They are small, as every byte of a
	// specification is allocated again at every render. They make a
	// used SnippetSet unsafe to copy, which noCopy tells go vet.
	tagsBuf  [inlineTags]tagEntry
	itemsBuf [inlineItems]item
}

// tagEntry is a tag, its flags and how many snippets it has.
type tagEntry struct {
	tag      string
	flags    uint32
	snippets int32
}

// item is a Snippet as the set keeps it, small: every byte of a
// specification is allocated again at every render. raw is the text
// and, when newline is set, the newline that followed it where it was
// added, so that a tag of one snippet is joined without copying it.
type item struct {
	iface   string
	raw     string
	tag     int32
	newline bool
}

// text returns the snippet's text.
func (it *item) text() string {
	if it.newline {
		return it.raw[:len(it.raw)-1]
	}
	return it.raw
}

// joined returns the text and a newline.
func (it *item) joined() string {
	if it.newline {
		return it.raw
	}
	return it.raw + "\n"
}

// bigSet is what a set with many tags or snippets finds them through.
type bigSet struct {
	byTag map[string]int
	// heads and seen find snippets by the digest of each (its tag,
	// length, and first and last bytes: hashing whole texts, thousands
	// of bytes each, cost more than the rest of adding them). heads is
	// a table of a power of two buckets, each the index plus one of
	// the last item whose digest falls in it; seen[j] holds item j's
	// digest and the index plus one of the previous item in its
	// bucket. Texts of the same digest are then compared whole. Past
	// maxChain of them (texts made to differ only in their middles),
	// the set finds them through exact instead, by their whole texts.
	heads []int32
	seen  []seenItem
	exact map[itemKey]struct{}
}

// seenItem is an item's digest and the previous item in its bucket.
type seenItem struct {
	digest uint64
	next   int32
}

// itemKey is what duplicates are found by through bigSet.exact.
type itemKey struct {
	tag  int
	text string
}

// maxChain is the most texts of the same digest compared with a new
// one before the set finds them by their whole texts.
const maxChain = 8

// digestEnds is how many bytes of each end of a text its digest reads.
const digestEnds = 16

// digest returns what bigSet.seen finds a snippet of tag i by.
func digest(i int, text string) uint64 {
	var head, tail [digestEnds]byte
	copy(head[:], text)
	if len(text) > digestEnds {
		copy(tail[:], text[len(text)-digestEnds:])
	}
	h := uint64(uint32(i))<<32 | uint64(uint32(len(text)))
	for _, w := range [...]uint64{
		binary.LittleEndian.Uint64(head[:8]), binary.LittleEndian.Uint64(head[8:]),
		binary.LittleEndian.Uint64(tail[:8]), binary.LittleEndian.Uint64(tail[8:]),
	} {
		h = (h ^ w) * 0x9e3779b97f4a7c15
		h ^= h >> 29
	}
	return h
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
	inlineTags     = 1
	inlineItems    = 2
	linearDedupMax = 128
	linearTagsMax  = 16
)

// has says whether tag i has a snippet of the given text.
func (s *SnippetSet) has(i int, text string) bool {
	if b := s.big; b != nil && b.exact != nil {
		_, ok := b.exact[itemKey{i, text}]
		return ok
	}
	if b := s.big; b != nil && b.heads != nil {
		d, n := digest(i, text), 0
		for j := b.heads[d&uint64(len(b.heads)-1)] - 1; j >= 0; j = b.seen[j].next - 1 {
			if b.seen[j].digest != d {
				continue
			}
			if it := &s.items[j]; int(it.tag) == i && it.text() == text {
				return true
			}
			if n++; n == maxChain {
				s.findExactly()
				return s.has(i, text)
			}
		}
		return false
	}
	for j := range s.items {
		// Lengths first: they mostly differ.
		if t := s.items[j].text(); len(t) == len(text) && int(s.items[j].tag) == i && t == text {
			return true
		}
	}
	return false
}

func (s *SnippetSet) add(it item) {
	if s.items == nil {
		s.items = s.itemsBuf[:0]
	}
	if len(s.items) == cap(s.items) {
		// Four times as many rather than twice: a set that outgrows
		// its buffer mostly holds a snippet for each of many
		// connections, and copies less growing in fewer steps.
		s.items = append(make([]item, 0, max(16, 4*cap(s.items))), s.items...)
	}
	s.items = append(s.items, it)
	if s.tags[it.tag].snippets++; s.tags[it.tag].snippets == 1 {
		s.sorted = nil
	}
	switch b := s.big; {
	case b != nil && b.exact != nil:
		b.exact[itemKey{int(it.tag), it.text()}] = struct{}{}
	case b != nil && b.heads != nil:
		b.see(len(s.items)-1, &s.items[len(s.items)-1])
	case len(s.items) > linearDedupMax:
		b = s.bigSet()
		b.seen = make([]seenItem, 0, cap(s.items))
		for j := range s.items {
			b.see(j, &s.items[j])
		}
	}
}

// see records item j, it, in the table, which it grows to keep at
// most half full.
func (b *bigSet) see(j int, it *item) {
	b.seen = append(b.seen, seenItem{digest: digest(int(it.tag), it.text())})
	if 2*len(b.seen) > len(b.heads) {
		n := 64
		for n < 4*len(b.seen) {
			n *= 2
		}
		b.heads = make([]int32, n)
		for k := range b.seen[:j] {
			b.link(k)
		}
	}
	b.link(j)
}

// link puts item j at the head of its bucket.
func (b *bigSet) link(j int) {
	h := &b.heads[b.seen[j].digest&uint64(len(b.heads)-1)]
	b.seen[j].next = *h
	*h = int32(j) + 1
}

// findExactly makes the set find its snippets by their whole texts.
func (s *SnippetSet) findExactly() {
	b := s.bigSet()
	b.exact = make(map[itemKey]struct{}, 2*len(s.items))
	for j := range s.items {
		b.exact[itemKey{int(s.items[j].tag), s.items[j].text()}] = struct{}{}
	}
	b.heads, b.seen = nil, nil
}

func (s *SnippetSet) bigSet() *bigSet {
	if s.big == nil {
		s.big = &bigSet{}
	}
	return s.big
}

// find returns the index of a tag, or -1.
func (s *SnippetSet) find(tag string) int {
	if s.big != nil && s.big.byTag != nil {
		if i, ok := s.big.byTag[tag]; ok {
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
	case s.big != nil && s.big.byTag != nil:
		s.big.byTag[tag] = i
	case len(s.tags) > linearTagsMax:
		byTag := make(map[string]int, 2*len(s.tags))
		for j := range s.tags {
			byTag[s.tags[j].tag] = j
		}
		s.bigSet().byTag = byTag
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
	if leadingSpace(text) == len(text) {
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
	it := item{iface: iface, raw: trimmed, tag: int32(i)}
	// trimmed is text less its leading and trailing spaces: the byte
	// after it in text, when it is a newline, ends it for Joined.
	start := leadingSpace(text)
	if end := start + len(trimmed); end < len(text) && text[end] == '\n' {
		it.raw, it.newline = text[start:end+1], true
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
func (s *SnippetSet) SetFlags(flags uint32) {
	for _, tag := range s.ScopeTags() {
		s.tags[s.entry(tag)].flags |= flags
	}
}

// Flags returns the flags set on a tag.
func (s *SnippetSet) Flags(tag string) uint32 {
	if i := s.find(tag); i >= 0 {
		return s.tags[i].flags
	}
	return 0
}

// TagsWithFlags returns the tags on which any of flags is set, sorted.
func (s *SnippetSet) TagsWithFlags(flags uint32) []string {
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
	if s.sorted != nil {
		return s.sorted
	}
	n := 0
	for i := range s.tags {
		if s.tags[i].snippets > 0 {
			n++
		}
	}
	var tags []string
	if n <= len(s.sortedBuf) && s.sortedBuf[0] == "" {
		// Once only: a caller may still hold what it was given. An
		// empty result leaves it unused.
		tags = s.sortedBuf[:0:n]
	} else {
		tags = make([]string, 0, n)
	}
	for i := range s.tags {
		if s.tags[i].snippets > 0 {
			tags = append(tags, s.tags[i].tag)
		}
	}
	slices.Sort(tags)
	s.sorted = tags
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
		if int(s.items[j].tag) == i {
			out = append(out, Snippet{Interface: s.items[j].iface, Text: s.items[j].text()})
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
	i := s.find(tag)
	if i < 0 || s.tags[i].snippets == 0 {
		return ""
	}
	if s.tags[i].snippets == 1 {
		for j := range s.items {
			if it := &s.items[j]; int(it.tag) == i {
				return it.joined()
			}
		}
	}
	// The tag's items, sorted as Snippets sorts them, by index: on the
	// stack for all but the largest sets.
	var buf [256]int32
	order := buf[:0]
	if n := int(s.tags[i].snippets); n > len(buf) {
		order = make([]int32, 0, n)
	}
	size := 0
	for j := range s.items {
		if int(s.items[j].tag) == i {
			order = append(order, int32(j))
			size += len(s.items[j].text()) + 2
		}
	}
	slices.SortFunc(order, func(a, b int32) int {
		x, y := &s.items[a], &s.items[b]
		if x.iface != y.iface {
			return strings.Compare(x.iface, y.iface)
		}
		return strings.Compare(x.text(), y.text())
	})
	var b strings.Builder
	b.Grow(size - 1)
	for k, j := range order {
		if k > 0 {
			b.WriteString("\n")
		}
		b.WriteString(s.items[j].joined())
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
