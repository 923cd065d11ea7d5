// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"slices"
	"strings"
	"unicode"
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
	scopeOf    Tagged
	scopeIface string
	// tags holds each tag's snippets and flags, in the order the tags
	// came: a snap has a handful of apps and hooks, found by looking
	// through them, and through byTag past linearTagsMax.
	tags  []tagSnippets
	byTag map[string]int
}

// tagSnippets is the snippets and flags of one tag, the snippets in
// the order they were added. Duplicates are found by comparing texts
// while there are few, then through seen.
type tagSnippets struct {
	tag   string
	list  []snippet
	seen  map[string]struct{}
	flags uint
}

// snippet is a Snippet as the set keeps it: with its text and the
// newline that followed it where it was added, when one did, so that a
// tag of one snippet is joined without copying it.
type snippet struct {
	Snippet
	withNewline string
}

// linearDedupMax is how many snippets a tag has before duplicates are
// found through a map rather than by comparing texts: most profiles
// have a handful of interfaces, and the map would cost more.
// linearTagsMax is the same for finding a tag.
const (
	linearDedupMax = 16
	linearTagsMax  = 16
)

func (t *tagSnippets) has(text string) bool {
	if t.seen != nil {
		_, ok := t.seen[text]
		return ok
	}
	for i := range t.list {
		if t.list[i].Text == text {
			return true
		}
	}
	return false
}

func (t *tagSnippets) add(s snippet) {
	t.list = append(t.list, s)
	switch {
	case t.seen != nil:
		t.seen[s.Text] = struct{}{}
	case len(t.list) > linearDedupMax:
		t.seen = make(map[string]struct{}, 2*len(t.list))
		for i := range t.list {
			t.seen[t.list[i].Text] = struct{}{}
		}
	}
}

// find returns a tag's entry, or nil.
func (s *SnippetSet) find(tag string) *tagSnippets {
	if s.byTag != nil {
		if i, ok := s.byTag[tag]; ok {
			return &s.tags[i]
		}
		return nil
	}
	for i := range s.tags {
		if s.tags[i].tag == tag {
			return &s.tags[i]
		}
	}
	return nil
}

// entry returns a tag's entry, adding it when there is none.
func (s *SnippetSet) entry(tag string) *tagSnippets {
	if t := s.find(tag); t != nil {
		return t
	}
	// Room for a few snippets from the start: a profile has a
	// handful, which would otherwise grow the list three times.
	s.tags = append(s.tags, tagSnippets{tag: tag, list: make([]snippet, 0, 4)})
	switch {
	case s.byTag != nil:
		s.byTag[tag] = len(s.tags) - 1
	case len(s.tags) > linearTagsMax:
		s.byTag = make(map[string]int, 2*len(s.tags))
		for i := range s.tags {
			s.byTag[s.tags[i].tag] = i
		}
	}
	return &s.tags[len(s.tags)-1]
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
	t := s.entry(tag)
	if t.has(trimmed) {
		return
	}
	sn := snippet{Snippet: Snippet{Interface: iface, Text: trimmed}}
	// trimmed is text less its leading and trailing spaces: the byte
	// after it in text, when it is a newline, ends it for Joined.
	start := len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
	if end := start + len(trimmed); end < len(text) && text[end] == '\n' {
		sn.withNewline = text[start : end+1]
	}
	t.add(sn)
}

// SetFlags sets flags (bits of the backend's choosing) on every tag in
// scope, whether or not it has snippets.
func (s *SnippetSet) SetFlags(flags uint) {
	for _, tag := range s.ScopeTags() {
		s.entry(tag).flags |= flags
	}
}

// Flags returns the flags set on a tag.
func (s *SnippetSet) Flags(tag string) uint {
	if t := s.find(tag); t != nil {
		return t.flags
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

// SecurityTags returns the tags that have snippets, sorted.
func (s *SnippetSet) SecurityTags() []string {
	tags := make([]string, 0, len(s.tags))
	for i := range s.tags {
		if len(s.tags[i].list) > 0 {
			tags = append(tags, s.tags[i].tag)
		}
	}
	slices.Sort(tags)
	return tags
}

// Snippets returns a fresh copy of a tag's snippets sorted by interface,
// then text, so that output does not depend on the order of hooks.
func (s *SnippetSet) Snippets(tag string) []Snippet {
	t := s.find(tag)
	if t == nil || len(t.list) == 0 {
		return nil
	}
	out := make([]Snippet, len(t.list))
	for i := range t.list {
		out[i] = t.list[i].Snippet
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
	if t := s.find(tag); t != nil && len(t.list) == 1 {
		if sn := t.list[0]; sn.withNewline != "" {
			return sn.withNewline
		}
		return t.list[0].Text + "\n"
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
