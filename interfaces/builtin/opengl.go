// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package builtin

// opengl lets an app render and compute on the GPU through the host's
// graphics stack: the DRM card and render nodes, the proprietary NVIDIA
// devices, the GPUs of ARM boards (Mali, Vivante, PowerVR, Tegra), and the
// driver files the GL, EGL, Vulkan and OpenCL loaders read to pick a
// driver. The slot is the system's, on classic and on Ubuntu Core, and
// every plug auto-connects: any graphical app needs it.

const openglSummary = `allows access to the GPU for OpenGL, EGL, Vulkan and OpenCL`

const openglConnectedPlugAppArmor = `
# Description: render and compute on the GPU through the host's drivers.

# Pick a driver: the GLVND, EGL, Vulkan and OpenCL loaders read their
# vendor and ICD files, and Mesa its per-application workarounds.
/etc/glvnd/ r,
/etc/glvnd/** r,
/usr/share/glvnd/ r,
/usr/share/glvnd/** r,
/usr/share/egl/ r,
/usr/share/egl/** r,
/etc/vulkan/ r,
/etc/vulkan/** r,
/usr/share/vulkan/ r,
/usr/share/vulkan/** r,
/etc/OpenCL/vendors/ r,
/etc/OpenCL/vendors/** r,
/etc/drirc r,
/usr/share/drirc.d/ r,
/usr/share/drirc.d/** r,

# Drivers the host exports for snaps (the NVIDIA userspace matching the
# host's kernel module): read and map them.
/var/lib/snapd/lib/gl{,32}/ r,
/var/lib/snapd/lib/gl{,32}/** rm,
/var/lib/snapd/lib/glvnd/ r,
/var/lib/snapd/lib/glvnd/** r,
/var/lib/snapd/lib/vulkan/ r,
/var/lib/snapd/lib/vulkan/** r,

# Render and compute through DRM: the card and render nodes.
/dev/dri/ r,
/dev/dri/card[0-9]* rw,
/dev/dri/renderD[0-9]* rw,

# The proprietary NVIDIA driver's devices, and the parameters and module
# list its userspace checks against the kernel module.
/dev/nvidiactl rw,
/dev/nvidia[0-9]* rw,
/dev/nvidia-modeset rw,
/dev/nvidia-uvm rw,
/dev/nvidia-uvm-tools rw,
@{PROC}/driver/nvidia/params r,
@{PROC}/modules r,

# GPUs of ARM boards: Mali, Vivante, PowerVR and Tegra, and the DMA-BUF
# heaps their drivers allocate buffers from.
/dev/mali[0-9]* rw,
/dev/galcore rw,
/dev/pvr_sync rw,
/dev/nvhost-* rw,
/dev/nvmap rw,
/dev/dma_heap/ r,
/dev/dma_heap/* rw,

# Find the GPU: libdrm and the loaders read its PCI identity from sysfs,
# and its udev record (DRM is character major 226).
/sys/class/drm/ r,
/sys/devices/**/drm/ r,
/sys/devices/**/drm/** r,
/sys/bus/pci/devices/ r,
/sys/devices/pci[0-9a-f]*/**/{vendor,device,subsystem_vendor,subsystem_device,revision,class,config,boot_vga,uevent} r,
/run/udev/data/c226:[0-9]* r,
`

func init() {
	registerIface(&commonInterface{
		name:                  "opengl",
		summary:               openglSummary,
		docURL:                "https://snapcraft.io/docs/opengl-interface",
		implicitOn:            implicitOnAllSystems,
		baseDeclarationSlots:  systemSlot,
		connectedPlugAppArmor: openglConnectedPlugAppArmor,
	})
}
