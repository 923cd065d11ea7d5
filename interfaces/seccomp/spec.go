// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

// Package seccomp is the seccomp backend: interfaces add syscall rules
// to a Specification through the definer interfaces below, and the
// backend renders them per security tag. The compiler to BPF, which
// needs cgo, lives in its own package so that importing this one does
// not.
package seccomp

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/snap"
)

// ConnectedPlugDefiner is implemented by interfaces that allow syscalls
// to the plugging app when connected.
type ConnectedPlugDefiner interface {
	SecCompConnectedPlug(spec *Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
}

// ConnectedSlotDefiner is implemented by interfaces that allow syscalls
// to the slotting app when connected.
type ConnectedSlotDefiner interface {
	SecCompConnectedSlot(spec *Specification, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error
}

// PermanentPlugDefiner is implemented by interfaces that allow syscalls
// to a plugging app whether or not it is connected.
type PermanentPlugDefiner interface {
	SecCompPermanentPlug(spec *Specification, plug *snap.PlugInfo) error
}

// PermanentSlotDefiner is implemented by interfaces that allow syscalls
// to a slotting app whether or not it is connected.
type PermanentSlotDefiner interface {
	SecCompPermanentSlot(spec *Specification, slot *snap.SlotInfo) error
}

// Specification accumulates the seccomp rules of one snap.
type Specification struct {
	snippets interfaces.SnippetSet
}

var _ interfaces.Specification = (*Specification)(nil)

// AddSnippet adds syscall rules, one per line, to the filters of the
// plug or slot whose hook is running.
func (spec *Specification) AddSnippet(text string) {
	spec.snippets.AddSnippet(text)
}

// SecurityTags returns the tags that have rules, sorted; callers must
// not modify the result.
func (spec *Specification) SecurityTags() []string { return spec.snippets.SecurityTags() }

// Snippets returns the rules of a tag, sorted by interface then text.
func (spec *Specification) Snippets(tag string) []interfaces.Snippet {
	return spec.snippets.Snippets(tag)
}

// SnippetForTag returns the rules of a tag as text, as Snippets orders them.
func (spec *Specification) SnippetForTag(tag string) string { return spec.snippets.Joined(tag) }

func (spec *Specification) run(of interfaces.Tagged, iface interfaces.Interface, hook func() error) error {
	if err := spec.snippets.RunFor(of, iface.Name(), hook); err != nil {
		return fmt.Errorf("cannot add seccomp policy of interface %q: %w", iface.Name(), err)
	}
	return nil
}

// AddConnectedPlug implements interfaces.Specification.
func (spec *Specification) AddConnectedPlug(iface interfaces.Interface, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if definer, ok := iface.(ConnectedPlugDefiner); ok {
		return spec.run(plug, iface, func() error { return definer.SecCompConnectedPlug(spec, plug, slot) })
	}
	return nil
}

// AddConnectedSlot implements interfaces.Specification.
func (spec *Specification) AddConnectedSlot(iface interfaces.Interface, plug *interfaces.ConnectedPlug, slot *interfaces.ConnectedSlot) error {
	if definer, ok := iface.(ConnectedSlotDefiner); ok {
		return spec.run(slot, iface, func() error { return definer.SecCompConnectedSlot(spec, plug, slot) })
	}
	return nil
}

// AddPermanentPlug implements interfaces.Specification.
func (spec *Specification) AddPermanentPlug(iface interfaces.Interface, plug *snap.PlugInfo) error {
	if definer, ok := iface.(PermanentPlugDefiner); ok {
		return spec.run(plug, iface, func() error { return definer.SecCompPermanentPlug(spec, plug) })
	}
	return nil
}

// AddPermanentSlot implements interfaces.Specification.
func (spec *Specification) AddPermanentSlot(iface interfaces.Interface, slot *snap.SlotInfo) error {
	if definer, ok := iface.(PermanentSlotDefiner); ok {
		return spec.run(slot, iface, func() error { return definer.SecCompPermanentSlot(spec, slot) })
	}
	return nil
}
