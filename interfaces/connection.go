// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package interfaces

import (
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/snapiface/snapiface/snap"
)

// Attrer is what both sides of a connection offer for attribute lookup.
type Attrer interface {
	// Lookup returns the attribute at a dotted path ("a.b.c"),
	// dynamic attributes first, then static ones.
	Lookup(path string) (interface{}, bool)
	// Attr stores the attribute at path into val, a pointer of the
	// attribute's own type, or fails saying why.
	Attr(path string, val interface{}) error
}

// ConnectedPlug is a plug seen from a connection: its static attributes
// from snap.yaml and its dynamic attributes set at connect time.
type ConnectedPlug struct {
	plugInfo     *snap.PlugInfo
	dynamicAttrs map[string]interface{}
	// tags are the plug's security tags when the view was made: every
	// computation of a specification asks for them; label is its label
	// expression, which every rule naming the plug as a peer asks for.
	tags  []string
	label string
}

// ConnectedSlot is a slot seen from a connection.
type ConnectedSlot struct {
	slotInfo     *snap.SlotInfo
	dynamicAttrs map[string]interface{}
	tags         []string
	label        string
}

// NewConnectedPlug returns the connected view of plug; dynamicAttrs may
// be nil and is copied. The plug's apps and hooks must not change while
// the view is in use.
func NewConnectedPlug(plug *snap.PlugInfo, dynamicAttrs map[string]interface{}) *ConnectedPlug {
	tags := plug.SecurityTags()
	return &ConnectedPlug{plugInfo: plug, dynamicAttrs: copyAttrs(dynamicAttrs), tags: tags,
		label: labelExpression(plug.Snap, plug.Apps, plug.Hooks, tags)}
}

// NewConnectedSlot returns the connected view of slot; dynamicAttrs may
// be nil and is copied. The slot's apps and hooks must not change while
// the view is in use.
func NewConnectedSlot(slot *snap.SlotInfo, dynamicAttrs map[string]interface{}) *ConnectedSlot {
	tags := slot.SecurityTags()
	return &ConnectedSlot{slotInfo: slot, dynamicAttrs: copyAttrs(dynamicAttrs), tags: tags,
		label: labelExpression(slot.Snap, slot.Apps, slot.Hooks, tags)}
}

// Name returns the plug name.
func (p *ConnectedPlug) Name() string { return p.plugInfo.Name }

// Interface returns the plug's interface name.
func (p *ConnectedPlug) Interface() string { return p.plugInfo.Interface }

// Snap returns the metadata of the plugging snap.
func (p *ConnectedPlug) Snap() *snap.Info { return p.plugInfo.Snap }

// PlugInfo returns the plug's metadata; callers must not modify it.
func (p *ConnectedPlug) PlugInfo() *snap.PlugInfo { return p.plugInfo }

// SecurityTags returns the sorted tags of the apps and hooks bound to
// the plug; callers must not modify them.
func (p *ConnectedPlug) SecurityTags() []string { return p.tags }

// StaticAttrs returns the attributes from snap.yaml; callers must not modify them.
func (p *ConnectedPlug) StaticAttrs() map[string]interface{} { return p.plugInfo.Attrs }

// DynamicAttrs returns the attributes set at connect time; callers must not modify them.
func (p *ConnectedPlug) DynamicAttrs() map[string]interface{} { return p.dynamicAttrs }

// Lookup implements Attrer.
func (p *ConnectedPlug) Lookup(path string) (interface{}, bool) {
	return lookupAttr(path, p.dynamicAttrs, p.plugInfo.Attrs)
}

// Attr implements Attrer.
func (p *ConnectedPlug) Attr(path string, val interface{}) error {
	return storeAttr(p, "plug", p.plugInfo.Snap.InstanceName(), p.plugInfo.Name, path, val)
}

// SetAttr sets a dynamic attribute; static attributes cannot be changed.
func (p *ConnectedPlug) SetAttr(key string, value interface{}) error {
	return setDynamicAttr(&p.dynamicAttrs, p.plugInfo.Attrs, "plug", key, value)
}

// LabelExpression returns an AppArmor label pattern that matches the
// profiles of the apps and hooks bound to the plug, for rules that
// name the plug side as a peer.
func (p *ConnectedPlug) LabelExpression() string { return p.label }

// Name returns the slot name.
func (s *ConnectedSlot) Name() string { return s.slotInfo.Name }

// Interface returns the slot's interface name.
func (s *ConnectedSlot) Interface() string { return s.slotInfo.Interface }

// Snap returns the metadata of the slotting snap.
func (s *ConnectedSlot) Snap() *snap.Info { return s.slotInfo.Snap }

// SlotInfo returns the slot's metadata; callers must not modify it.
func (s *ConnectedSlot) SlotInfo() *snap.SlotInfo { return s.slotInfo }

// SecurityTags returns the sorted tags of the apps and hooks bound to
// the slot; callers must not modify them.
func (s *ConnectedSlot) SecurityTags() []string { return s.tags }

// StaticAttrs returns the attributes from snap.yaml; callers must not modify them.
func (s *ConnectedSlot) StaticAttrs() map[string]interface{} { return s.slotInfo.Attrs }

// DynamicAttrs returns the attributes set at connect time; callers must not modify them.
func (s *ConnectedSlot) DynamicAttrs() map[string]interface{} { return s.dynamicAttrs }

// Lookup implements Attrer.
func (s *ConnectedSlot) Lookup(path string) (interface{}, bool) {
	return lookupAttr(path, s.dynamicAttrs, s.slotInfo.Attrs)
}

// Attr implements Attrer.
func (s *ConnectedSlot) Attr(path string, val interface{}) error {
	return storeAttr(s, "slot", s.slotInfo.Snap.InstanceName(), s.slotInfo.Name, path, val)
}

// SetAttr sets a dynamic attribute; static attributes cannot be changed.
func (s *ConnectedSlot) SetAttr(key string, value interface{}) error {
	return setDynamicAttr(&s.dynamicAttrs, s.slotInfo.Attrs, "slot", key, value)
}

// LabelExpression returns an AppArmor label pattern that matches the
// profiles of the apps and hooks bound to the slot.
func (s *ConnectedSlot) LabelExpression() string { return s.label }

// labelExpression names the bound apps and hooks, whose security tags
// are tags, as compactly as AppArmor allows: one tag, a brace
// alternation, or the whole snap.
func labelExpression(info *snap.Info, apps map[string]*snap.AppInfo, hooks map[string]*snap.HookInfo, tags []string) string {
	n := len(apps) + len(hooks)
	if n == 1 && len(tags) == 1 {
		// The security tag is the label.
		return tags[0]
	}
	prefix := "snap." + info.InstanceName() + "."
	// Bound to every app and hook; bound to none only happens when the
	// snap has neither, and then no profile of it exists to match.
	if n != 1 && len(apps) == len(info.Apps) && len(hooks) == len(info.Hooks) {
		return prefix + "*"
	}
	names := make([]string, 0, n)
	for name := range apps {
		names = append(names, name)
	}
	for name := range hooks {
		names = append(names, "hook."+name)
	}
	if n == 1 {
		return prefix + names[0]
	}
	sort.Strings(names)
	return prefix + "{" + strings.Join(names, ",") + "}"
}

func copyAttrs(attrs map[string]interface{}) map[string]interface{} {
	if len(attrs) == 0 {
		return nil
	}
	out := make(map[string]interface{}, len(attrs))
	for k, v := range attrs {
		out[k] = v
	}
	return out
}

func lookupAttr(path string, layers ...map[string]interface{}) (interface{}, bool) {
	for _, attrs := range layers {
		if v, ok := lookupPath(attrs, path); ok {
			return v, true
		}
	}
	return nil, false
}

// lookupPath walks a dotted path through nested attribute maps.
func lookupPath(attrs map[string]interface{}, path string) (interface{}, bool) {
	if attrs == nil || path == "" {
		return nil, false
	}
	var cur interface{} = attrs
	for {
		m, ok := cur.(map[string]interface{})
		if !ok {
			return nil, false
		}
		key, rest, more := strings.Cut(path, ".")
		if cur, ok = m[key]; !ok {
			return nil, false
		}
		if !more {
			return cur, true
		}
		path = rest
	}
}

func storeAttr(a Attrer, side, snapName, name, path string, val interface{}) error {
	rv := reflect.ValueOf(val)
	if rv.Kind() != reflect.Ptr || rv.IsNil() {
		return fmt.Errorf("internal error: cannot store attribute %q into %T", path, val)
	}
	v, ok := a.Lookup(path)
	if !ok {
		return fmt.Errorf("%s %q of snap %q has no attribute %q", side, name, snapName, path)
	}
	target := rv.Elem()
	got := reflect.ValueOf(v)
	if v == nil || !got.Type().AssignableTo(target.Type()) {
		return fmt.Errorf("%s %q of snap %q has attribute %q of type %T, want %s", side, name, snapName, path, v, target.Type())
	}
	target.Set(got)
	return nil
}

func setDynamicAttr(dynamic *map[string]interface{}, static map[string]interface{}, side, key string, value interface{}) error {
	if _, ok := static[key]; ok {
		return fmt.Errorf("cannot change static %s attribute %q", side, key)
	}
	if strings.Contains(key, ".") || key == "" {
		return fmt.Errorf("cannot set %s attribute %q: want a plain key", side, key)
	}
	if *dynamic == nil {
		*dynamic = make(map[string]interface{})
	}
	(*dynamic)[key] = value
	return nil
}
