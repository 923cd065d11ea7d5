// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

import (
	"fmt"

	"github.com/snapiface/snapiface/interfaces"
	"github.com/snapiface/snapiface/interfaces/apparmor"
	"github.com/snapiface/snapiface/interfaces/seccomp"
	"github.com/snapiface/snapiface/snap"
)

// HookTexts is the policy text one backend gets from each hook of an
// interface; a hook that adds nothing is "".
type HookTexts struct {
	ConnectedPlug string
	ConnectedSlot string
	PermanentPlug string
	PermanentSlot string
}

// Empty says whether no hook adds anything.
func (t HookTexts) Empty() bool { return t == HookTexts{} }

// Description is the policy text of an interface, for reviewers.
type Description struct {
	AppArmor HookTexts
	SecComp  HookTexts
}

// Sample snaps that Describe renders an interface's hooks against: an
// app plugging the interface, and an app snap serving its slot.
const (
	sampleConsumerYaml = "name: consumer\nversion: \"1\"\napps:\n  app:\n    command: bin/app\nplugs:\n  plug:\n    interface: %s\n"
	sampleProviderYaml = "name: provider\nversion: \"1\"\napps:\n  service:\n    command: bin/service\nslots:\n  slot:\n    interface: %s\n"
	samplePlugTag      = "snap.consumer.app"
	sampleSlotTag      = "snap.provider.service"
)

// Describe renders each hook of an interface for a plug and a slot
// without attributes: DescribeWith(iface, nil, nil).
func Describe(iface interfaces.Interface) (*Description, error) {
	return DescribeWith(iface, nil, nil)
}

// DescribeWith renders each hook of an interface for a plug and a slot
// with the given attributes, given as snap.yaml gives them (integers as
// int64, lists as []interface{}, maps as map[string]interface{}), so
// that the policy of interfaces that need attributes can be shown too.
// The maps are copied, never changed. A side whose sanitizer refuses
// its attributes shows nothing, and neither do the connected hooks.
func DescribeWith(iface interfaces.Interface, plugAttrs, slotAttrs map[string]interface{}) (*Description, error) {
	consumer, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(sampleConsumerYaml, iface.Name())))
	if err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	provider, err := snap.InfoFromSnapYaml([]byte(fmt.Sprintf(sampleProviderYaml, iface.Name())))
	if err != nil {
		return nil, fmt.Errorf("internal error: %v", err)
	}
	plug, slot := consumer.Plugs["plug"], provider.Slots["slot"]
	plug.Attrs, slot.Attrs = copyAttrs(plugAttrs), copyAttrs(slotAttrs)
	plugOK, slotOK := true, true
	if sanitizer, ok := iface.(interfaces.PlugSanitizer); ok {
		plugOK = sanitizer.BeforePreparePlug(plug) == nil
	}
	if sanitizer, ok := iface.(interfaces.SlotSanitizer); ok {
		slotOK = sanitizer.BeforePrepareSlot(slot) == nil
	}
	cplug := interfaces.NewConnectedPlug(plug, nil)
	cslot := interfaces.NewConnectedSlot(slot, nil)

	var d Description
	aa := func(tag string, add func(*apparmor.Specification) error) string {
		spec := &apparmor.Specification{}
		if err == nil {
			err = add(spec)
		}
		return spec.SnippetForTag(tag)
	}
	sc := func(tag string, add func(*seccomp.Specification) error) string {
		spec := &seccomp.Specification{}
		if err == nil {
			err = add(spec)
		}
		return spec.SnippetForTag(tag)
	}
	if plugOK && slotOK {
		d.AppArmor.ConnectedPlug = aa(samplePlugTag, func(s *apparmor.Specification) error { return s.AddConnectedPlug(iface, cplug, cslot) })
		d.AppArmor.ConnectedSlot = aa(sampleSlotTag, func(s *apparmor.Specification) error { return s.AddConnectedSlot(iface, cplug, cslot) })
		d.SecComp.ConnectedPlug = sc(samplePlugTag, func(s *seccomp.Specification) error { return s.AddConnectedPlug(iface, cplug, cslot) })
		d.SecComp.ConnectedSlot = sc(sampleSlotTag, func(s *seccomp.Specification) error { return s.AddConnectedSlot(iface, cplug, cslot) })
	}
	if plugOK {
		d.AppArmor.PermanentPlug = aa(samplePlugTag, func(s *apparmor.Specification) error { return s.AddPermanentPlug(iface, plug) })
		d.SecComp.PermanentPlug = sc(samplePlugTag, func(s *seccomp.Specification) error { return s.AddPermanentPlug(iface, plug) })
	}
	if slotOK {
		d.AppArmor.PermanentSlot = aa(sampleSlotTag, func(s *apparmor.Specification) error { return s.AddPermanentSlot(iface, slot) })
		d.SecComp.PermanentSlot = sc(sampleSlotTag, func(s *seccomp.Specification) error { return s.AddPermanentSlot(iface, slot) })
	}
	if err != nil {
		return nil, err
	}
	return &d, nil
}

// copyAttrs returns a copy of attrs, deep enough that a sanitizer
// completing the copy leaves attrs as it was; nil for nil.
func copyAttrs(attrs map[string]interface{}) map[string]interface{} {
	if attrs == nil {
		return nil
	}
	out := make(map[string]interface{}, len(attrs))
	for k, v := range attrs {
		out[k] = copyAttrValue(v)
	}
	return out
}

// copyAttrValue copies the lists and maps of an attribute value.
func copyAttrValue(v interface{}) interface{} {
	switch v := v.(type) {
	case []interface{}:
		out := make([]interface{}, len(v))
		for i, item := range v {
			out[i] = copyAttrValue(item)
		}
		return out
	case map[string]interface{}:
		return copyAttrs(v)
	}
	return v
}
