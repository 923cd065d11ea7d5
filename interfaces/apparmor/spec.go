// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package apparmor is the AppArmor backend: interfaces add rules to a
// Specification through the definer interfaces below, and the backend
// renders them per security tag.
package apparmor

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// ConnectedPlugDefiner is implemented by interfaces that grant AppArmor
// rules to the plugging app when connected.
type ConnectedPlugDefiner interface {
	AppArmorConnectedPlug(spec *Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
}

// ConnectedSlotDefiner is implemented by interfaces that grant AppArmor
// rules to the slotting app when connected.
type ConnectedSlotDefiner interface {
	AppArmorConnectedSlot(spec *Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
}

// PermanentPlugDefiner is implemented by interfaces that grant AppArmor
// rules to a plugging app whether or not it is connected.
type PermanentPlugDefiner interface {
	AppArmorPermanentPlug(spec *Specification, plug *snap.PlugInfo) error
}

// PermanentSlotDefiner is implemented by interfaces that grant AppArmor
// rules to a slotting app whether or not it is connected.
type PermanentSlotDefiner interface {
	AppArmorPermanentSlot(spec *Specification, slot *snap.SlotInfo) error
}

// DenyPtraceTrace is the rule added to a profile whose interfaces asked
// to suppress ptrace trace and none of which uses it.
const DenyPtraceTrace = "deny ptrace (trace),"

// Specification accumulates the AppArmor rules of one snap.
type Specification struct {
	// snippets holds the rules, and the ptrace flags of each tag:
	// ptrace is decided per tag once every interface has spoken, a
	// suppression only turning into a denial where no interface of
	// the same profile needs ptrace trace.
	snippets interfaces.SnippetSet
	// gated holds the rules that need a feature of the host, when an
	// interface added some: most specifications have none, and pay
	// one pointer for them.
	gated *gatedSnippets
}

// gatedFeatures are the features some ABI has, whose rules a
// specification keeps: rules of any other feature are never rendered.
var gatedFeatures = [...]Feature{FeatureUserNS, FeatureMqueue}

// gatedSnippets holds, for each of gatedFeatures, the rules that need
// it: one allocation for the specification that has any.
type gatedSnippets struct {
	sets [len(gatedFeatures)]interfaces.SnippetSet
}

// The flags of a tag.
const (
	usesPtraceTrace uint32 = 1 << iota
	suppressPtraceTrace
)

var _ interfaces.Specification = (*Specification)(nil)

// AddSnippet adds rules to the profiles of the plug or slot whose hook
// is running.
func (spec *Specification) AddSnippet(text string) {
	spec.snippets.AddSnippet(text)
}

// AddFeatureSnippet adds rules that need a feature of the host's
// AppArmor (such as "userns," for FeatureUserNS) to the profiles of the
// plug or slot whose hook is running. A profile gets them when its host
// supports the feature (Features.Supports: its ABI and its feature set
// have it) and goes without them elsewhere, where the parser would
// refuse them. The specification stays the same for every host: the
// renderer picks the rules of the Host it is given. Rules of a feature
// no ABI has (FeatureIOUring) would never be rendered: they are
// dropped here.
func (spec *Specification) AddFeatureSnippet(feature Feature, text string) {
	i := 0
	for i < len(gatedFeatures) && gatedFeatures[i] != feature {
		i++
	}
	if i == len(gatedFeatures) {
		return
	}
	if spec.gated == nil {
		spec.gated = &gatedSnippets{}
	}
	iface := spec.snippets.ScopeInterface()
	for _, tag := range spec.snippets.ScopeTags() {
		spec.gated.sets[i].AddSnippetForTag(tag, iface, text)
	}
}

// SetUsesPtraceTrace records that the running hook's profiles need
// ptrace trace, so that no suppression denies it.
func (spec *Specification) SetUsesPtraceTrace() {
	spec.snippets.SetFlags(usesPtraceTrace)
}

// SetSuppressPtraceTrace asks for ptrace trace to be denied explicitly
// (silencing audit noise) in the running hook's profiles, unless another
// interface of the same profile uses it.
func (spec *Specification) SetSuppressPtraceTrace() {
	spec.snippets.SetFlags(suppressPtraceTrace)
}

// UsesPtraceTrace says whether an interface of the tag's profile uses ptrace trace.
func (spec *Specification) UsesPtraceTrace(tag string) bool {
	return spec.snippets.Flags(tag)&usesPtraceTrace != 0
}

// DeniesPtraceTrace says whether the tag's profile gets DenyPtraceTrace:
// an interface asked for suppression and none uses ptrace trace.
func (spec *Specification) DeniesPtraceTrace(tag string) bool {
	return spec.snippets.Flags(tag)&(suppressPtraceTrace|usesPtraceTrace) == suppressPtraceTrace
}

// SecurityTags returns the tags that have rules, sorted: the ptrace
// denial is one, and so are rules that need a feature of the host.
// Callers must not modify the result.
func (spec *Specification) SecurityTags() []string {
	tags := spec.snippets.SecurityTags()
	more := spec.snippets.TagsWithFlags(suppressPtraceTrace)
	if spec.gated != nil {
		for i := range spec.gated.sets {
			more = append(more, spec.gated.sets[i].SecurityTags()...)
		}
	}
	if len(more) == 0 {
		return tags
	}
	tags = slices.Clone(tags)
	for _, tag := range more {
		if i := sort.SearchStrings(tags, tag); i == len(tags) || tags[i] != tag {
			tags = slices.Insert(tags, i, tag)
		}
	}
	return tags
}

// SnippetsOn returns the rules the profile of a tag gets on a host,
// sorted by interface then text, without the ptrace denial: those of
// Snippets, and those that need a feature the host supports (see
// AddFeatureSnippet).
func (spec *Specification) SnippetsOn(tag string, host Host) []interfaces.Snippet {
	out := spec.snippets.Snippets(tag)
	if spec.gated == nil {
		return out
	}
	added := false
	for i, feature := range gatedFeatures {
		if !host.Features.Supports(feature) {
			continue
		}
		if more := spec.gated.sets[i].Snippets(tag); len(more) > 0 {
			out = append(out, more...)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(out, func(a, b interfaces.Snippet) int {
			if a.Interface != b.Interface {
				return strings.Compare(a.Interface, b.Interface)
			}
			return strings.Compare(a.Text, b.Text)
		})
	}
	return out
}

// Snippets returns the rules of a tag that every host gets, sorted by
// interface then text, with the ptrace denial last when it applies.
// Rules that need a feature of the host are left out: see SnippetsOn.
func (spec *Specification) Snippets(tag string) []interfaces.Snippet {
	out := spec.snippets.Snippets(tag)
	if spec.DeniesPtraceTrace(tag) {
		out = append(out, interfaces.Snippet{Interface: "", Text: DenyPtraceTrace})
	}
	return out
}

// SnippetForTag returns the rules of a tag as text, as Snippets orders
// them: those every host gets.
func (spec *Specification) SnippetForTag(tag string) string {
	text := spec.snippets.Joined(tag)
	if spec.DeniesPtraceTrace(tag) {
		if text != "" {
			text += "\n"
		}
		text += DenyPtraceTrace + "\n"
	}
	return text
}

func (spec *Specification) run(of interfaces.Tagged, iface interfaces.Interface, hook func() error) error {
	if err := spec.snippets.RunFor(of, iface.Name(), hook); err != nil {
		return fmt.Errorf("cannot add AppArmor policy of interface %q: %w", iface.Name(), err)
	}
	return nil
}

// AddConnectedPlug implements interfaces.Specification.
func (spec *Specification) AddConnectedPlug(iface interfaces.Interface, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if definer, ok := iface.(ConnectedPlugDefiner); ok {
		return spec.run(plug, iface, func() error { return definer.AppArmorConnectedPlug(spec, plug, slot) })
	}
	return nil
}

// AddConnectedSlot implements interfaces.Specification.
func (spec *Specification) AddConnectedSlot(iface interfaces.Interface, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if definer, ok := iface.(ConnectedSlotDefiner); ok {
		return spec.run(slot, iface, func() error { return definer.AppArmorConnectedSlot(spec, plug, slot) })
	}
	return nil
}

// AddPermanentPlug implements interfaces.Specification.
func (spec *Specification) AddPermanentPlug(iface interfaces.Interface, plug *snap.PlugInfo) error {
	if definer, ok := iface.(PermanentPlugDefiner); ok {
		return spec.run(plug, iface, func() error { return definer.AppArmorPermanentPlug(spec, plug) })
	}
	return nil
}

// AddPermanentSlot implements interfaces.Specification.
func (spec *Specification) AddPermanentSlot(iface interfaces.Interface, slot *snap.SlotInfo) error {
	if definer, ok := iface.(PermanentSlotDefiner); ok {
		return spec.run(slot, iface, func() error { return definer.AppArmorPermanentSlot(spec, slot) })
	}
	return nil
}
