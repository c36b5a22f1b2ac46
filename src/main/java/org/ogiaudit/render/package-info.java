/**
 * Results written for people (text) and machines (JSON, CSV). Each format is one small class behind
 * {@link org.ogiaudit.render.Renderer}; all of them stream, writing each report as it is checked.
 */
package org.ogiaudit.render;
