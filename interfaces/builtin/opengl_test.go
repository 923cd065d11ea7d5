// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin_test

import (
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/builtin"
)

type openglSuite struct{}

var _ = check.Suite(&openglSuite{})

func (s *openglSuite) TestInterface(c *check.C) {
	checkExpectation(c, expectation{
		name:      "opengl",
		summary:   "allows access to the GPU for OpenGL, EGL, Vulkan and OpenCL",
		onCore:    true,
		onClassic: true,
		slotDecl:  declSystemSlot,
		plugAppArmor: []string{
			"/dev/dri/card[0-9]* rw,",
			"/dev/dri/renderD[0-9]* rw,",
			"/dev/nvidiactl rw,",
		},
	})
}

// What Mesa, the NVIDIA driver, CUDA, ROCm and the loaders open; never
// the rest of the host's filesystem, writes to the driver's files, or
// other devices.
func (s *openglSuite) TestAccesses(c *check.C) {
	const hostlib = "/var/lib/snapd/hostfs/usr/lib/x86_64-linux-gnu/"
	cn := connectToSystem(c, builtin.Classic, consumerYaml("opengl"))
	cn.checkAccesses(c, plugTag, []string{
		// The host's NVIDIA userspace.
		"file r " + hostlib,
		"file rm " + hostlib + "libnvidia-glcore.so.550.54",
		"file rm " + hostlib + "libnvidia-eglcore.so.550.54",
		"file rm " + hostlib + "libnvidia-tls.so.550.54",
		"file rm " + hostlib + "libGLX_nvidia.so.0",
		"file rm " + hostlib + "libEGL_nvidia.so.0",
		"file rm " + hostlib + "libGLESv2_nvidia.so.2",
		"file rm " + hostlib + "libcuda.so.1",
		"file rm " + hostlib + "libnvcuvid.so.1",
		"file rm " + hostlib + "libnvoptix.so.1",
		"file rm " + hostlib + "libcudnn_ops_infer.so.8",
		"file rm " + hostlib + "libcublasLt.so.12",
		"file rm " + hostlib + "vdpau/libvdpau_nvidia.so.550.54",
		"file rm " + hostlib + "gbm/nvidia-drm_gbm.so",
		"file rm " + hostlib + "nvidia/wine/nvngx.dll",
		"file rm /var/lib/snapd/hostfs/usr/lib/i386-linux-gnu/libnvidia-glcore.so.550.54",
		"file rm /var/lib/snapd/hostfs/usr/lib64/libGLX.so.0",
		"file r /var/lib/snapd/hostfs/usr/share/vulkan/icd.d/nvidia_icd.json",
		"file r /var/lib/snapd/hostfs/usr/share/glvnd/egl_vendor.d/10_nvidia.json",
		"file r /var/lib/snapd/hostfs/usr/share/egl/egl_external_platform.d/15_nvidia_gbm.json",
		"file rm /var/lib/snapd/lib/gl/libnvidia-glcore.so.550.54",
		"file r /var/lib/snapd/lib/vulkan/icd.d/nvidia_icd.json",
		"file r /usr/share/nvidia/nvidia-application-profiles-550.54-rc",
		// Devices and what the drivers check.
		"file rw /dev/nvidia0",
		"file rw /dev/nvidiactl",
		"file rw /dev/nvidia-uvm",
		"file rw /dev/nvidia-modeset",
		"file r /proc/driver/nvidia/params",
		"file r /proc/driver/nvidia/gpus/0000:01:00.0/information",
		"file r /sys/module/nvidia/version",
		"unix send dgram peer_addr=@nvidia3f2a",
		"unix bind seqpacket addr=@cuda-uvmfd-4026531836-4242",
		"file rw /dev/shm/cuda.shm.4242.1",
		"file r /dev/dri/",
		"file rw /dev/dri/card1",
		"file rw /dev/dri/renderD128",
		"file rw /dev/kfd",
		"file r /sys/devices/virtual/kfd/kfd/topology/nodes/1/properties",
		"file rw /dev/mali0",
		"file rw /dev/dma_heap/linux,cma",
		"file rw /dev/vchiq",
		// Finding the GPU and its driver.
		"file r /sys/devices/pci0000:00/0000:00:01.0/0000:01:00.0/vendor",
		"file r /sys/devices/pci0000:00/0000:00:02.0/config",
		"file r /sys/devices/pci0000:00/0000:00:02.0/drm/card1/uevent",
		"file r /sys/devices/platform/soc/fd500000.pcie/pci0000:00/0000:00:00.0/device",
		"file r /run/udev/data/c226:0",
		"file r /run/udev/data/+drm:card1",
		"file r /run/udev/data/+pci:0000:01:00.0",
		"file r /usr/share/vulkan/icd.d/radeon_icd.x86_64.json",
		"file r /etc/OpenCL/vendors/nvidia.icd",
		"file r /usr/share/libdrm/amdgpu.ids",
	}, []string{
		"file w /var/lib/snapd/hostfs/etc/passwd",
		"file r /var/lib/snapd/hostfs/etc/shadow",
		"file r /var/lib/snapd/hostfs/home/u/.ssh/id_rsa",
		"file r " + hostlib + "libssl.so.3",
		"file w " + hostlib + "libnvidia-glcore.so.550.54",
		"file x " + hostlib + "libnvidia-glcore.so.550.54",
		"file r /var/lib/snapd/hostfs/usr/share/vulkan/icd.d/radeon_icd.x86_64.json",
		"file r /var/lib/snapd/hostfs/usr/bin/nvidia-smi",
		"file w /sys/devices/pci0000:00/0000:00:02.0/remove",
		"file rw /dev/mem",
		"file rw /dev/sda",
		"unix connect stream peer_addr=@/tmp/.X11-unix/X0 peer=unconfined",
		"unix send dgram peer_addr=@/tmp/dbus-abcdef",
	})
}

func init() {
	addAccessDifferences("opengl", accessDifferences{rows: []accessDifference{{
		access: "unix send stream peer=Xorg",
		ours:   false,
		why:    "a confined X server serves the x11 slot, whose connection names it",
	}}})
}
