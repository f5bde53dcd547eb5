var cy=Object.create;var L0=Object.defineProperty;var uy=Object.getOwnPropertyDescriptor;var hy=Object.getOwnPropertyNames;var fy=Object.getPrototypeOf,dy=Object.prototype.hasOwnProperty;var py=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var my=(n,e,t,i)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of hy(e))!dy.call(n,r)&&r!==t&&L0(n,r,{get:()=>e[r],enumerable:!(i=uy(e,r))||i.enumerable});return n};var gy=(n,e,t)=>(t=n!=null?cy(fy(n)):{},my(e||!n||!n.__esModule?L0(t,"default",{value:n,enumerable:!0}):t,n));var Fv=py((Cg,Rg)=>{(function(n,e){typeof Cg=="object"&&typeof Rg<"u"?Rg.exports=e():typeof define=="function"&&define.amd?define(e):n.createREGL=e()})(Cg,(function(){"use strict";var n=function(p){return p instanceof Uint8Array||p instanceof Uint16Array||p instanceof Uint32Array||p instanceof Int8Array||p instanceof Int16Array||p instanceof Int32Array||p instanceof Float32Array||p instanceof Float64Array||p instanceof Uint8ClampedArray},e=function(p,R){for(var z=Object.keys(R),fe=0;fe<z.length;++fe)p[z[fe]]=R[z[fe]];return p},t=`
`;function i(p){return typeof atob<"u"?atob(p):"base64:"+p}function r(p){var R=new Error("(regl) "+p);throw console.error(R),R}function s(p,R){p||r(R)}function a(p){return p?": "+p:""}function o(p,R,z){p in R||r("unknown parameter ("+p+")"+a(z)+". possible values: "+Object.keys(R).join())}function c(p,R){n(p)||r("invalid parameter type"+a(R)+". must be a typed array")}function l(p,R){switch(R){case"number":return typeof p=="number";case"object":return typeof p=="object";case"string":return typeof p=="string";case"boolean":return typeof p=="boolean";case"function":return typeof p=="function";case"undefined":return typeof p>"u";case"symbol":return typeof p=="symbol"}}function u(p,R,z){l(p,R)||r("invalid parameter type"+a(z)+". expected "+R+", got "+typeof p)}function d(p,R){p>=0&&(p|0)===p||r("invalid parameter type, ("+p+")"+a(R)+". must be a nonnegative integer")}function h(p,R,z){R.indexOf(p)<0&&r("invalid value"+a(z)+". must be one of: "+R)}var m=["gl","canvas","container","attributes","pixelRatio","extensions","optionalExtensions","profile","onDone"];function v(p){Object.keys(p).forEach(function(R){m.indexOf(R)<0&&r('invalid regl constructor argument "'+R+'". must be one of '+m)})}function S(p,R){for(p=p+"";p.length<R;)p=" "+p;return p}function g(){this.name="unknown",this.lines=[],this.index={},this.hasErrors=!1}function _(p,R){this.number=p,this.line=R,this.errors=[]}function M(p,R,z){this.file=p,this.line=R,this.message=z}function C(){var p=new Error,R=(p.stack||p).toString(),z=/compileProcedure.*\n\s*at.*\((.*)\)/.exec(R);if(z)return z[1];var fe=/compileProcedure.*\n\s*at\s+(.*)(\n|$)/.exec(R);return fe?fe[1]:"unknown"}function E(){var p=new Error,R=(p.stack||p).toString(),z=/at REGLCommand.*\n\s+at.*\((.*)\)/.exec(R);if(z)return z[1];var fe=/at REGLCommand.*\n\s+at\s+(.*)\n/.exec(R);return fe?fe[1]:"unknown"}function U(p,R){var z=p.split(`
`),fe=1,Ce=0,he={unknown:new g,0:new g};he.unknown.name=he[0].name=R||C(),he.unknown.lines.push(new _(0,""));for(var Ee=0;Ee<z.length;++Ee){var Ge=z[Ee],ke=/^\s*#\s*(\w+)\s+(.+)\s*$/.exec(Ge);if(ke)switch(ke[1]){case"line":var je=/(\d+)(\s+\d+)?/.exec(ke[2]);je&&(fe=je[1]|0,je[2]&&(Ce=je[2]|0,Ce in he||(he[Ce]=new g)));break;case"define":var Je=/SHADER_NAME(_B64)?\s+(.*)$/.exec(ke[2]);Je&&(he[Ce].name=Je[1]?i(Je[2]):Je[2]);break}he[Ce].lines.push(new _(fe++,Ge))}return Object.keys(he).forEach(function(Ke){var ot=he[Ke];ot.lines.forEach(function(Ve){ot.index[Ve.number]=Ve})}),he}function N(p){var R=[];return p.split(`
`).forEach(function(z){if(!(z.length<5)){var fe=/^ERROR:\s+(\d+):(\d+):\s*(.*)$/.exec(z);fe?R.push(new M(fe[1]|0,fe[2]|0,fe[3].trim())):z.length>0&&R.push(new M("unknown",0,z))}}),R}function x(p,R){R.forEach(function(z){var fe=p[z.file];if(fe){var Ce=fe.index[z.line];if(Ce){Ce.errors.push(z),fe.hasErrors=!0;return}}p.unknown.hasErrors=!0,p.unknown.lines[0].errors.push(z)})}function T(p,R,z,fe,Ce){if(!p.getShaderParameter(R,p.COMPILE_STATUS)){var he=p.getShaderInfoLog(R),Ee=fe===p.FRAGMENT_SHADER?"fragment":"vertex";_e(z,"string",Ee+" shader source must be a string",Ce);var Ge=U(z,Ce),ke=N(he);x(Ge,ke),Object.keys(Ge).forEach(function(je){var Je=Ge[je];if(!Je.hasErrors)return;var Ke=[""],ot=[""];function Ve(qe,Q){Ke.push(qe),ot.push(Q||"")}Ve("file number "+je+": "+Je.name+`
`,"color:red;text-decoration:underline;font-weight:bold"),Je.lines.forEach(function(qe){if(qe.errors.length>0){Ve(S(qe.number,4)+"|  ","background-color:yellow; font-weight:bold"),Ve(qe.line+t,"color:red; background-color:yellow; font-weight:bold");var Q=0;qe.errors.forEach(function(ve){var $e=ve.message,Et=/^\s*'(.*)'\s*:\s*(.*)$/.exec($e);if(Et){var Ue=Et[1];$e=Et[2],Ue==="assign"&&(Ue="="),Q=Math.max(qe.line.indexOf(Ue,Q),0)}else Q=0;Ve(S("| ",6)),Ve(S("^^^",Q+3)+t,"font-weight:bold"),Ve(S("| ",6)),Ve($e+t,"font-weight:bold")}),Ve(S("| ",6)+t)}else Ve(S(qe.number,4)+"|  "),Ve(qe.line+t,"color:red")}),typeof document<"u"&&!window.chrome?(ot[0]=Ke.join("%c"),console.log.apply(console,ot)):console.log(Ke.join(""))}),s.raise("Error compiling "+Ee+" shader, "+Ge[0].name)}}function Z(p,R,z,fe,Ce){if(!p.getProgramParameter(R,p.LINK_STATUS)){var he=p.getProgramInfoLog(R),Ee=U(z,Ce),Ge=U(fe,Ce),ke='Error linking program with vertex shader, "'+Ge[0].name+'", and fragment shader "'+Ee[0].name+'"';typeof document<"u"?console.log("%c"+ke+t+"%c"+he,"color:red;text-decoration:underline;font-weight:bold","color:red"):console.log(ke+t+he),s.raise(ke)}}function X(p){p._commandRef=C()}function $(p,R,z,fe){X(p);function Ce(ke){return ke?fe.id(ke):0}p._fragId=Ce(p.static.frag),p._vertId=Ce(p.static.vert);function he(ke,je){Object.keys(je).forEach(function(Je){ke[fe.id(Je)]=!0})}var Ee=p._uniformSet={};he(Ee,R.static),he(Ee,R.dynamic);var Ge=p._attributeSet={};he(Ge,z.static),he(Ge,z.dynamic),p._hasCount="count"in p.static||"count"in p.dynamic||"elements"in p.static||"elements"in p.dynamic}function re(p,R){var z=E();r(p+" in command "+(R||C())+(z==="unknown"?"":" called from "+z))}function pe(p,R,z){p||re(R,z||C())}function G(p,R,z,fe){p in R||re("unknown parameter ("+p+")"+a(z)+". possible values: "+Object.keys(R).join(),fe||C())}function _e(p,R,z,fe){l(p,R)||re("invalid parameter type"+a(z)+". expected "+R+", got "+typeof p,fe||C())}function xe(p){p()}function ne(p,R,z){p.texture?h(p.texture._texture.internalformat,R,"unsupported texture format for attachment"):h(p.renderbuffer._renderbuffer.format,z,"unsupported renderbuffer format for attachment")}var Le=33071,de=9728,Re=9984,ie=9985,Ze=9986,Ft=9987,Me=5120,We=5121,At=5122,Wt=5123,tt=5124,Qt=5125,Rn=5126,Zt=32819,Cn=32820,pt=33635,Dt=34042,nn=36193,Vt={};Vt[Me]=Vt[We]=1,Vt[At]=Vt[Wt]=Vt[nn]=Vt[pt]=Vt[Zt]=Vt[Cn]=2,Vt[tt]=Vt[Qt]=Vt[Rn]=Vt[Dt]=4;function on(p,R){return p===Cn||p===Zt||p===pt?2:p===Dt?4:Vt[p]*R}function rn(p){return!(p&p-1)&&!!p}function ui(p,R,z){var fe,Ce=R.width,he=R.height,Ee=R.channels;s(Ce>0&&Ce<=z.maxTextureSize&&he>0&&he<=z.maxTextureSize,"invalid texture shape"),(p.wrapS!==Le||p.wrapT!==Le)&&s(rn(Ce)&&rn(he),"incompatible wrap mode for texture, both width and height must be power of 2"),R.mipmask===1?Ce!==1&&he!==1&&s(p.minFilter!==Re&&p.minFilter!==Ze&&p.minFilter!==ie&&p.minFilter!==Ft,"min filter requires mipmap"):(s(rn(Ce)&&rn(he),"texture must be a square power of 2 to support mipmapping"),s(R.mipmask===(Ce<<1)-1,"missing or incomplete mipmap data")),R.type===Rn&&(z.extensions.indexOf("oes_texture_float_linear")<0&&s(p.minFilter===de&&p.magFilter===de,"filter not supported, must enable oes_texture_float_linear"),s(!p.genMipmaps,"mipmap generation not supported with float textures"));var Ge=R.images;for(fe=0;fe<16;++fe)if(Ge[fe]){var ke=Ce>>fe,je=he>>fe;s(R.mipmask&1<<fe,"missing mipmap data");var Je=Ge[fe];if(s(Je.width===ke&&Je.height===je,"invalid shape for mip images"),s(Je.format===R.format&&Je.internalformat===R.internalformat&&Je.type===R.type,"incompatible type for mip image"),!Je.compressed)if(Je.data){var Ke=Math.ceil(on(Je.type,Ee)*ke/Je.unpackAlignment)*Je.unpackAlignment;s(Je.data.byteLength===Ke*je,"invalid data for image, buffer size is inconsistent with image format")}else Je.element||Je.copy}else p.genMipmaps||s((R.mipmask&1<<fe)===0,"extra mipmap data");R.compressed&&s(!p.genMipmaps,"mipmap generation for compressed images not supported")}function Wn(p,R,z,fe){var Ce=p.width,he=p.height,Ee=p.channels;s(Ce>0&&Ce<=fe.maxTextureSize&&he>0&&he<=fe.maxTextureSize,"invalid texture shape"),s(Ce===he,"cube map must be square"),s(R.wrapS===Le&&R.wrapT===Le,"wrap mode not supported by cube map");for(var Ge=0;Ge<z.length;++Ge){var ke=z[Ge];s(ke.width===Ce&&ke.height===he,"inconsistent cube map face shape"),R.genMipmaps&&(s(!ke.compressed,"can not generate mipmap for compressed textures"),s(ke.mipmask===1,"can not specify mipmaps and generate mipmaps"));for(var je=ke.images,Je=0;Je<16;++Je){var Ke=je[Je];if(Ke){var ot=Ce>>Je,Ve=he>>Je;s(ke.mipmask&1<<Je,"missing mipmap data"),s(Ke.width===ot&&Ke.height===Ve,"invalid shape for mip images"),s(Ke.format===p.format&&Ke.internalformat===p.internalformat&&Ke.type===p.type,"incompatible type for mip image"),Ke.compressed||(Ke.data?s(Ke.data.byteLength===ot*Ve*Math.max(on(Ke.type,Ee),Ke.unpackAlignment),"invalid data for image, buffer size is inconsistent with image format"):Ke.element||Ke.copy)}}}}var w=e(s,{optional:xe,raise:r,commandRaise:re,command:pe,parameter:o,commandParameter:G,constructor:v,type:u,commandType:_e,isTypedArray:c,nni:d,oneOf:h,shaderError:T,linkError:Z,callSite:E,saveCommandRef:X,saveDrawInfo:$,framebufferFormat:ne,guessCommand:C,texture2D:ui,textureCube:Wn}),ei=0,Jn=0,j=5,kn=6;function _n(p,R){this.id=ei++,this.type=p,this.data=R}function Ln(p){return p.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}function Qe(p){if(p.length===0)return[];var R=p.charAt(0),z=p.charAt(p.length-1);if(p.length>1&&R===z&&(R==='"'||R==="'"))return['"'+Ln(p.substr(1,p.length-2))+'"'];var fe=/\[(false|true|null|\d+|'[^']*'|"[^"]*")\]/.exec(p);if(fe)return Qe(p.substr(0,fe.index)).concat(Qe(fe[1])).concat(Qe(p.substr(fe.index+fe[0].length)));var Ce=p.split(".");if(Ce.length===1)return['"'+Ln(p)+'"'];for(var he=[],Ee=0;Ee<Ce.length;++Ee)he=he.concat(Qe(Ce[Ee]));return he}function gt(p){return"["+Qe(p).join("][")+"]"}function Bt(p,R){return new _n(p,gt(R+""))}function Kt(p){return typeof p=="function"&&!p._reglType||p instanceof _n}function D(p,R){if(typeof p=="function")return new _n(Jn,p);if(typeof p=="number"||typeof p=="boolean")return new _n(j,p);if(Array.isArray(p))return new _n(kn,p.map(function(z,fe){return D(z,R+"["+fe+"]")}));if(p instanceof _n)return p;w(!1,"invalid option type in uniform "+R)}var y={DynamicVariable:_n,define:Bt,isDynamic:Kt,unbox:D,accessor:gt},se={next:typeof requestAnimationFrame=="function"?function(p){return requestAnimationFrame(p)}:function(p){return setTimeout(p,16)},cancel:typeof cancelAnimationFrame=="function"?function(p){return cancelAnimationFrame(p)}:clearTimeout},Ye=typeof performance<"u"&&performance.now?function(){return performance.now()}:function(){return+new Date};function Ne(){var p={"":0},R=[""];return{id:function(z){var fe=p[z];return fe||(fe=p[z]=R.length,R.push(z),fe)},str:function(z){return R[z]}}}function ct(p,R,z){var fe=document.createElement("canvas");e(fe.style,{border:0,margin:0,padding:0,top:0,left:0,width:"100%",height:"100%"}),p.appendChild(fe),p===document.body&&(fe.style.position="absolute",e(p.style,{margin:0,padding:0}));function Ce(){var Ge=window.innerWidth,ke=window.innerHeight;if(p!==document.body){var je=fe.getBoundingClientRect();Ge=je.right-je.left,ke=je.bottom-je.top}fe.width=z*Ge,fe.height=z*ke}var he;p!==document.body&&typeof ResizeObserver=="function"?(he=new ResizeObserver(function(){setTimeout(Ce)}),he.observe(p)):window.addEventListener("resize",Ce,!1);function Ee(){he?he.disconnect():window.removeEventListener("resize",Ce),p.removeChild(fe)}return Ce(),{canvas:fe,onDestroy:Ee}}function ut(p,R){function z(fe){try{return p.getContext(fe,R)}catch{return null}}return z("webgl")||z("experimental-webgl")||z("webgl-experimental")}function Te(p){return typeof p.nodeName=="string"&&typeof p.appendChild=="function"&&typeof p.getBoundingClientRect=="function"}function De(p){return typeof p.drawArrays=="function"||typeof p.drawElements=="function"}function Ae(p){return typeof p=="string"?p.split():(w(Array.isArray(p),"invalid extension array"),p)}function O(p){return typeof p=="string"?(w(typeof document<"u","not supported outside of DOM"),document.querySelector(p)):p}function ue(p){var R=p||{},z,fe,Ce,he,Ee={},Ge=[],ke=[],je=typeof window>"u"?1:window.devicePixelRatio,Je=!1,Ke=function(qe){qe&&w.raise(qe)},ot=function(){};if(typeof R=="string"?(w(typeof document<"u","selector queries only supported in DOM environments"),z=document.querySelector(R),w(z,"invalid query string for element")):typeof R=="object"?Te(R)?z=R:De(R)?(he=R,Ce=he.canvas):(w.constructor(R),"gl"in R?he=R.gl:"canvas"in R?Ce=O(R.canvas):"container"in R&&(fe=O(R.container)),"attributes"in R&&(Ee=R.attributes,w.type(Ee,"object","invalid context attributes")),"extensions"in R&&(Ge=Ae(R.extensions)),"optionalExtensions"in R&&(ke=Ae(R.optionalExtensions)),"onDone"in R&&(w.type(R.onDone,"function","invalid or missing onDone callback"),Ke=R.onDone),"profile"in R&&(Je=!!R.profile),"pixelRatio"in R&&(je=+R.pixelRatio,w(je>0,"invalid pixel ratio"))):w.raise("invalid arguments to regl"),z&&(z.nodeName.toLowerCase()==="canvas"?Ce=z:fe=z),!he){if(!Ce){w(typeof document<"u","must manually specify webgl context outside of DOM environments");var Ve=ct(fe||document.body,Ke,je);if(!Ve)return null;Ce=Ve.canvas,ot=Ve.onDestroy}Ee.premultipliedAlpha===void 0&&(Ee.premultipliedAlpha=!0),he=ut(Ce,Ee)}return he?{gl:he,canvas:Ce,container:fe,extensions:Ge,optionalExtensions:ke,pixelRatio:je,profile:Je,onDone:Ke,onDestroy:ot}:(ot(),Ke("webgl not supported, try upgrading your browser or graphics drivers http://get.webgl.org"),null)}function oe(p,R){var z={};function fe(Ee){w.type(Ee,"string","extension name must be string");var Ge=Ee.toLowerCase(),ke;try{ke=z[Ge]=p.getExtension(Ge)}catch{}return!!ke}for(var Ce=0;Ce<R.extensions.length;++Ce){var he=R.extensions[Ce];if(!fe(he))return R.onDestroy(),R.onDone('"'+he+'" extension is not supported by the current WebGL context, try upgrading your system or a different browser'),null}return R.optionalExtensions.forEach(fe),{extensions:z,restore:function(){Object.keys(z).forEach(function(Ee){if(z[Ee]&&!fe(Ee))throw new Error("(regl): error restoring extension "+Ee)})}}}function Ie(p,R){for(var z=Array(p),fe=0;fe<p;++fe)z[fe]=R(fe);return z}var Fe=5120,Be=5121,et=5122,kt=5123,ze=5124,Rt=5125,$t=5126;function it(p){for(var R=16;R<=1<<28;R*=16)if(p<=R)return R;return 0}function un(p){var R,z;return R=(p>65535)<<4,p>>>=R,z=(p>255)<<3,p>>>=z,R|=z,z=(p>15)<<2,p>>>=z,R|=z,z=(p>3)<<1,p>>>=z,R|=z,R|p>>1}function qn(){var p=Ie(8,function(){return[]});function R(he){var Ee=it(he),Ge=p[un(Ee)>>2];return Ge.length>0?Ge.pop():new ArrayBuffer(Ee)}function z(he){p[un(he.byteLength)>>2].push(he)}function fe(he,Ee){var Ge=null;switch(he){case Fe:Ge=new Int8Array(R(Ee),0,Ee);break;case Be:Ge=new Uint8Array(R(Ee),0,Ee);break;case et:Ge=new Int16Array(R(2*Ee),0,Ee);break;case kt:Ge=new Uint16Array(R(2*Ee),0,Ee);break;case ze:Ge=new Int32Array(R(4*Ee),0,Ee);break;case Rt:Ge=new Uint32Array(R(4*Ee),0,Ee);break;case $t:Ge=new Float32Array(R(4*Ee),0,Ee);break;default:return null}return Ge.length!==Ee?Ge.subarray(0,Ee):Ge}function Ce(he){z(he.buffer)}return{alloc:R,free:z,allocType:fe,freeType:Ce}}var An=qn();An.zero=qn();var Dr=3408,vs=3410,xs=3411,ys=3412,Xs=3413,ki=3414,or=3415,$i=33901,Gi=33902,Zr=3379,jr=3386,Kr=34921,Nr=36347,Jr=36348,Qr=35661,es=35660,Fa=34930,Gn=36349,Or=34076,Ss=34024,b=7936,Y=7937,ye=7938,ce=35724,ge=34047,ht=36063,Ht=34852,ft=3553,Ut=34067,qt=34069,sn=33984,pn=6408,Gt=5126,Tn=5121,Zn=36160,Bn=36053,On=36064,oi=16384,Xt=function(p,R){var z=1;R.ext_texture_filter_anisotropic&&(z=p.getParameter(ge));var fe=1,Ce=1;R.webgl_draw_buffers&&(fe=p.getParameter(Ht),Ce=p.getParameter(ht));var he=!!R.oes_texture_float;if(he){var Ee=p.createTexture();p.bindTexture(ft,Ee),p.texImage2D(ft,0,pn,1,1,0,pn,Gt,null);var Ge=p.createFramebuffer();if(p.bindFramebuffer(Zn,Ge),p.framebufferTexture2D(Zn,On,ft,Ee,0),p.bindTexture(ft,null),p.checkFramebufferStatus(Zn)!==Bn)he=!1;else{p.viewport(0,0,1,1),p.clearColor(1,0,0,1),p.clear(oi);var ke=An.allocType(Gt,4);p.readPixels(0,0,1,1,pn,Gt,ke),p.getError()?he=!1:(p.deleteFramebuffer(Ge),p.deleteTexture(Ee),he=ke[0]===1),An.freeType(ke)}}var je=typeof navigator<"u"&&(/MSIE/.test(navigator.userAgent)||/Trident\//.test(navigator.appVersion)||/Edge/.test(navigator.userAgent)),Je=!0;if(!je){var Ke=p.createTexture(),ot=An.allocType(Tn,36);p.activeTexture(sn),p.bindTexture(Ut,Ke),p.texImage2D(qt,0,pn,3,3,0,pn,Tn,ot),An.freeType(ot),p.bindTexture(Ut,null),p.deleteTexture(Ke),Je=!p.getError()}return{colorBits:[p.getParameter(vs),p.getParameter(xs),p.getParameter(ys),p.getParameter(Xs)],depthBits:p.getParameter(ki),stencilBits:p.getParameter(or),subpixelBits:p.getParameter(Dr),extensions:Object.keys(R).filter(function(Ve){return!!R[Ve]}),maxAnisotropic:z,maxDrawbuffers:fe,maxColorAttachments:Ce,pointSizeDims:p.getParameter($i),lineWidthDims:p.getParameter(Gi),maxViewportDims:p.getParameter(jr),maxCombinedTextureUnits:p.getParameter(Qr),maxCubeMapSize:p.getParameter(Or),maxRenderbufferSize:p.getParameter(Ss),maxTextureUnits:p.getParameter(Fa),maxTextureSize:p.getParameter(Zr),maxAttributes:p.getParameter(Kr),maxVertexUniforms:p.getParameter(Nr),maxVertexTextureUnits:p.getParameter(es),maxVaryingVectors:p.getParameter(Jr),maxFragmentUniforms:p.getParameter(Gn),glsl:p.getParameter(ce),renderer:p.getParameter(Y),vendor:p.getParameter(b),version:p.getParameter(ye),readFloat:he,npotTextureCube:Je}};function Vn(p){return!!p&&typeof p=="object"&&Array.isArray(p.shape)&&Array.isArray(p.stride)&&typeof p.offset=="number"&&p.shape.length===p.stride.length&&(Array.isArray(p.data)||n(p.data))}var vn=function(p){return Object.keys(p).map(function(R){return p[R]})},xi={shape:ti,flatten:dn};function ri(p,R,z){for(var fe=0;fe<R;++fe)z[fe]=p[fe]}function zi(p,R,z,fe){for(var Ce=0,he=0;he<R;++he)for(var Ee=p[he],Ge=0;Ge<z;++Ge)fe[Ce++]=Ee[Ge]}function Di(p,R,z,fe,Ce,he){for(var Ee=he,Ge=0;Ge<R;++Ge)for(var ke=p[Ge],je=0;je<z;++je)for(var Je=ke[je],Ke=0;Ke<fe;++Ke)Ce[Ee++]=Je[Ke]}function qi(p,R,z,fe,Ce){for(var he=1,Ee=z+1;Ee<R.length;++Ee)he*=R[Ee];var Ge=R[z];if(R.length-z===4){var ke=R[z+1],je=R[z+2],Je=R[z+3];for(Ee=0;Ee<Ge;++Ee)Di(p[Ee],ke,je,Je,fe,Ce),Ce+=he}else for(Ee=0;Ee<Ge;++Ee)qi(p[Ee],R,z+1,fe,Ce),Ce+=he}function dn(p,R,z,fe){var Ce=1;if(R.length)for(var he=0;he<R.length;++he)Ce*=R[he];else Ce=0;var Ee=fe||An.allocType(z,Ce);switch(R.length){case 0:break;case 1:ri(p,R[0],Ee);break;case 2:zi(p,R[0],R[1],Ee);break;case 3:Di(p,R[0],R[1],R[2],Ee,0);break;default:qi(p,R,0,Ee,0)}return Ee}function ti(p){for(var R=[],z=p;z.length;z=z[0])R.push(z.length);return R}var yi={"[object Int8Array]":5120,"[object Int16Array]":5122,"[object Int32Array]":5124,"[object Uint8Array]":5121,"[object Uint8ClampedArray]":5121,"[object Uint16Array]":5123,"[object Uint32Array]":5125,"[object Float32Array]":5126,"[object Float64Array]":5121,"[object ArrayBuffer]":5121},zn=5120,jn=5122,Xn=5124,Fr=5121,Ni=5123,mi=5125,Ua=5126,Ba=5126,lr={int8:zn,int16:jn,int32:Xn,uint8:Fr,uint16:Ni,uint32:mi,float:Ua,float32:Ba},za=35048,xu=35040,ka={dynamic:za,stream:xu,static:35044},Tl=xi.flatten,xr=xi.shape,wl=35044,Cl=35040,Ga=5121,_o=5126,ts=[];ts[5120]=1,ts[5122]=2,ts[5124]=4,ts[5121]=1,ts[5123]=2,ts[5125]=4,ts[5126]=4;function vo(p){return yi[Object.prototype.toString.call(p)]|0}function Va(p,R){for(var z=0;z<R.length;++z)p[z]=R[z]}function Ys(p,R,z,fe,Ce,he,Ee){for(var Ge=0,ke=0;ke<z;++ke)for(var je=0;je<fe;++je)p[Ge++]=R[Ce*ke+he*je+Ee]}function bs(p,R,z,fe){var Ce=0,he={};function Ee(Q){this.id=Ce++,this.buffer=p.createBuffer(),this.type=Q,this.usage=wl,this.byteLength=0,this.dimension=1,this.dtype=Ga,this.persistentData=null,z.profile&&(this.stats={size:0})}Ee.prototype.bind=function(){p.bindBuffer(this.type,this.buffer)},Ee.prototype.destroy=function(){ot(this)};var Ge=[];function ke(Q,ve){var $e=Ge.pop();return $e||($e=new Ee(Q)),$e.bind(),Ke($e,ve,Cl,0,1,!1),$e}function je(Q){Ge.push(Q)}function Je(Q,ve,$e){Q.byteLength=ve.byteLength,p.bufferData(Q.type,ve,$e)}function Ke(Q,ve,$e,Et,Ue,St){var _t;if(Q.usage=$e,Array.isArray(ve)){if(Q.dtype=Et||_o,ve.length>0){var jt;if(Array.isArray(ve[0])){_t=xr(ve);for(var Pe=1,we=1;we<_t.length;++we)Pe*=_t[we];Q.dimension=Pe,jt=Tl(ve,_t,Q.dtype),Je(Q,jt,$e),St?Q.persistentData=jt:An.freeType(jt)}else if(typeof ve[0]=="number"){Q.dimension=Ue;var It=An.allocType(Q.dtype,ve.length);Va(It,ve),Je(Q,It,$e),St?Q.persistentData=It:An.freeType(It)}else n(ve[0])?(Q.dimension=ve[0].length,Q.dtype=Et||vo(ve[0])||_o,jt=Tl(ve,[ve.length,ve[0].length],Q.dtype),Je(Q,jt,$e),St?Q.persistentData=jt:An.freeType(jt)):w.raise("invalid buffer data")}}else if(n(ve))Q.dtype=Et||vo(ve),Q.dimension=Ue,Je(Q,ve,$e),St&&(Q.persistentData=new Uint8Array(new Uint8Array(ve.buffer)));else if(Vn(ve)){_t=ve.shape;var lt=ve.stride,Xe=ve.offset,dt=0,mt=0,hn=0,an=0;_t.length===1?(dt=_t[0],mt=1,hn=lt[0],an=0):_t.length===2?(dt=_t[0],mt=_t[1],hn=lt[0],an=lt[1]):w.raise("invalid shape"),Q.dtype=Et||vo(ve.data)||_o,Q.dimension=mt;var vt=An.allocType(Q.dtype,dt*mt);Ys(vt,ve.data,dt,mt,hn,an,Xe),Je(Q,vt,$e),St?Q.persistentData=vt:An.freeType(vt)}else ve instanceof ArrayBuffer?(Q.dtype=Ga,Q.dimension=Ue,Je(Q,ve,$e),St&&(Q.persistentData=new Uint8Array(new Uint8Array(ve)))):w.raise("invalid buffer data")}function ot(Q){R.bufferCount--,fe(Q);var ve=Q.buffer;w(ve,"buffer must not be deleted already"),p.deleteBuffer(ve),Q.buffer=null,delete he[Q.id]}function Ve(Q,ve,$e,Et){R.bufferCount++;var Ue=new Ee(ve);he[Ue.id]=Ue;function St(Pe){var we=wl,It=null,lt=0,Xe=0,dt=1;return Array.isArray(Pe)||n(Pe)||Vn(Pe)||Pe instanceof ArrayBuffer?It=Pe:typeof Pe=="number"?lt=Pe|0:Pe&&(w.type(Pe,"object","buffer arguments must be an object, a number or an array"),"data"in Pe&&(w(It===null||Array.isArray(It)||n(It)||Vn(It),"invalid data for buffer"),It=Pe.data),"usage"in Pe&&(w.parameter(Pe.usage,ka,"invalid buffer usage"),we=ka[Pe.usage]),"type"in Pe&&(w.parameter(Pe.type,lr,"invalid buffer type"),Xe=lr[Pe.type]),"dimension"in Pe&&(w.type(Pe.dimension,"number","invalid dimension"),dt=Pe.dimension|0),"length"in Pe&&(w.nni(lt,"buffer length must be a nonnegative integer"),lt=Pe.length|0)),Ue.bind(),It?Ke(Ue,It,we,Xe,dt,Et):(lt&&p.bufferData(Ue.type,lt,we),Ue.dtype=Xe||Ga,Ue.usage=we,Ue.dimension=dt,Ue.byteLength=lt),z.profile&&(Ue.stats.size=Ue.byteLength*ts[Ue.dtype]),St}function _t(Pe,we){w(we+Pe.byteLength<=Ue.byteLength,"invalid buffer subdata call, buffer is too small.  Can't write data of size "+Pe.byteLength+" starting from offset "+we+" to a buffer of size "+Ue.byteLength),p.bufferSubData(Ue.type,we,Pe)}function jt(Pe,we){var It=(we||0)|0,lt;if(Ue.bind(),n(Pe)||Pe instanceof ArrayBuffer)_t(Pe,It);else if(Array.isArray(Pe)){if(Pe.length>0)if(typeof Pe[0]=="number"){var Xe=An.allocType(Ue.dtype,Pe.length);Va(Xe,Pe),_t(Xe,It),An.freeType(Xe)}else if(Array.isArray(Pe[0])||n(Pe[0])){lt=xr(Pe);var dt=Tl(Pe,lt,Ue.dtype);_t(dt,It),An.freeType(dt)}else w.raise("invalid buffer data")}else if(Vn(Pe)){lt=Pe.shape;var mt=Pe.stride,hn=0,an=0,vt=0,bt=0;lt.length===1?(hn=lt[0],an=1,vt=mt[0],bt=0):lt.length===2?(hn=lt[0],an=lt[1],vt=mt[0],bt=mt[1]):w.raise("invalid shape");var en=Array.isArray(Pe.data)?Ue.dtype:vo(Pe.data),cn=An.allocType(en,hn*an);Ys(cn,Pe.data,hn,an,vt,bt,Pe.offset),_t(cn,It),An.freeType(cn)}else w.raise("invalid data for buffer subdata");return St}return $e||St(Q),St._reglType="buffer",St._buffer=Ue,St.subdata=jt,z.profile&&(St.stats=Ue.stats),St.destroy=function(){ot(Ue)},St}function qe(){vn(he).forEach(function(Q){Q.buffer=p.createBuffer(),p.bindBuffer(Q.type,Q.buffer),p.bufferData(Q.type,Q.persistentData||Q.byteLength,Q.usage)})}return z.profile&&(R.getTotalBufferSize=function(){var Q=0;return Object.keys(he).forEach(function(ve){Q+=he[ve].stats.size}),Q}),{create:Ve,createStream:ke,destroyStream:je,clear:function(){vn(he).forEach(ot),Ge.forEach(ot)},getBuffer:function(Q){return Q&&Q._buffer instanceof Ee?Q._buffer:null},restore:qe,_initBuffer:Ke}}var Ms=0,Xd=0,xo=1,Yd=1,$s=4,$d=4,tr={points:Ms,point:Xd,lines:xo,line:Yd,triangles:$s,triangle:$d,"line loop":2,"line strip":3,"triangle strip":5,"triangle fan":6},Rl=0,qd=1,qs=4,ni=5120,Zs=5121,js=5122,Ks=5123,Il=5124,Ur=5125,yo=34963,yu=35040,Su=35044;function bu(p,R,z,fe){var Ce={},he=0,Ee={uint8:Zs,uint16:Ks};R.oes_element_index_uint&&(Ee.uint32=Ur);function Ge(qe){this.id=he++,Ce[this.id]=this,this.buffer=qe,this.primType=qs,this.vertCount=0,this.type=0}Ge.prototype.bind=function(){this.buffer.bind()};var ke=[];function je(qe){var Q=ke.pop();return Q||(Q=new Ge(z.create(null,yo,!0,!1)._buffer)),Ke(Q,qe,yu,-1,-1,0,0),Q}function Je(qe){ke.push(qe)}function Ke(qe,Q,ve,$e,Et,Ue,St){qe.buffer.bind();var _t;if(Q){var jt=St;!St&&(!n(Q)||Vn(Q)&&!n(Q.data))&&(jt=R.oes_element_index_uint?Ur:Ks),z._initBuffer(qe.buffer,Q,ve,jt,3)}else p.bufferData(yo,Ue,ve),qe.buffer.dtype=_t||Zs,qe.buffer.usage=ve,qe.buffer.dimension=3,qe.buffer.byteLength=Ue;if(_t=St,!St){switch(qe.buffer.dtype){case Zs:case ni:_t=Zs;break;case Ks:case js:_t=Ks;break;case Ur:case Il:_t=Ur;break;default:w.raise("unsupported type for element array")}qe.buffer.dtype=_t}qe.type=_t,w(_t!==Ur||!!R.oes_element_index_uint,"32 bit element buffers not supported, enable oes_element_index_uint first");var Pe=Et;Pe<0&&(Pe=qe.buffer.byteLength,_t===Ks?Pe>>=1:_t===Ur&&(Pe>>=2)),qe.vertCount=Pe;var we=$e;if($e<0){we=qs;var It=qe.buffer.dimension;It===1&&(we=Rl),It===2&&(we=qd),It===3&&(we=qs)}qe.primType=we}function ot(qe){fe.elementsCount--,w(qe.buffer!==null,"must not double destroy elements"),delete Ce[qe.id],qe.buffer.destroy(),qe.buffer=null}function Ve(qe,Q){var ve=z.create(null,yo,!0),$e=new Ge(ve._buffer);fe.elementsCount++;function Et(Ue){if(!Ue)ve(),$e.primType=qs,$e.vertCount=0,$e.type=Zs;else if(typeof Ue=="number")ve(Ue),$e.primType=qs,$e.vertCount=Ue|0,$e.type=Zs;else{var St=null,_t=Su,jt=-1,Pe=-1,we=0,It=0;Array.isArray(Ue)||n(Ue)||Vn(Ue)?St=Ue:(w.type(Ue,"object","invalid arguments for elements"),"data"in Ue&&(St=Ue.data,w(Array.isArray(St)||n(St)||Vn(St),"invalid data for element buffer")),"usage"in Ue&&(w.parameter(Ue.usage,ka,"invalid element buffer usage"),_t=ka[Ue.usage]),"primitive"in Ue&&(w.parameter(Ue.primitive,tr,"invalid element buffer primitive"),jt=tr[Ue.primitive]),"count"in Ue&&(w(typeof Ue.count=="number"&&Ue.count>=0,"invalid vertex count for elements"),Pe=Ue.count|0),"type"in Ue&&(w.parameter(Ue.type,Ee,"invalid buffer type"),It=Ee[Ue.type]),"length"in Ue?we=Ue.length|0:(we=Pe,It===Ks||It===js?we*=2:(It===Ur||It===Il)&&(we*=4))),Ke($e,St,_t,jt,Pe,we,It)}return Et}return Et(qe),Et._reglType="elements",Et._elements=$e,Et.subdata=function(Ue,St){return ve.subdata(Ue,St),Et},Et.destroy=function(){ot($e)},Et}return{create:Ve,createStream:je,destroyStream:Je,getElements:function(qe){return typeof qe=="function"&&qe._elements instanceof Ge?qe._elements:null},clear:function(){vn(Ce).forEach(ot)}}}var So=new Float32Array(1),Pl=new Uint32Array(So.buffer),Ll=5123;function Mu(p){for(var R=An.allocType(Ll,p.length),z=0;z<p.length;++z)if(isNaN(p[z]))R[z]=65535;else if(p[z]===1/0)R[z]=31744;else if(p[z]===-1/0)R[z]=64512;else{So[0]=p[z];var fe=Pl[0],Ce=fe>>>31<<15,he=(fe<<1>>>24)-127,Ee=fe>>13&1023;if(he<-24)R[z]=Ce;else if(he<-14){var Ge=-14-he;R[z]=Ce+(Ee+1024>>Ge)}else he>15?R[z]=Ce+31744:R[z]=Ce+(he+15<<10)+Ee}return R}function Qn(p){return Array.isArray(p)||n(p)}var Eu=function(p){return!(p&p-1)&&!!p},Dl=34467,yr=3553,Nl=34067,bo=34069,Es=6408,Sr=6406,Js=6407,As=6409,Qs=6410,Mo=32854,Ol=32855,Au=36194,Fl=32819,Ul=32820,Zd=33635,Bl=34042,Ha=6402,Eo=34041,zl=35904,kl=35906,ea=36193,Gl=33776,Vl=33777,Hl=33778,Wl=33779,Tu=35986,wu=35987,Cu=34798,Ru=35840,Iu=35841,Pu=35842,Lu=35843,Ao=36196,ta=5121,Xl=5123,Yl=5125,na=5126,jd=10242,Kd=10243,Jd=10497,Wa=33071,$l=33648,ql=10240,Zl=10241,To=9728,Du=9729,wo=9984,Br=9985,jl=9986,Ts=9987,Qd=33170,Co=4352,ep=4353,tp=4354,np=34046,ip=3317,rp=37440,sp=37441,ap=37443,Nu=37444,Xa=33984,op=[wo,jl,Br,Ts],Ro=[0,As,Qs,Js,Es],nr={};nr[As]=nr[Sr]=nr[Ha]=1,nr[Eo]=nr[Qs]=2,nr[Js]=nr[zl]=3,nr[Es]=nr[kl]=4;function ia(p){return"[object "+p+"]"}var ns=ia("HTMLCanvasElement"),Ou=ia("OffscreenCanvas"),Fu=ia("CanvasRenderingContext2D"),Uu=ia("ImageBitmap"),Bu=ia("HTMLImageElement"),zu=ia("HTMLVideoElement"),lp=Object.keys(yi).concat([ns,Ou,Fu,Uu,Bu,zu]),ra=[];ra[ta]=1,ra[na]=4,ra[ea]=2,ra[Xl]=2,ra[Yl]=4;var Ai=[];Ai[Mo]=2,Ai[Ol]=2,Ai[Au]=2,Ai[Eo]=4,Ai[Gl]=.5,Ai[Vl]=.5,Ai[Hl]=1,Ai[Wl]=1,Ai[Tu]=.5,Ai[wu]=1,Ai[Cu]=1,Ai[Ru]=.5,Ai[Iu]=.25,Ai[Pu]=.5,Ai[Lu]=.25,Ai[Ao]=.5;function ku(p){return Array.isArray(p)&&(p.length===0||typeof p[0]=="number")}function Gu(p){if(!Array.isArray(p))return!1;var R=p.length;return!(R===0||!Qn(p[0]))}function is(p){return Object.prototype.toString.call(p)}function Io(p){return is(p)===ns}function Kl(p){return is(p)===Ou}function cp(p){return is(p)===Fu}function up(p){return is(p)===Uu}function hp(p){return is(p)===Bu}function Vu(p){return is(p)===zu}function Po(p){if(!p)return!1;var R=is(p);return lp.indexOf(R)>=0?!0:ku(p)||Gu(p)||Vn(p)}function Hu(p){return yi[Object.prototype.toString.call(p)]|0}function fp(p,R){var z=R.length;switch(p.type){case ta:case Xl:case Yl:case na:var fe=An.allocType(p.type,z);fe.set(R),p.data=fe;break;case ea:p.data=Mu(R);break;default:w.raise("unsupported texture type, must specify a typed array")}}function Wu(p,R){return An.allocType(p.type===ea?na:p.type,R)}function Xu(p,R){p.type===ea?(p.data=Mu(R),An.freeType(R)):p.data=R}function dp(p,R,z,fe,Ce,he){for(var Ee=p.width,Ge=p.height,ke=p.channels,je=Ee*Ge*ke,Je=Wu(p,je),Ke=0,ot=0;ot<Ge;++ot)for(var Ve=0;Ve<Ee;++Ve)for(var qe=0;qe<ke;++qe)Je[Ke++]=R[z*Ve+fe*ot+Ce*qe+he];Xu(p,Je)}function Lo(p,R,z,fe,Ce,he){var Ee;if(typeof Ai[p]<"u"?Ee=Ai[p]:Ee=nr[p]*ra[R],he&&(Ee*=6),Ce){for(var Ge=0,ke=z;ke>=1;)Ge+=Ee*ke*ke,ke/=2;return Ge}else return Ee*z*fe}function Ya(p,R,z,fe,Ce,he,Ee){var Ge={"don't care":Co,"dont care":Co,nice:tp,fast:ep},ke={repeat:Jd,clamp:Wa,mirror:$l},je={nearest:To,linear:Du},Je=e({mipmap:Ts,"nearest mipmap nearest":wo,"linear mipmap nearest":Br,"nearest mipmap linear":jl,"linear mipmap linear":Ts},je),Ke={none:0,browser:Nu},ot={uint8:ta,rgba4:Fl,rgb565:Zd,"rgb5 a1":Ul},Ve={alpha:Sr,luminance:As,"luminance alpha":Qs,rgb:Js,rgba:Es,rgba4:Mo,"rgb5 a1":Ol,rgb565:Au},qe={};R.ext_srgb&&(Ve.srgb=zl,Ve.srgba=kl),R.oes_texture_float&&(ot.float32=ot.float=na),R.oes_texture_half_float&&(ot.float16=ot["half float"]=ea),R.webgl_depth_texture&&(e(Ve,{depth:Ha,"depth stencil":Eo}),e(ot,{uint16:Xl,uint32:Yl,"depth stencil":Bl})),R.webgl_compressed_texture_s3tc&&e(qe,{"rgb s3tc dxt1":Gl,"rgba s3tc dxt1":Vl,"rgba s3tc dxt3":Hl,"rgba s3tc dxt5":Wl}),R.webgl_compressed_texture_atc&&e(qe,{"rgb atc":Tu,"rgba atc explicit alpha":wu,"rgba atc interpolated alpha":Cu}),R.webgl_compressed_texture_pvrtc&&e(qe,{"rgb pvrtc 4bppv1":Ru,"rgb pvrtc 2bppv1":Iu,"rgba pvrtc 4bppv1":Pu,"rgba pvrtc 2bppv1":Lu}),R.webgl_compressed_texture_etc1&&(qe["rgb etc1"]=Ao);var Q=Array.prototype.slice.call(p.getParameter(Dl));Object.keys(qe).forEach(function(B){var me=qe[B];Q.indexOf(me)>=0&&(Ve[B]=me)});var ve=Object.keys(Ve);z.textureFormats=ve;var $e=[];Object.keys(Ve).forEach(function(B){var me=Ve[B];$e[me]=B});var Et=[];Object.keys(ot).forEach(function(B){var me=ot[B];Et[me]=B});var Ue=[];Object.keys(je).forEach(function(B){var me=je[B];Ue[me]=B});var St=[];Object.keys(Je).forEach(function(B){var me=Je[B];St[me]=B});var _t=[];Object.keys(ke).forEach(function(B){var me=ke[B];_t[me]=B});var jt=ve.reduce(function(B,me){var le=Ve[me];return le===As||le===Sr||le===As||le===Qs||le===Ha||le===Eo||R.ext_srgb&&(le===zl||le===kl)?B[le]=le:le===Ol||me.indexOf("rgba")>=0?B[le]=Es:B[le]=Js,B},{});function Pe(){this.internalformat=Es,this.format=Es,this.type=ta,this.compressed=!1,this.premultiplyAlpha=!1,this.flipY=!1,this.unpackAlignment=1,this.colorSpace=Nu,this.width=0,this.height=0,this.channels=0}function we(B,me){B.internalformat=me.internalformat,B.format=me.format,B.type=me.type,B.compressed=me.compressed,B.premultiplyAlpha=me.premultiplyAlpha,B.flipY=me.flipY,B.unpackAlignment=me.unpackAlignment,B.colorSpace=me.colorSpace,B.width=me.width,B.height=me.height,B.channels=me.channels}function It(B,me){if(!(typeof me!="object"||!me)){if("premultiplyAlpha"in me&&(w.type(me.premultiplyAlpha,"boolean","invalid premultiplyAlpha"),B.premultiplyAlpha=me.premultiplyAlpha),"flipY"in me&&(w.type(me.flipY,"boolean","invalid texture flip"),B.flipY=me.flipY),"alignment"in me&&(w.oneOf(me.alignment,[1,2,4,8],"invalid texture unpack alignment"),B.unpackAlignment=me.alignment),"colorSpace"in me&&(w.parameter(me.colorSpace,Ke,"invalid colorSpace"),B.colorSpace=Ke[me.colorSpace]),"type"in me){var le=me.type;w(R.oes_texture_float||!(le==="float"||le==="float32"),"you must enable the OES_texture_float extension in order to use floating point textures."),w(R.oes_texture_half_float||!(le==="half float"||le==="float16"),"you must enable the OES_texture_half_float extension in order to use 16-bit floating point textures."),w(R.webgl_depth_texture||!(le==="uint16"||le==="uint32"||le==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),w.parameter(le,ot,"invalid texture type"),B.type=ot[le]}var Ct=B.width,Sn=B.height,L=B.channels,A=!1;"shape"in me?(w(Array.isArray(me.shape)&&me.shape.length>=2,"shape must be an array"),Ct=me.shape[0],Sn=me.shape[1],me.shape.length===3&&(L=me.shape[2],w(L>0&&L<=4,"invalid number of channels"),A=!0),w(Ct>=0&&Ct<=z.maxTextureSize,"invalid width"),w(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")):("radius"in me&&(Ct=Sn=me.radius,w(Ct>=0&&Ct<=z.maxTextureSize,"invalid radius")),"width"in me&&(Ct=me.width,w(Ct>=0&&Ct<=z.maxTextureSize,"invalid width")),"height"in me&&(Sn=me.height,w(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")),"channels"in me&&(L=me.channels,w(L>0&&L<=4,"invalid number of channels"),A=!0)),B.width=Ct|0,B.height=Sn|0,B.channels=L|0;var V=!1;if("format"in me){var K=me.format;w(R.webgl_depth_texture||!(K==="depth"||K==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),w.parameter(K,Ve,"invalid texture format");var ee=B.internalformat=Ve[K];B.format=jt[ee],K in ot&&("type"in me||(B.type=ot[K])),K in qe&&(B.compressed=!0),V=!0}!A&&V?B.channels=nr[B.format]:A&&!V?B.channels!==Ro[B.format]&&(B.format=B.internalformat=Ro[B.channels]):V&&A&&w(B.channels===nr[B.format],"number of channels inconsistent with specified format")}}function lt(B){p.pixelStorei(rp,B.flipY),p.pixelStorei(sp,B.premultiplyAlpha),p.pixelStorei(ap,B.colorSpace),p.pixelStorei(ip,B.unpackAlignment)}function Xe(){Pe.call(this),this.xOffset=0,this.yOffset=0,this.data=null,this.needsFree=!1,this.element=null,this.needsCopy=!1}function dt(B,me){var le=null;if(Po(me)?le=me:me&&(w.type(me,"object","invalid pixel data type"),It(B,me),"x"in me&&(B.xOffset=me.x|0),"y"in me&&(B.yOffset=me.y|0),Po(me.data)&&(le=me.data)),w(!B.compressed||le instanceof Uint8Array,"compressed texture data must be stored in a uint8array"),me.copy){w(!le,"can not specify copy and data field for the same texture");var Ct=Ce.viewportWidth,Sn=Ce.viewportHeight;B.width=B.width||Ct-B.xOffset,B.height=B.height||Sn-B.yOffset,B.needsCopy=!0,w(B.xOffset>=0&&B.xOffset<Ct&&B.yOffset>=0&&B.yOffset<Sn&&B.width>0&&B.width<=Ct&&B.height>0&&B.height<=Sn,"copy texture read out of bounds")}else if(!le)B.width=B.width||1,B.height=B.height||1,B.channels=B.channels||4;else if(n(le))B.channels=B.channels||4,B.data=le,!("type"in me)&&B.type===ta&&(B.type=Hu(le));else if(ku(le))B.channels=B.channels||4,fp(B,le),B.alignment=1,B.needsFree=!0;else if(Vn(le)){var L=le.data;!Array.isArray(L)&&B.type===ta&&(B.type=Hu(L));var A=le.shape,V=le.stride,K,ee,W,H,q,I;A.length===3?(W=A[2],I=V[2]):(w(A.length===2,"invalid ndarray pixel data, must be 2 or 3D"),W=1,I=1),K=A[0],ee=A[1],H=V[0],q=V[1],B.alignment=1,B.width=K,B.height=ee,B.channels=W,B.format=B.internalformat=Ro[W],B.needsFree=!0,dp(B,L,H,q,I,le.offset)}else if(Io(le)||Kl(le)||cp(le))Io(le)||Kl(le)?B.element=le:B.element=le.canvas,B.width=B.element.width,B.height=B.element.height,B.channels=4;else if(up(le))B.element=le,B.width=le.width,B.height=le.height,B.channels=4;else if(hp(le))B.element=le,B.width=le.naturalWidth,B.height=le.naturalHeight,B.channels=4;else if(Vu(le))B.element=le,B.width=le.videoWidth,B.height=le.videoHeight,B.channels=4;else if(Gu(le)){var k=B.width||le[0].length,F=B.height||le.length,te=B.channels;Qn(le[0][0])?te=te||le[0][0].length:te=te||1;for(var ae=xi.shape(le),Oe=1,st=0;st<ae.length;++st)Oe*=ae[st];var at=Wu(B,Oe);xi.flatten(le,ae,"",at),Xu(B,at),B.alignment=1,B.width=k,B.height=F,B.channels=te,B.format=B.internalformat=Ro[te],B.needsFree=!0}B.type===na?w(z.extensions.indexOf("oes_texture_float")>=0,"oes_texture_float extension not enabled"):B.type===ea&&w(z.extensions.indexOf("oes_texture_half_float")>=0,"oes_texture_half_float extension not enabled")}function mt(B,me,le){var Ct=B.element,Sn=B.data,L=B.internalformat,A=B.format,V=B.type,K=B.width,ee=B.height;lt(B),Ct?p.texImage2D(me,le,A,A,V,Ct):B.compressed?p.compressedTexImage2D(me,le,L,K,ee,0,Sn):B.needsCopy?(fe(),p.copyTexImage2D(me,le,A,B.xOffset,B.yOffset,K,ee,0)):p.texImage2D(me,le,A,K,ee,0,A,V,Sn||null)}function hn(B,me,le,Ct,Sn){var L=B.element,A=B.data,V=B.internalformat,K=B.format,ee=B.type,W=B.width,H=B.height;lt(B),L?p.texSubImage2D(me,Sn,le,Ct,K,ee,L):B.compressed?p.compressedTexSubImage2D(me,Sn,le,Ct,V,W,H,A):B.needsCopy?(fe(),p.copyTexSubImage2D(me,Sn,le,Ct,B.xOffset,B.yOffset,W,H)):p.texSubImage2D(me,Sn,le,Ct,W,H,K,ee,A)}var an=[];function vt(){return an.pop()||new Xe}function bt(B){B.needsFree&&An.freeType(B.data),Xe.call(B),an.push(B)}function en(){Pe.call(this),this.genMipmaps=!1,this.mipmapHint=Co,this.mipmask=0,this.images=Array(16)}function cn(B,me,le){var Ct=B.images[0]=vt();B.mipmask=1,Ct.width=B.width=me,Ct.height=B.height=le,Ct.channels=B.channels=4}function Mn(B,me){var le=null;if(Po(me))le=B.images[0]=vt(),we(le,B),dt(le,me),B.mipmask=1;else if(It(B,me),Array.isArray(me.mipmap))for(var Ct=me.mipmap,Sn=0;Sn<Ct.length;++Sn)le=B.images[Sn]=vt(),we(le,B),le.width>>=Sn,le.height>>=Sn,dt(le,Ct[Sn]),B.mipmask|=1<<Sn;else le=B.images[0]=vt(),we(le,B),dt(le,me),B.mipmask=1;we(B,B.images[0]),B.compressed&&(B.internalformat===Gl||B.internalformat===Vl||B.internalformat===Hl||B.internalformat===Wl)&&w(B.width%4===0&&B.height%4===0,"for compressed texture formats, mipmap level 0 must have width and height that are a multiple of 4")}function ii(B,me){for(var le=B.images,Ct=0;Ct<le.length;++Ct){if(!le[Ct])return;mt(le[Ct],me,Ct)}}var si=[];function wn(){var B=si.pop()||new en;Pe.call(B),B.mipmask=0;for(var me=0;me<16;++me)B.images[me]=null;return B}function Si(B){for(var me=B.images,le=0;le<me.length;++le)me[le]&&bt(me[le]),me[le]=null;si.push(B)}function Kn(){this.minFilter=To,this.magFilter=To,this.wrapS=Wa,this.wrapT=Wa,this.anisotropic=1,this.genMipmaps=!1,this.mipmapHint=Co}function vi(B,me){if("min"in me){var le=me.min;w.parameter(le,Je),B.minFilter=Je[le],op.indexOf(B.minFilter)>=0&&!("faces"in me)&&(B.genMipmaps=!0)}if("mag"in me){var Ct=me.mag;w.parameter(Ct,je),B.magFilter=je[Ct]}var Sn=B.wrapS,L=B.wrapT;if("wrap"in me){var A=me.wrap;typeof A=="string"?(w.parameter(A,ke),Sn=L=ke[A]):Array.isArray(A)&&(w.parameter(A[0],ke),w.parameter(A[1],ke),Sn=ke[A[0]],L=ke[A[1]])}else{if("wrapS"in me){var V=me.wrapS;w.parameter(V,ke),Sn=ke[V]}if("wrapT"in me){var K=me.wrapT;w.parameter(K,ke),L=ke[K]}}if(B.wrapS=Sn,B.wrapT=L,"anisotropic"in me){var ee=me.anisotropic;w(typeof ee=="number"&&ee>=1&&ee<=z.maxAnisotropic,"aniso samples must be between 1 and "),B.anisotropic=me.anisotropic}if("mipmap"in me){var W=!1;switch(typeof me.mipmap){case"string":w.parameter(me.mipmap,Ge,"invalid mipmap hint"),B.mipmapHint=Ge[me.mipmap],B.genMipmaps=!0,W=!0;break;case"boolean":W=B.genMipmaps=me.mipmap;break;case"object":w(Array.isArray(me.mipmap),"invalid mipmap type"),B.genMipmaps=!1,W=!0;break;default:w.raise("invalid mipmap type")}W&&!("min"in me)&&(B.minFilter=wo)}}function bi(B,me){p.texParameteri(me,Zl,B.minFilter),p.texParameteri(me,ql,B.magFilter),p.texParameteri(me,jd,B.wrapS),p.texParameteri(me,Kd,B.wrapT),R.ext_texture_filter_anisotropic&&p.texParameteri(me,np,B.anisotropic),B.genMipmaps&&(p.hint(Qd,B.mipmapHint),p.generateMipmap(me))}var Mi=0,Ci={},Oi=z.maxTextureUnits,fi=Array(Oi).map(function(){return null});function mn(B){Pe.call(this),this.mipmask=0,this.internalformat=Es,this.id=Mi++,this.refCount=1,this.target=B,this.texture=p.createTexture(),this.unit=-1,this.bindCount=0,this.texInfo=new Kn,Ee.profile&&(this.stats={size:0})}function Fi(B){p.activeTexture(Xa),p.bindTexture(B.target,B.texture)}function Fn(){var B=fi[0];B?p.bindTexture(B.target,B.texture):p.bindTexture(yr,null)}function Jt(B){var me=B.texture;w(me,"must not double destroy texture");var le=B.unit,Ct=B.target;le>=0&&(p.activeTexture(Xa+le),p.bindTexture(Ct,null),fi[le]=null),p.deleteTexture(me),B.texture=null,B.params=null,B.pixels=null,B.refCount=0,delete Ci[B.id],he.textureCount--}e(mn.prototype,{bind:function(){var B=this;B.bindCount+=1;var me=B.unit;if(me<0){for(var le=0;le<Oi;++le){var Ct=fi[le];if(Ct){if(Ct.bindCount>0)continue;Ct.unit=-1}fi[le]=B,me=le;break}me>=Oi&&w.raise("insufficient number of texture units"),Ee.profile&&he.maxTextureUnits<me+1&&(he.maxTextureUnits=me+1),B.unit=me,p.activeTexture(Xa+me),p.bindTexture(B.target,B.texture)}return me},unbind:function(){this.bindCount-=1},decRef:function(){--this.refCount<=0&&Jt(this)}});function En(B,me){var le=new mn(yr);Ci[le.id]=le,he.textureCount++;function Ct(A,V){var K=le.texInfo;Kn.call(K);var ee=wn();return typeof A=="number"?typeof V=="number"?cn(ee,A|0,V|0):cn(ee,A|0,A|0):A?(w.type(A,"object","invalid arguments to regl.texture"),vi(K,A),Mn(ee,A)):cn(ee,1,1),K.genMipmaps&&(ee.mipmask=(ee.width<<1)-1),le.mipmask=ee.mipmask,we(le,ee),w.texture2D(K,ee,z),le.internalformat=ee.internalformat,Ct.width=ee.width,Ct.height=ee.height,Fi(le),ii(ee,yr),bi(K,yr),Fn(),Si(ee),Ee.profile&&(le.stats.size=Lo(le.internalformat,le.type,ee.width,ee.height,K.genMipmaps,!1)),Ct.format=$e[le.internalformat],Ct.type=Et[le.type],Ct.mag=Ue[K.magFilter],Ct.min=St[K.minFilter],Ct.wrapS=_t[K.wrapS],Ct.wrapT=_t[K.wrapT],Ct}function Sn(A,V,K,ee){w(!!A,"must specify image data");var W=V|0,H=K|0,q=ee|0,I=vt();return we(I,le),I.width=0,I.height=0,dt(I,A),I.width=I.width||(le.width>>q)-W,I.height=I.height||(le.height>>q)-H,w(le.type===I.type&&le.format===I.format&&le.internalformat===I.internalformat,"incompatible format for texture.subimage"),w(W>=0&&H>=0&&W+I.width<=le.width&&H+I.height<=le.height,"texture.subimage write out of bounds"),w(le.mipmask&1<<q,"missing mipmap data"),w(I.data||I.element||I.needsCopy,"missing image data"),Fi(le),hn(I,yr,W,H,q),Fn(),bt(I),Ct}function L(A,V){var K=A|0,ee=V|0||K;if(K===le.width&&ee===le.height)return Ct;Ct.width=le.width=K,Ct.height=le.height=ee,Fi(le);for(var W=0;le.mipmask>>W;++W){var H=K>>W,q=ee>>W;if(!H||!q)break;p.texImage2D(yr,W,le.format,H,q,0,le.format,le.type,null)}return Fn(),Ee.profile&&(le.stats.size=Lo(le.internalformat,le.type,K,ee,!1,!1)),Ct}return Ct(B,me),Ct.subimage=Sn,Ct.resize=L,Ct._reglType="texture2d",Ct._texture=le,Ee.profile&&(Ct.stats=le.stats),Ct.destroy=function(){le.decRef()},Ct}function In(B,me,le,Ct,Sn,L){var A=new mn(Nl);Ci[A.id]=A,he.cubeCount++;var V=new Array(6);function K(H,q,I,k,F,te){var ae,Oe=A.texInfo;for(Kn.call(Oe),ae=0;ae<6;++ae)V[ae]=wn();if(typeof H=="number"||!H){var st=H|0||1;for(ae=0;ae<6;++ae)cn(V[ae],st,st)}else if(typeof H=="object")if(q)Mn(V[0],H),Mn(V[1],q),Mn(V[2],I),Mn(V[3],k),Mn(V[4],F),Mn(V[5],te);else if(vi(Oe,H),It(A,H),"faces"in H){var at=H.faces;for(w(Array.isArray(at)&&at.length===6,"cube faces must be a length 6 array"),ae=0;ae<6;++ae)w(typeof at[ae]=="object"&&!!at[ae],"invalid input for cube map face"),we(V[ae],A),Mn(V[ae],at[ae])}else for(ae=0;ae<6;++ae)Mn(V[ae],H);else w.raise("invalid arguments to cube map");for(we(A,V[0]),w.optional(function(){z.npotTextureCube||w(Eu(A.width)&&Eu(A.height),"your browser does not support non power or two texture dimensions")}),Oe.genMipmaps?A.mipmask=(V[0].width<<1)-1:A.mipmask=V[0].mipmask,w.textureCube(A,Oe,V,z),A.internalformat=V[0].internalformat,K.width=V[0].width,K.height=V[0].height,Fi(A),ae=0;ae<6;++ae)ii(V[ae],bo+ae);for(bi(Oe,Nl),Fn(),Ee.profile&&(A.stats.size=Lo(A.internalformat,A.type,K.width,K.height,Oe.genMipmaps,!0)),K.format=$e[A.internalformat],K.type=Et[A.type],K.mag=Ue[Oe.magFilter],K.min=St[Oe.minFilter],K.wrapS=_t[Oe.wrapS],K.wrapT=_t[Oe.wrapT],ae=0;ae<6;++ae)Si(V[ae]);return K}function ee(H,q,I,k,F){w(!!q,"must specify image data"),w(typeof H=="number"&&H===(H|0)&&H>=0&&H<6,"invalid face");var te=I|0,ae=k|0,Oe=F|0,st=vt();return we(st,A),st.width=0,st.height=0,dt(st,q),st.width=st.width||(A.width>>Oe)-te,st.height=st.height||(A.height>>Oe)-ae,w(A.type===st.type&&A.format===st.format&&A.internalformat===st.internalformat,"incompatible format for texture.subimage"),w(te>=0&&ae>=0&&te+st.width<=A.width&&ae+st.height<=A.height,"texture.subimage write out of bounds"),w(A.mipmask&1<<Oe,"missing mipmap data"),w(st.data||st.element||st.needsCopy,"missing image data"),Fi(A),hn(st,bo+H,te,ae,Oe),Fn(),bt(st),K}function W(H){var q=H|0;if(q!==A.width){K.width=A.width=q,K.height=A.height=q,Fi(A);for(var I=0;I<6;++I)for(var k=0;A.mipmask>>k;++k)p.texImage2D(bo+I,k,A.format,q>>k,q>>k,0,A.format,A.type,null);return Fn(),Ee.profile&&(A.stats.size=Lo(A.internalformat,A.type,K.width,K.height,!1,!0)),K}}return K(B,me,le,Ct,Sn,L),K.subimage=ee,K.resize=W,K._reglType="textureCube",K._texture=A,Ee.profile&&(K.stats=A.stats),K.destroy=function(){A.decRef()},K}function di(){for(var B=0;B<Oi;++B)p.activeTexture(Xa+B),p.bindTexture(yr,null),fi[B]=null;vn(Ci).forEach(Jt),he.cubeCount=0,he.textureCount=0}Ee.profile&&(he.getTotalTextureSize=function(){var B=0;return Object.keys(Ci).forEach(function(me){B+=Ci[me].stats.size}),B});function as(){for(var B=0;B<Oi;++B){var me=fi[B];me&&(me.bindCount=0,me.unit=-1,fi[B]=null)}vn(Ci).forEach(function(le){le.texture=p.createTexture(),p.bindTexture(le.target,le.texture);for(var Ct=0;Ct<32;++Ct)if((le.mipmask&1<<Ct)!==0)if(le.target===yr)p.texImage2D(yr,Ct,le.internalformat,le.width>>Ct,le.height>>Ct,0,le.internalformat,le.type,null);else for(var Sn=0;Sn<6;++Sn)p.texImage2D(bo+Sn,Ct,le.internalformat,le.width>>Ct,le.height>>Ct,0,le.internalformat,le.type,null);bi(le.texInfo,le.target)})}function no(){for(var B=0;B<Oi;++B){var me=fi[B];me&&(me.bindCount=0,me.unit=-1,fi[B]=null),p.activeTexture(Xa+B),p.bindTexture(yr,null),p.bindTexture(Nl,null)}}return{create2D:En,createCube:In,clear:di,getTexture:function(B){return null},restore:as,refresh:no}}var rs=36161,$a=32854,Jl=32855,pp=36194,Yu=33189,$u=36168,qu=34041,Zu=35907,ju=34836,Ku=34842,Do=34843,cr=[];cr[$a]=2,cr[Jl]=2,cr[pp]=2,cr[Yu]=2,cr[$u]=1,cr[qu]=4,cr[Zu]=4,cr[ju]=16,cr[Ku]=8,cr[Do]=6;function Ql(p,R,z){return cr[p]*R*z}var qa=function(p,R,z,fe,Ce){var he={rgba4:$a,rgb565:pp,"rgb5 a1":Jl,depth:Yu,stencil:$u,"depth stencil":qu};R.ext_srgb&&(he.srgba=Zu),R.ext_color_buffer_half_float&&(he.rgba16f=Ku,he.rgb16f=Do),R.webgl_color_buffer_float&&(he.rgba32f=ju);var Ee=[];Object.keys(he).forEach(function(Ve){var qe=he[Ve];Ee[qe]=Ve});var Ge=0,ke={};function je(Ve){this.id=Ge++,this.refCount=1,this.renderbuffer=Ve,this.format=$a,this.width=0,this.height=0,Ce.profile&&(this.stats={size:0})}je.prototype.decRef=function(){--this.refCount<=0&&Je(this)};function Je(Ve){var qe=Ve.renderbuffer;w(qe,"must not double destroy renderbuffer"),p.bindRenderbuffer(rs,null),p.deleteRenderbuffer(qe),Ve.renderbuffer=null,Ve.refCount=0,delete ke[Ve.id],fe.renderbufferCount--}function Ke(Ve,qe){var Q=new je(p.createRenderbuffer());ke[Q.id]=Q,fe.renderbufferCount++;function ve(Et,Ue){var St=0,_t=0,jt=$a;if(typeof Et=="object"&&Et){var Pe=Et;if("shape"in Pe){var we=Pe.shape;w(Array.isArray(we)&&we.length>=2,"invalid renderbuffer shape"),St=we[0]|0,_t=we[1]|0}else"radius"in Pe&&(St=_t=Pe.radius|0),"width"in Pe&&(St=Pe.width|0),"height"in Pe&&(_t=Pe.height|0);"format"in Pe&&(w.parameter(Pe.format,he,"invalid renderbuffer format"),jt=he[Pe.format])}else typeof Et=="number"?(St=Et|0,typeof Ue=="number"?_t=Ue|0:_t=St):Et?w.raise("invalid arguments to renderbuffer constructor"):St=_t=1;if(w(St>0&&_t>0&&St<=z.maxRenderbufferSize&&_t<=z.maxRenderbufferSize,"invalid renderbuffer size"),!(St===Q.width&&_t===Q.height&&jt===Q.format))return ve.width=Q.width=St,ve.height=Q.height=_t,Q.format=jt,p.bindRenderbuffer(rs,Q.renderbuffer),p.renderbufferStorage(rs,jt,St,_t),w(p.getError()===0,"invalid render buffer format"),Ce.profile&&(Q.stats.size=Ql(Q.format,Q.width,Q.height)),ve.format=Ee[Q.format],ve}function $e(Et,Ue){var St=Et|0,_t=Ue|0||St;return St===Q.width&&_t===Q.height||(w(St>0&&_t>0&&St<=z.maxRenderbufferSize&&_t<=z.maxRenderbufferSize,"invalid renderbuffer size"),ve.width=Q.width=St,ve.height=Q.height=_t,p.bindRenderbuffer(rs,Q.renderbuffer),p.renderbufferStorage(rs,Q.format,St,_t),w(p.getError()===0,"invalid render buffer format"),Ce.profile&&(Q.stats.size=Ql(Q.format,Q.width,Q.height))),ve}return ve(Ve,qe),ve.resize=$e,ve._reglType="renderbuffer",ve._renderbuffer=Q,Ce.profile&&(ve.stats=Q.stats),ve.destroy=function(){Q.decRef()},ve}Ce.profile&&(fe.getTotalRenderbufferSize=function(){var Ve=0;return Object.keys(ke).forEach(function(qe){Ve+=ke[qe].stats.size}),Ve});function ot(){vn(ke).forEach(function(Ve){Ve.renderbuffer=p.createRenderbuffer(),p.bindRenderbuffer(rs,Ve.renderbuffer),p.renderbufferStorage(rs,Ve.format,Ve.width,Ve.height)}),p.bindRenderbuffer(rs,null)}return{create:Ke,clear:function(){vn(ke).forEach(Je)},restore:ot}},zr=36160,No=36161,ws=3553,Za=34069,Ju=36064,Qu=36096,Oo=36128,ec=33306,tc=36053,mp=36054,gp=36055,_p=36057,vp=36061,xp=36193,eh=5121,yp=5126,th=6407,nh=6408,Sp=6402,bp=[th,nh],nc=[];nc[nh]=4,nc[th]=3;var Fo=[];Fo[eh]=1,Fo[yp]=4,Fo[xp]=2;var Mp=32854,Ep=32855,Ap=36194,Tp=33189,wp=36168,ih=34041,Cp=35907,Rp=34836,Ip=34842,Pp=34843,Lp=[Mp,Ep,Ap,Cp,Ip,Pp,Rp],sa={};sa[tc]="complete",sa[mp]="incomplete attachment",sa[_p]="incomplete dimensions",sa[gp]="incomplete, missing attachment",sa[vp]="unsupported";function Dp(p,R,z,fe,Ce,he){var Ee={cur:null,next:null,dirty:!1,setFBO:null},Ge=["rgba"],ke=["rgba4","rgb565","rgb5 a1"];R.ext_srgb&&ke.push("srgba"),R.ext_color_buffer_half_float&&ke.push("rgba16f","rgb16f"),R.webgl_color_buffer_float&&ke.push("rgba32f");var je=["uint8"];R.oes_texture_half_float&&je.push("half float","float16"),R.oes_texture_float&&je.push("float","float32");function Je(Xe,dt,mt){this.target=Xe,this.texture=dt,this.renderbuffer=mt;var hn=0,an=0;dt?(hn=dt.width,an=dt.height):mt&&(hn=mt.width,an=mt.height),this.width=hn,this.height=an}function Ke(Xe){Xe&&(Xe.texture&&Xe.texture._texture.decRef(),Xe.renderbuffer&&Xe.renderbuffer._renderbuffer.decRef())}function ot(Xe,dt,mt){if(Xe)if(Xe.texture){var hn=Xe.texture._texture,an=Math.max(1,hn.width),vt=Math.max(1,hn.height);w(an===dt&&vt===mt,"inconsistent width/height for supplied texture"),hn.refCount+=1}else{var bt=Xe.renderbuffer._renderbuffer;w(bt.width===dt&&bt.height===mt,"inconsistent width/height for renderbuffer"),bt.refCount+=1}}function Ve(Xe,dt){dt&&(dt.texture?p.framebufferTexture2D(zr,Xe,dt.target,dt.texture._texture.texture,0):p.framebufferRenderbuffer(zr,Xe,No,dt.renderbuffer._renderbuffer.renderbuffer))}function qe(Xe){var dt=ws,mt=null,hn=null,an=Xe;typeof Xe=="object"&&(an=Xe.data,"target"in Xe&&(dt=Xe.target|0)),w.type(an,"function","invalid attachment data");var vt=an._reglType;return vt==="texture2d"?(mt=an,w(dt===ws)):vt==="textureCube"?(mt=an,w(dt>=Za&&dt<Za+6,"invalid cube map target")):vt==="renderbuffer"?(hn=an,dt=No):w.raise("invalid regl object for attachment"),new Je(dt,mt,hn)}function Q(Xe,dt,mt,hn,an){if(mt){var vt=fe.create2D({width:Xe,height:dt,format:hn,type:an});return vt._texture.refCount=0,new Je(ws,vt,null)}else{var bt=Ce.create({width:Xe,height:dt,format:hn});return bt._renderbuffer.refCount=0,new Je(No,null,bt)}}function ve(Xe){return Xe&&(Xe.texture||Xe.renderbuffer)}function $e(Xe,dt,mt){Xe&&(Xe.texture?Xe.texture.resize(dt,mt):Xe.renderbuffer&&Xe.renderbuffer.resize(dt,mt),Xe.width=dt,Xe.height=mt)}var Et=0,Ue={};function St(){this.id=Et++,Ue[this.id]=this,this.framebuffer=p.createFramebuffer(),this.width=0,this.height=0,this.colorAttachments=[],this.depthAttachment=null,this.stencilAttachment=null,this.depthStencilAttachment=null}function _t(Xe){Xe.colorAttachments.forEach(Ke),Ke(Xe.depthAttachment),Ke(Xe.stencilAttachment),Ke(Xe.depthStencilAttachment)}function jt(Xe){var dt=Xe.framebuffer;w(dt,"must not double destroy framebuffer"),p.deleteFramebuffer(dt),Xe.framebuffer=null,he.framebufferCount--,delete Ue[Xe.id]}function Pe(Xe){var dt;p.bindFramebuffer(zr,Xe.framebuffer);var mt=Xe.colorAttachments;for(dt=0;dt<mt.length;++dt)Ve(Ju+dt,mt[dt]);for(dt=mt.length;dt<z.maxColorAttachments;++dt)p.framebufferTexture2D(zr,Ju+dt,ws,null,0);p.framebufferTexture2D(zr,ec,ws,null,0),p.framebufferTexture2D(zr,Qu,ws,null,0),p.framebufferTexture2D(zr,Oo,ws,null,0),Ve(Qu,Xe.depthAttachment),Ve(Oo,Xe.stencilAttachment),Ve(ec,Xe.depthStencilAttachment);var hn=p.checkFramebufferStatus(zr);!p.isContextLost()&&hn!==tc&&w.raise("framebuffer configuration not supported, status = "+sa[hn]),p.bindFramebuffer(zr,Ee.next?Ee.next.framebuffer:null),Ee.cur=Ee.next,p.getError()}function we(Xe,dt){var mt=new St;he.framebufferCount++;function hn(vt,bt){var en;w(Ee.next!==mt,"can not update framebuffer which is currently in use");var cn=0,Mn=0,ii=!0,si=!0,wn=null,Si=!0,Kn="rgba",vi="uint8",bi=1,Mi=null,Ci=null,Oi=null,fi=!1;if(typeof vt=="number")cn=vt|0,Mn=bt|0||cn;else if(!vt)cn=Mn=1;else{w.type(vt,"object","invalid arguments for framebuffer");var mn=vt;if("shape"in mn){var Fi=mn.shape;w(Array.isArray(Fi)&&Fi.length>=2,"invalid shape for framebuffer"),cn=Fi[0],Mn=Fi[1]}else"radius"in mn&&(cn=Mn=mn.radius),"width"in mn&&(cn=mn.width),"height"in mn&&(Mn=mn.height);("color"in mn||"colors"in mn)&&(wn=mn.color||mn.colors,Array.isArray(wn)&&w(wn.length===1||R.webgl_draw_buffers,"multiple render targets not supported")),wn||("colorCount"in mn&&(bi=mn.colorCount|0,w(bi>0,"invalid color buffer count")),"colorTexture"in mn&&(Si=!!mn.colorTexture,Kn="rgba4"),"colorType"in mn&&(vi=mn.colorType,Si?(w(R.oes_texture_float||!(vi==="float"||vi==="float32"),"you must enable OES_texture_float in order to use floating point framebuffer objects"),w(R.oes_texture_half_float||!(vi==="half float"||vi==="float16"),"you must enable OES_texture_half_float in order to use 16-bit floating point framebuffer objects")):vi==="half float"||vi==="float16"?(w(R.ext_color_buffer_half_float,"you must enable EXT_color_buffer_half_float to use 16-bit render buffers"),Kn="rgba16f"):(vi==="float"||vi==="float32")&&(w(R.webgl_color_buffer_float,"you must enable WEBGL_color_buffer_float in order to use 32-bit floating point renderbuffers"),Kn="rgba32f"),w.oneOf(vi,je,"invalid color type")),"colorFormat"in mn&&(Kn=mn.colorFormat,Ge.indexOf(Kn)>=0?Si=!0:ke.indexOf(Kn)>=0?Si=!1:w.optional(function(){Si?w.oneOf(mn.colorFormat,Ge,"invalid color format for texture"):w.oneOf(mn.colorFormat,ke,"invalid color format for renderbuffer")}))),("depthTexture"in mn||"depthStencilTexture"in mn)&&(fi=!!(mn.depthTexture||mn.depthStencilTexture),w(!fi||R.webgl_depth_texture,"webgl_depth_texture extension not supported")),"depth"in mn&&(typeof mn.depth=="boolean"?ii=mn.depth:(Mi=mn.depth,si=!1)),"stencil"in mn&&(typeof mn.stencil=="boolean"?si=mn.stencil:(Ci=mn.stencil,ii=!1)),"depthStencil"in mn&&(typeof mn.depthStencil=="boolean"?ii=si=mn.depthStencil:(Oi=mn.depthStencil,ii=!1,si=!1))}var Fn=null,Jt=null,En=null,In=null;if(Array.isArray(wn))Fn=wn.map(qe);else if(wn)Fn=[qe(wn)];else for(Fn=new Array(bi),en=0;en<bi;++en)Fn[en]=Q(cn,Mn,Si,Kn,vi);w(R.webgl_draw_buffers||Fn.length<=1,"you must enable the WEBGL_draw_buffers extension in order to use multiple color buffers."),w(Fn.length<=z.maxColorAttachments,"too many color attachments, not supported"),cn=cn||Fn[0].width,Mn=Mn||Fn[0].height,Mi?Jt=qe(Mi):ii&&!si&&(Jt=Q(cn,Mn,fi,"depth","uint32")),Ci?En=qe(Ci):si&&!ii&&(En=Q(cn,Mn,!1,"stencil","uint8")),Oi?In=qe(Oi):!Mi&&!Ci&&si&&ii&&(In=Q(cn,Mn,fi,"depth stencil","depth stencil")),w(!!Mi+!!Ci+!!Oi<=1,"invalid framebuffer configuration, can specify exactly one depth/stencil attachment");var di=null;for(en=0;en<Fn.length;++en)if(ot(Fn[en],cn,Mn),w(!Fn[en]||Fn[en].texture&&bp.indexOf(Fn[en].texture._texture.format)>=0||Fn[en].renderbuffer&&Lp.indexOf(Fn[en].renderbuffer._renderbuffer.format)>=0,"framebuffer color attachment "+en+" is invalid"),Fn[en]&&Fn[en].texture){var as=nc[Fn[en].texture._texture.format]*Fo[Fn[en].texture._texture.type];di===null?di=as:w(di===as,"all color attachments much have the same number of bits per pixel.")}return ot(Jt,cn,Mn),w(!Jt||Jt.texture&&Jt.texture._texture.format===Sp||Jt.renderbuffer&&Jt.renderbuffer._renderbuffer.format===Tp,"invalid depth attachment for framebuffer object"),ot(En,cn,Mn),w(!En||En.renderbuffer&&En.renderbuffer._renderbuffer.format===wp,"invalid stencil attachment for framebuffer object"),ot(In,cn,Mn),w(!In||In.texture&&In.texture._texture.format===ih||In.renderbuffer&&In.renderbuffer._renderbuffer.format===ih,"invalid depth-stencil attachment for framebuffer object"),_t(mt),mt.width=cn,mt.height=Mn,mt.colorAttachments=Fn,mt.depthAttachment=Jt,mt.stencilAttachment=En,mt.depthStencilAttachment=In,hn.color=Fn.map(ve),hn.depth=ve(Jt),hn.stencil=ve(En),hn.depthStencil=ve(In),hn.width=mt.width,hn.height=mt.height,Pe(mt),hn}function an(vt,bt){w(Ee.next!==mt,"can not resize a framebuffer which is currently in use");var en=Math.max(vt|0,1),cn=Math.max(bt|0||en,1);if(en===mt.width&&cn===mt.height)return hn;for(var Mn=mt.colorAttachments,ii=0;ii<Mn.length;++ii)$e(Mn[ii],en,cn);return $e(mt.depthAttachment,en,cn),$e(mt.stencilAttachment,en,cn),$e(mt.depthStencilAttachment,en,cn),mt.width=hn.width=en,mt.height=hn.height=cn,Pe(mt),hn}return hn(Xe,dt),e(hn,{resize:an,_reglType:"framebuffer",_framebuffer:mt,destroy:function(){jt(mt),_t(mt)},use:function(vt){Ee.setFBO({framebuffer:hn},vt)}})}function It(Xe){var dt=Array(6);function mt(an){var vt;w(dt.indexOf(Ee.next)<0,"can not update framebuffer which is currently in use");var bt={color:null},en=0,cn=null,Mn="rgba",ii="uint8",si=1;if(typeof an=="number")en=an|0;else if(!an)en=1;else{w.type(an,"object","invalid arguments for framebuffer");var wn=an;if("shape"in wn){var Si=wn.shape;w(Array.isArray(Si)&&Si.length>=2,"invalid shape for framebuffer"),w(Si[0]===Si[1],"cube framebuffer must be square"),en=Si[0]}else"radius"in wn&&(en=wn.radius|0),"width"in wn?(en=wn.width|0,"height"in wn&&w(wn.height===en,"must be square")):"height"in wn&&(en=wn.height|0);("color"in wn||"colors"in wn)&&(cn=wn.color||wn.colors,Array.isArray(cn)&&w(cn.length===1||R.webgl_draw_buffers,"multiple render targets not supported")),cn||("colorCount"in wn&&(si=wn.colorCount|0,w(si>0,"invalid color buffer count")),"colorType"in wn&&(w.oneOf(wn.colorType,je,"invalid color type"),ii=wn.colorType),"colorFormat"in wn&&(Mn=wn.colorFormat,w.oneOf(wn.colorFormat,Ge,"invalid color format for texture"))),"depth"in wn&&(bt.depth=wn.depth),"stencil"in wn&&(bt.stencil=wn.stencil),"depthStencil"in wn&&(bt.depthStencil=wn.depthStencil)}var Kn;if(cn)if(Array.isArray(cn))for(Kn=[],vt=0;vt<cn.length;++vt)Kn[vt]=cn[vt];else Kn=[cn];else{Kn=Array(si);var vi={radius:en,format:Mn,type:ii};for(vt=0;vt<si;++vt)Kn[vt]=fe.createCube(vi)}for(bt.color=Array(Kn.length),vt=0;vt<Kn.length;++vt){var bi=Kn[vt];w(typeof bi=="function"&&bi._reglType==="textureCube","invalid cube map"),en=en||bi.width,w(bi.width===en&&bi.height===en,"invalid cube map shape"),bt.color[vt]={target:Za,data:Kn[vt]}}for(vt=0;vt<6;++vt){for(var Mi=0;Mi<Kn.length;++Mi)bt.color[Mi].target=Za+vt;vt>0&&(bt.depth=dt[0].depth,bt.stencil=dt[0].stencil,bt.depthStencil=dt[0].depthStencil),dt[vt]?dt[vt](bt):dt[vt]=we(bt)}return e(mt,{width:en,height:en,color:Kn})}function hn(an){var vt,bt=an|0;if(w(bt>0&&bt<=z.maxCubeMapSize,"invalid radius for cube fbo"),bt===mt.width)return mt;var en=mt.color;for(vt=0;vt<en.length;++vt)en[vt].resize(bt);for(vt=0;vt<6;++vt)dt[vt].resize(bt);return mt.width=mt.height=bt,mt}return mt(Xe),e(mt,{faces:dt,resize:hn,_reglType:"framebufferCube",destroy:function(){dt.forEach(function(an){an.destroy()})}})}function lt(){Ee.cur=null,Ee.next=null,Ee.dirty=!0,vn(Ue).forEach(function(Xe){Xe.framebuffer=p.createFramebuffer(),Pe(Xe)})}return e(Ee,{getFramebuffer:function(Xe){if(typeof Xe=="function"&&Xe._reglType==="framebuffer"){var dt=Xe._framebuffer;if(dt instanceof St)return dt}return null},create:we,createCube:It,clear:function(){vn(Ue).forEach(jt)},restore:lt})}var Np=5126,rh=34962,Uo=34963,sh=["attributes","elements","offset","count","primitive","instances"];function ic(){this.state=0,this.x=0,this.y=0,this.z=0,this.w=0,this.buffer=null,this.size=0,this.normalized=!1,this.type=Np,this.offset=0,this.stride=0,this.divisor=0}function Op(p,R,z,fe,Ce,he,Ee){for(var Ge=z.maxAttributes,ke=new Array(Ge),je=0;je<Ge;++je)ke[je]=new ic;var Je=0,Ke={},ot={Record:ic,scope:{},state:ke,currentVAO:null,targetVAO:null,restore:qe()?_t:function(){},createVAO:jt,getVAO:ve,destroyBuffer:Ve,setVAO:qe()?$e:Et,clear:qe()?Ue:function(){}};function Ve(Pe){for(var we=0;we<ke.length;++we){var It=ke[we];It.buffer===Pe&&(p.disableVertexAttribArray(we),It.buffer=null)}}function qe(){return R.oes_vertex_array_object}function Q(){return R.angle_instanced_arrays}function ve(Pe){return typeof Pe=="function"&&Pe._vao?Pe._vao:null}function $e(Pe){if(Pe!==ot.currentVAO){var we=qe();Pe?we.bindVertexArrayOES(Pe.vao):we.bindVertexArrayOES(null),ot.currentVAO=Pe}}function Et(Pe){if(Pe!==ot.currentVAO){if(Pe)Pe.bindAttrs();else{for(var we=Q(),It=0;It<ke.length;++It){var lt=ke[It];lt.buffer?(p.enableVertexAttribArray(It),lt.buffer.bind(),p.vertexAttribPointer(It,lt.size,lt.type,lt.normalized,lt.stride,lt.offfset),we&&lt.divisor&&we.vertexAttribDivisorANGLE(It,lt.divisor)):(p.disableVertexAttribArray(It),p.vertexAttrib4f(It,lt.x,lt.y,lt.z,lt.w))}Ee.elements?p.bindBuffer(Uo,Ee.elements.buffer.buffer):p.bindBuffer(Uo,null)}ot.currentVAO=Pe}}function Ue(){vn(Ke).forEach(function(Pe){Pe.destroy()})}function St(){this.id=++Je,this.attributes=[],this.elements=null,this.ownsElements=!1,this.count=0,this.offset=0,this.instances=-1,this.primitive=4;var Pe=qe();Pe?this.vao=Pe.createVertexArrayOES():this.vao=null,Ke[this.id]=this,this.buffers=[]}St.prototype.bindAttrs=function(){for(var Pe=Q(),we=this.attributes,It=0;It<we.length;++It){var lt=we[It];lt.buffer?(p.enableVertexAttribArray(It),p.bindBuffer(rh,lt.buffer.buffer),p.vertexAttribPointer(It,lt.size,lt.type,lt.normalized,lt.stride,lt.offset),Pe&&lt.divisor&&Pe.vertexAttribDivisorANGLE(It,lt.divisor)):(p.disableVertexAttribArray(It),p.vertexAttrib4f(It,lt.x,lt.y,lt.z,lt.w))}for(var Xe=we.length;Xe<Ge;++Xe)p.disableVertexAttribArray(Xe);var dt=he.getElements(this.elements);dt?p.bindBuffer(Uo,dt.buffer.buffer):p.bindBuffer(Uo,null)},St.prototype.refresh=function(){var Pe=qe();Pe&&(Pe.bindVertexArrayOES(this.vao),this.bindAttrs(),ot.currentVAO=null,Pe.bindVertexArrayOES(null))},St.prototype.destroy=function(){if(this.vao){var Pe=qe();this===ot.currentVAO&&(ot.currentVAO=null,Pe.bindVertexArrayOES(null)),Pe.deleteVertexArrayOES(this.vao),this.vao=null}this.ownsElements&&(this.elements.destroy(),this.elements=null,this.ownsElements=!1),Ke[this.id]&&(delete Ke[this.id],fe.vaoCount-=1)};function _t(){var Pe=qe();Pe&&vn(Ke).forEach(function(we){we.refresh()})}function jt(Pe){var we=new St;fe.vaoCount+=1;function It(lt){var Xe;if(Array.isArray(lt))Xe=lt,we.elements&&we.ownsElements&&we.elements.destroy(),we.elements=null,we.ownsElements=!1,we.offset=0,we.count=0,we.instances=-1,we.primitive=4;else{if(w(typeof lt=="object","invalid arguments for create vao"),w("attributes"in lt,"must specify attributes for vao"),lt.elements){var dt=lt.elements;we.ownsElements?typeof dt=="function"&&dt._reglType==="elements"?(we.elements.destroy(),we.ownsElements=!1):(we.elements(dt),we.ownsElements=!1):he.getElements(lt.elements)?(we.elements=lt.elements,we.ownsElements=!1):(we.elements=he.create(lt.elements),we.ownsElements=!0)}else we.elements=null,we.ownsElements=!1;Xe=lt.attributes,we.offset=0,we.count=-1,we.instances=-1,we.primitive=4,we.elements&&(we.count=we.elements._elements.vertCount,we.primitive=we.elements._elements.primType),"offset"in lt&&(we.offset=lt.offset|0),"count"in lt&&(we.count=lt.count|0),"instances"in lt&&(we.instances=lt.instances|0),"primitive"in lt&&(w(lt.primitive in tr,"bad primitive type: "+lt.primitive),we.primitive=tr[lt.primitive]),w.optional(()=>{for(var ii=Object.keys(lt),si=0;si<ii.length;++si)w(sh.indexOf(ii[si])>=0,'invalid option for vao: "'+ii[si]+'" valid options are '+sh)}),w(Array.isArray(Xe),"attributes must be an array")}w(Xe.length<Ge,"too many attributes"),w(Xe.length>0,"must specify at least one attribute");var mt={},hn=we.attributes;hn.length=Xe.length;for(var an=0;an<Xe.length;++an){var vt=Xe[an],bt=hn[an]=new ic,en=vt.data||vt;if(Array.isArray(en)||n(en)||Vn(en)){var cn;we.buffers[an]&&(cn=we.buffers[an],n(en)&&cn._buffer.byteLength>=en.byteLength?cn.subdata(en):(cn.destroy(),we.buffers[an]=null)),we.buffers[an]||(cn=we.buffers[an]=Ce.create(vt,rh,!1,!0)),bt.buffer=Ce.getBuffer(cn),bt.size=bt.buffer.dimension|0,bt.normalized=!1,bt.type=bt.buffer.dtype,bt.offset=0,bt.stride=0,bt.divisor=0,bt.state=1,mt[an]=1}else Ce.getBuffer(vt)?(bt.buffer=Ce.getBuffer(vt),bt.size=bt.buffer.dimension|0,bt.normalized=!1,bt.type=bt.buffer.dtype,bt.offset=0,bt.stride=0,bt.divisor=0,bt.state=1):Ce.getBuffer(vt.buffer)?(bt.buffer=Ce.getBuffer(vt.buffer),bt.size=(+vt.size||bt.buffer.dimension)|0,bt.normalized=!!vt.normalized||!1,"type"in vt?(w.parameter(vt.type,lr,"invalid buffer type"),bt.type=lr[vt.type]):bt.type=bt.buffer.dtype,bt.offset=(vt.offset||0)|0,bt.stride=(vt.stride||0)|0,bt.divisor=(vt.divisor||0)|0,bt.state=1,w(bt.size>=1&&bt.size<=4,"size must be between 1 and 4"),w(bt.offset>=0,"invalid offset"),w(bt.stride>=0&&bt.stride<=255,"stride must be between 0 and 255"),w(bt.divisor>=0,"divisor must be positive"),w(!bt.divisor||!!R.angle_instanced_arrays,"ANGLE_instanced_arrays must be enabled to use divisor")):"x"in vt?(w(an>0,"first attribute must not be a constant"),bt.x=+vt.x||0,bt.y=+vt.y||0,bt.z=+vt.z||0,bt.w=+vt.w||0,bt.state=2):w(!1,"invalid attribute spec for location "+an)}for(var Mn=0;Mn<we.buffers.length;++Mn)!mt[Mn]&&we.buffers[Mn]&&(we.buffers[Mn].destroy(),we.buffers[Mn]=null);return we.refresh(),It}return It.destroy=function(){for(var lt=0;lt<we.buffers.length;++lt)we.buffers[lt]&&we.buffers[lt].destroy();we.buffers.length=0,we.ownsElements&&(we.elements.destroy(),we.elements=null,we.ownsElements=!1),we.destroy()},It._vao=we,It._reglType="vao",It(Pe)}return ot}var Bo=35632,Fp=35633,Up=35718,Bp=35721;function zp(p,R,z,fe){var Ce={},he={};function Ee(Q,ve,$e,Et){this.name=Q,this.id=ve,this.location=$e,this.info=Et}function Ge(Q,ve){for(var $e=0;$e<Q.length;++$e)if(Q[$e].id===ve.id){Q[$e].location=ve.location;return}Q.push(ve)}function ke(Q,ve,$e){var Et=Q===Bo?Ce:he,Ue=Et[ve];if(!Ue){var St=R.str(ve);Ue=p.createShader(Q),p.shaderSource(Ue,St),p.compileShader(Ue),w.shaderError(p,Ue,St,Q,$e),Et[ve]=Ue}return Ue}var je={},Je=[],Ke=0;function ot(Q,ve){this.id=Ke++,this.fragId=Q,this.vertId=ve,this.program=null,this.uniforms=[],this.attributes=[],this.refCount=1,fe.profile&&(this.stats={uniformsCount:0,attributesCount:0})}function Ve(Q,ve,$e){var Et,Ue,St=ke(Bo,Q.fragId),_t=ke(Fp,Q.vertId),jt=Q.program=p.createProgram();if(p.attachShader(jt,St),p.attachShader(jt,_t),$e)for(Et=0;Et<$e.length;++Et){var Pe=$e[Et];p.bindAttribLocation(jt,Pe[0],Pe[1])}p.linkProgram(jt),w.linkError(p,jt,R.str(Q.fragId),R.str(Q.vertId),ve);var we=p.getProgramParameter(jt,Up);fe.profile&&(Q.stats.uniformsCount=we);var It=Q.uniforms;for(Et=0;Et<we;++Et)if(Ue=p.getActiveUniform(jt,Et),Ue)if(Ue.size>1)for(var lt=0;lt<Ue.size;++lt){var Xe=Ue.name.replace("[0]","["+lt+"]");Ge(It,new Ee(Xe,R.id(Xe),p.getUniformLocation(jt,Xe),Ue))}else Ge(It,new Ee(Ue.name,R.id(Ue.name),p.getUniformLocation(jt,Ue.name),Ue));var dt=p.getProgramParameter(jt,Bp);fe.profile&&(Q.stats.attributesCount=dt);var mt=Q.attributes;for(Et=0;Et<dt;++Et)Ue=p.getActiveAttrib(jt,Et),Ue&&Ge(mt,new Ee(Ue.name,R.id(Ue.name),p.getAttribLocation(jt,Ue.name),Ue))}fe.profile&&(z.getMaxUniformsCount=function(){var Q=0;return Je.forEach(function(ve){ve.stats.uniformsCount>Q&&(Q=ve.stats.uniformsCount)}),Q},z.getMaxAttributesCount=function(){var Q=0;return Je.forEach(function(ve){ve.stats.attributesCount>Q&&(Q=ve.stats.attributesCount)}),Q});function qe(){Ce={},he={};for(var Q=0;Q<Je.length;++Q)Ve(Je[Q],null,Je[Q].attributes.map(function(ve){return[ve.location,ve.name]}))}return{clear:function(){var Q=p.deleteShader.bind(p);vn(Ce).forEach(Q),Ce={},vn(he).forEach(Q),he={},Je.forEach(function(ve){p.deleteProgram(ve.program)}),Je.length=0,je={},z.shaderCount=0},program:function(Q,ve,$e,Et){w.command(Q>=0,"missing vertex shader",$e),w.command(ve>=0,"missing fragment shader",$e);var Ue=je[ve];Ue||(Ue=je[ve]={});var St=Ue[Q];if(St&&(St.refCount++,!Et))return St;var _t=new ot(ve,Q);return z.shaderCount++,Ve(_t,$e,Et),St||(Ue[Q]=_t),Je.push(_t),e(_t,{destroy:function(){if(_t.refCount--,_t.refCount<=0){p.deleteProgram(_t.program);var jt=Je.indexOf(_t);Je.splice(jt,1),z.shaderCount--}Ue[_t.vertId].refCount<=0&&(p.deleteShader(he[_t.vertId]),delete he[_t.vertId],delete je[_t.fragId][_t.vertId]),Object.keys(je[_t.fragId]).length||(p.deleteShader(Ce[_t.fragId]),delete Ce[_t.fragId],delete je[_t.fragId])}})},restore:qe,shader:ke,frag:-1,vert:-1}}var kp=6408,ja=5121,Gp=3333,zo=5126;function Vp(p,R,z,fe,Ce,he,Ee){function Ge(Je){var Ke;R.next===null?(w(Ce.preserveDrawingBuffer,'you must create a webgl context with "preserveDrawingBuffer":true in order to read pixels from the drawing buffer'),Ke=ja):(w(R.next.colorAttachments[0].texture!==null,"You cannot read from a renderbuffer"),Ke=R.next.colorAttachments[0].texture._texture.type,w.optional(function(){he.oes_texture_float?(w(Ke===ja||Ke===zo,"Reading from a framebuffer is only allowed for the types 'uint8' and 'float'"),Ke===zo&&w(Ee.readFloat,"Reading 'float' values is not permitted in your browser. For a fallback, please see: https://www.npmjs.com/package/glsl-read-float")):w(Ke===ja,"Reading from a framebuffer is only allowed for the type 'uint8'")}));var ot=0,Ve=0,qe=fe.framebufferWidth,Q=fe.framebufferHeight,ve=null;n(Je)?ve=Je:Je&&(w.type(Je,"object","invalid arguments to regl.read()"),ot=Je.x|0,Ve=Je.y|0,w(ot>=0&&ot<fe.framebufferWidth,"invalid x offset for regl.read"),w(Ve>=0&&Ve<fe.framebufferHeight,"invalid y offset for regl.read"),qe=(Je.width||fe.framebufferWidth-ot)|0,Q=(Je.height||fe.framebufferHeight-Ve)|0,ve=Je.data||null),ve&&(Ke===ja?w(ve instanceof Uint8Array,"buffer must be 'Uint8Array' when reading from a framebuffer of type 'uint8'"):Ke===zo&&w(ve instanceof Float32Array,"buffer must be 'Float32Array' when reading from a framebuffer of type 'float'")),w(qe>0&&qe+ot<=fe.framebufferWidth,"invalid width for read pixels"),w(Q>0&&Q+Ve<=fe.framebufferHeight,"invalid height for read pixels"),z();var $e=qe*Q*4;return ve||(Ke===ja?ve=new Uint8Array($e):Ke===zo&&(ve=ve||new Float32Array($e))),w.isTypedArray(ve,"data buffer for regl.read() must be a typedarray"),w(ve.byteLength>=$e,"data buffer for regl.read() too small"),p.pixelStorei(Gp,4),p.readPixels(ot,Ve,qe,Q,kp,Ke,ve),ve}function ke(Je){var Ke;return R.setFBO({framebuffer:Je.framebuffer},function(){Ke=Ge(Je)}),Ke}function je(Je){return!Je||!("framebuffer"in Je)?Ge(Je):ke(Je)}return je}function aa(p){return Array.prototype.slice.call(p)}function oa(p){return aa(p).join("")}function Hp(){var p=0,R=[],z=[];function fe(Ke){for(var ot=0;ot<z.length;++ot)if(z[ot]===Ke)return R[ot];var Ve="g"+p++;return R.push(Ve),z.push(Ke),Ve}function Ce(){var Ke=[];function ot(){Ke.push.apply(Ke,aa(arguments))}var Ve=[];function qe(){var Q="v"+p++;return Ve.push(Q),arguments.length>0&&(Ke.push(Q,"="),Ke.push.apply(Ke,aa(arguments)),Ke.push(";")),Q}return e(ot,{def:qe,toString:function(){return oa([Ve.length>0?"var "+Ve.join(",")+";":"",oa(Ke)])}})}function he(){var Ke=Ce(),ot=Ce(),Ve=Ke.toString,qe=ot.toString;function Q(ve,$e){ot(ve,$e,"=",Ke.def(ve,$e),";")}return e(function(){Ke.apply(Ke,aa(arguments))},{def:Ke.def,entry:Ke,exit:ot,save:Q,set:function(ve,$e,Et){Q(ve,$e),Ke(ve,$e,"=",Et,";")},toString:function(){return Ve()+qe()}})}function Ee(){var Ke=oa(arguments),ot=he(),Ve=he(),qe=ot.toString,Q=Ve.toString;return e(ot,{then:function(){return ot.apply(ot,aa(arguments)),this},else:function(){return Ve.apply(Ve,aa(arguments)),this},toString:function(){var ve=Q();return ve&&(ve="else{"+ve+"}"),oa(["if(",Ke,"){",qe(),"}",ve])}})}var Ge=Ce(),ke={};function je(Ke,ot){var Ve=[];function qe(){var Ue="a"+Ve.length;return Ve.push(Ue),Ue}ot=ot||0;for(var Q=0;Q<ot;++Q)qe();var ve=he(),$e=ve.toString,Et=ke[Ke]=e(ve,{arg:qe,toString:function(){return oa(["function(",Ve.join(),"){",$e(),"}"])}});return Et}function Je(){var Ke=['"use strict";',Ge,"return {"];Object.keys(ke).forEach(function(qe){Ke.push('"',qe,'":',ke[qe].toString(),",")}),Ke.push("}");var ot=oa(Ke).replace(/;/g,`;
`).replace(/}/g,`}
`).replace(/{/g,`{
`),Ve=Function.apply(null,R.concat(ot));return Ve.apply(null,z)}return{global:Ge,link:fe,block:Ce,proc:je,scope:he,cond:Ee,compile:Je}}var la="xyzw".split(""),ah=5121,ca=1,rc=2,sc=0,ac=1,Ka=2,Ja=3,ko=4,oc=5,oh=6,lc="dither",lh="blend.enable",cc="blend.color",Go="blend.equation",Vo="blend.func",uc="depth.enable",hc="depth.func",ch="depth.range",fc="depth.mask",dc="colorMask",ua="cull.enable",uh="cull.face",pc="frontFace",mc="lineWidth",hh="polygonOffset.enable",ha="polygonOffset.offset",fh="sample.alpha",f="sample.enable",P="sample.coverage",J="stencil.enable",Se="stencil.mask",He="stencil.func",Mt="stencil.opFront",wt="stencil.opBack",yt="scissor.enable",rt="scissor.box",fn="viewport",hi="profile",gi="framebuffer",Cs="vert",br="frag",ur="elements",Qa="primitive",eo="count",dh="offset",ph="instances",gc="vao",Wp="Width",Xp="Height",Ho=gi+Wp,Wo=gi+Xp,Px=fn+Wp,Lx=fn+Xp,f0="drawingBuffer",d0=f0+Wp,p0=f0+Xp,Dx=[Vo,Go,He,Mt,wt,P,fn,rt,ha],Xo=34962,Yp=34963,Nx=35632,Ox=35633,m0=3553,Fx=34067,Ux=2884,Bx=3042,zx=3024,kx=2960,Gx=2929,Vx=3089,Hx=32823,Wx=32926,Xx=32928,$p=5126,mh=35664,gh=35665,_h=35666,qp=5124,vh=35667,xh=35668,yh=35669,Zp=35670,Sh=35671,bh=35672,Mh=35673,_c=35674,vc=35675,xc=35676,yc=35678,Sc=35680,jp=4,bc=1028,to=1029,g0=2304,Kp=2305,Yx=32775,$x=32776,qx=519,fa=7680,_0=0,v0=1,x0=32774,Zx=513,y0=36160,jx=36064,ss={0:0,1:1,zero:0,one:1,"src color":768,"one minus src color":769,"src alpha":770,"one minus src alpha":771,"dst color":774,"one minus dst color":775,"dst alpha":772,"one minus dst alpha":773,"constant color":32769,"one minus constant color":32770,"constant alpha":32771,"one minus constant alpha":32772,"src alpha saturate":776},S0=["constant color, constant alpha","one minus constant color, constant alpha","constant color, one minus constant alpha","one minus constant color, one minus constant alpha","constant alpha, constant color","constant alpha, one minus constant color","one minus constant alpha, constant color","one minus constant alpha, one minus constant color"],Yo={never:512,less:513,"<":513,equal:514,"=":514,"==":514,"===":514,lequal:515,"<=":515,greater:516,">":516,notequal:517,"!=":517,"!==":517,gequal:518,">=":518,always:519},da={0:0,zero:0,keep:7680,replace:7681,increment:7682,decrement:7683,"increment wrap":34055,"decrement wrap":34056,invert:5386},b0={frag:Nx,vert:Ox},Jp={cw:g0,ccw:Kp};function Eh(p){return Array.isArray(p)||n(p)||Vn(p)}function M0(p){return p.sort(function(R,z){return R===fn?-1:z===fn?1:R<z?-1:1})}function Ti(p,R,z,fe){this.thisDep=p,this.contextDep=R,this.propDep=z,this.append=fe}function pa(p){return p&&!(p.thisDep||p.contextDep||p.propDep)}function _i(p){return new Ti(!1,!1,!1,p)}function ir(p,R){var z=p.type;if(z===sc){var fe=p.data.length;return new Ti(!0,fe>=1,fe>=2,R)}else if(z===ko){var Ce=p.data;return new Ti(Ce.thisDep,Ce.contextDep,Ce.propDep,R)}else{if(z===oc)return new Ti(!1,!1,!1,R);if(z===oh){for(var he=!1,Ee=!1,Ge=!1,ke=0;ke<p.data.length;++ke){var je=p.data[ke];if(je.type===ac)Ge=!0;else if(je.type===Ka)Ee=!0;else if(je.type===Ja)he=!0;else if(je.type===sc){he=!0;var Je=je.data;Je>=1&&(Ee=!0),Je>=2&&(Ge=!0)}else je.type===ko&&(he=he||je.data.thisDep,Ee=Ee||je.data.contextDep,Ge=Ge||je.data.propDep)}return new Ti(he,Ee,Ge,R)}else return new Ti(z===Ja,z===Ka,z===ac,R)}}var E0=new Ti(!1,!1,!1,function(){});function Kx(p,R,z,fe,Ce,he,Ee,Ge,ke,je,Je,Ke,ot,Ve,qe){var Q=je.Record,ve={add:32774,subtract:32778,"reverse subtract":32779};z.ext_blend_minmax&&(ve.min=Yx,ve.max=$x);var $e=z.angle_instanced_arrays,Et=z.webgl_draw_buffers,Ue=z.oes_vertex_array_object,St={dirty:!0,profile:qe.profile},_t={},jt=[],Pe={},we={};function It(L){return L.replace(".","_")}function lt(L,A,V){var K=It(L);jt.push(L),_t[K]=St[K]=!!V,Pe[K]=A}function Xe(L,A,V){var K=It(L);jt.push(L),Array.isArray(V)?(St[K]=V.slice(),_t[K]=V.slice()):St[K]=_t[K]=V,we[K]=A}lt(lc,zx),lt(lh,Bx),Xe(cc,"blendColor",[0,0,0,0]),Xe(Go,"blendEquationSeparate",[x0,x0]),Xe(Vo,"blendFuncSeparate",[v0,_0,v0,_0]),lt(uc,Gx,!0),Xe(hc,"depthFunc",Zx),Xe(ch,"depthRange",[0,1]),Xe(fc,"depthMask",!0),Xe(dc,dc,[!0,!0,!0,!0]),lt(ua,Ux),Xe(uh,"cullFace",to),Xe(pc,pc,Kp),Xe(mc,mc,1),lt(hh,Hx),Xe(ha,"polygonOffset",[0,0]),lt(fh,Wx),lt(f,Xx),Xe(P,"sampleCoverage",[1,!1]),lt(J,kx),Xe(Se,"stencilMask",-1),Xe(He,"stencilFunc",[qx,0,-1]),Xe(Mt,"stencilOpSeparate",[bc,fa,fa,fa]),Xe(wt,"stencilOpSeparate",[to,fa,fa,fa]),lt(yt,Vx),Xe(rt,"scissor",[0,0,p.drawingBufferWidth,p.drawingBufferHeight]),Xe(fn,fn,[0,0,p.drawingBufferWidth,p.drawingBufferHeight]);var dt={gl:p,context:ot,strings:R,next:_t,current:St,draw:Ke,elements:he,buffer:Ce,shader:Je,attributes:je.state,vao:je,uniforms:ke,framebuffer:Ge,extensions:z,timer:Ve,isBufferArgs:Eh},mt={primTypes:tr,compareFuncs:Yo,blendFuncs:ss,blendEquations:ve,stencilOps:da,glTypes:lr,orientationType:Jp};w.optional(function(){dt.isArrayLike=Qn}),Et&&(mt.backBuffer=[to],mt.drawBuffer=Ie(fe.maxDrawbuffers,function(L){return L===0?[0]:Ie(L,function(A){return jx+A})}));var hn=0;function an(){var L=Hp(),A=L.link,V=L.global;L.id=hn++,L.batchId="0";var K=A(dt),ee=L.shared={props:"a0"};Object.keys(dt).forEach(function(k){ee[k]=V.def(K,".",k)}),w.optional(function(){L.CHECK=A(w),L.commandStr=w.guessCommand(),L.command=A(L.commandStr),L.assert=function(k,F,te){k("if(!(",F,"))",this.CHECK,".commandRaise(",A(te),",",this.command,");")},mt.invalidBlendCombinations=S0});var W=L.next={},H=L.current={};Object.keys(we).forEach(function(k){Array.isArray(St[k])&&(W[k]=V.def(ee.next,".",k),H[k]=V.def(ee.current,".",k))});var q=L.constants={};Object.keys(mt).forEach(function(k){q[k]=V.def(JSON.stringify(mt[k]))}),L.invoke=function(k,F){switch(F.type){case sc:var te=["this",ee.context,ee.props,L.batchId];return k.def(A(F.data),".call(",te.slice(0,Math.max(F.data.length+1,4)),")");case ac:return k.def(ee.props,F.data);case Ka:return k.def(ee.context,F.data);case Ja:return k.def("this",F.data);case ko:return F.data.append(L,k),F.data.ref;case oc:return F.data.toString();case oh:return F.data.map(function(ae){return L.invoke(k,ae)})}},L.attribCache={};var I={};return L.scopeAttrib=function(k){var F=R.id(k);if(F in I)return I[F];var te=je.scope[F];te||(te=je.scope[F]=new Q);var ae=I[F]=A(te);return ae},L}function vt(L){var A=L.static,V=L.dynamic,K;if(hi in A){var ee=!!A[hi];K=_i(function(H,q){return ee}),K.enable=ee}else if(hi in V){var W=V[hi];K=ir(W,function(H,q){return H.invoke(q,W)})}return K}function bt(L,A){var V=L.static,K=L.dynamic;if(gi in V){var ee=V[gi];return ee?(ee=Ge.getFramebuffer(ee),w.command(ee,"invalid framebuffer object"),_i(function(H,q){var I=H.link(ee),k=H.shared;q.set(k.framebuffer,".next",I);var F=k.context;return q.set(F,"."+Ho,I+".width"),q.set(F,"."+Wo,I+".height"),I})):_i(function(H,q){var I=H.shared;q.set(I.framebuffer,".next","null");var k=I.context;return q.set(k,"."+Ho,k+"."+d0),q.set(k,"."+Wo,k+"."+p0),"null"})}else if(gi in K){var W=K[gi];return ir(W,function(H,q){var I=H.invoke(q,W),k=H.shared,F=k.framebuffer,te=q.def(F,".getFramebuffer(",I,")");w.optional(function(){H.assert(q,"!"+I+"||"+te,"invalid framebuffer object")}),q.set(F,".next",te);var ae=k.context;return q.set(ae,"."+Ho,te+"?"+te+".width:"+ae+"."+d0),q.set(ae,"."+Wo,te+"?"+te+".height:"+ae+"."+p0),te})}else return null}function en(L,A,V){var K=L.static,ee=L.dynamic;function W(I){if(I in K){var k=K[I];w.commandType(k,"object","invalid "+I,V.commandStr);var F=!0,te=k.x|0,ae=k.y|0,Oe,st;return"width"in k?(Oe=k.width|0,w.command(Oe>=0,"invalid "+I,V.commandStr)):F=!1,"height"in k?(st=k.height|0,w.command(st>=0,"invalid "+I,V.commandStr)):F=!1,new Ti(!F&&A&&A.thisDep,!F&&A&&A.contextDep,!F&&A&&A.propDep,function(nt,Nt){var Tt=nt.shared.context,Pt=Oe;"width"in k||(Pt=Nt.def(Tt,".",Ho,"-",te));var Lt=st;return"height"in k||(Lt=Nt.def(Tt,".",Wo,"-",ae)),[te,ae,Pt,Lt]})}else if(I in ee){var at=ee[I],xt=ir(at,function(nt,Nt){var Tt=nt.invoke(Nt,at);w.optional(function(){nt.assert(Nt,Tt+"&&typeof "+Tt+'==="object"',"invalid "+I)});var Pt=nt.shared.context,Lt=Nt.def(Tt,".x|0"),Ot=Nt.def(Tt,".y|0"),tn=Nt.def('"width" in ',Tt,"?",Tt,".width|0:","(",Pt,".",Ho,"-",Lt,")"),Yn=Nt.def('"height" in ',Tt,"?",Tt,".height|0:","(",Pt,".",Wo,"-",Ot,")");return w.optional(function(){nt.assert(Nt,tn+">=0&&"+Yn+">=0","invalid "+I)}),[Lt,Ot,tn,Yn]});return A&&(xt.thisDep=xt.thisDep||A.thisDep,xt.contextDep=xt.contextDep||A.contextDep,xt.propDep=xt.propDep||A.propDep),xt}else return A?new Ti(A.thisDep,A.contextDep,A.propDep,function(nt,Nt){var Tt=nt.shared.context;return[0,0,Nt.def(Tt,".",Ho),Nt.def(Tt,".",Wo)]}):null}var H=W(fn);if(H){var q=H;H=new Ti(H.thisDep,H.contextDep,H.propDep,function(I,k){var F=q.append(I,k),te=I.shared.context;return k.set(te,"."+Px,F[2]),k.set(te,"."+Lx,F[3]),F})}return{viewport:H,scissor_box:W(rt)}}function cn(L,A){var V=L.static,K=typeof V[br]=="string"&&typeof V[Cs]=="string";if(K){if(Object.keys(A.dynamic).length>0)return null;var ee=A.static,W=Object.keys(ee);if(W.length>0&&typeof ee[W[0]]=="number"){for(var H=[],q=0;q<W.length;++q)w(typeof ee[W[q]]=="number","must specify all vertex attribute locations when using vaos"),H.push([ee[W[q]]|0,W[q]]);return H}}return null}function Mn(L,A,V){var K=L.static,ee=L.dynamic;function W(F){if(F in K){var te=R.id(K[F]);w.optional(function(){Je.shader(b0[F],te,w.guessCommand())});var ae=_i(function(){return te});return ae.id=te,ae}else if(F in ee){var Oe=ee[F];return ir(Oe,function(st,at){var xt=st.invoke(at,Oe),nt=at.def(st.shared.strings,".id(",xt,")");return w.optional(function(){at(st.shared.shader,".shader(",b0[F],",",nt,",",st.command,");")}),nt})}return null}var H=W(br),q=W(Cs),I=null,k;return pa(H)&&pa(q)?(I=Je.program(q.id,H.id,null,V),k=_i(function(F,te){return F.link(I)})):k=new Ti(H&&H.thisDep||q&&q.thisDep,H&&H.contextDep||q&&q.contextDep,H&&H.propDep||q&&q.propDep,function(F,te){var ae=F.shared.shader,Oe;H?Oe=H.append(F,te):Oe=te.def(ae,".",br);var st;q?st=q.append(F,te):st=te.def(ae,".",Cs);var at=ae+".program("+st+","+Oe;return w.optional(function(){at+=","+F.command}),te.def(at+")")}),{frag:H,vert:q,progVar:k,program:I}}function ii(L,A){var V=L.static,K=L.dynamic,ee={},W=!1;function H(){if(gc in V){var Nt=V[gc];return Nt!==null&&je.getVAO(Nt)===null&&(Nt=je.createVAO(Nt)),W=!0,ee.vao=Nt,_i(function(Pt){var Lt=je.getVAO(Nt);return Lt?Pt.link(Lt):"null"})}else if(gc in K){W=!0;var Tt=K[gc];return ir(Tt,function(Pt,Lt){var Ot=Pt.invoke(Lt,Tt);return Lt.def(Pt.shared.vao+".getVAO("+Ot+")")})}return null}var q=H(),I=!1;function k(){if(ur in V){var Nt=V[ur];if(ee.elements=Nt,Eh(Nt)){var Tt=ee.elements=he.create(Nt,!0);Nt=he.getElements(Tt),I=!0}else Nt&&(Nt=he.getElements(Nt),I=!0,w.command(Nt,"invalid elements",A.commandStr));var Pt=_i(function(Ot,tn){if(Nt){var Yn=Ot.link(Nt);return Ot.ELEMENTS=Yn,Yn}return Ot.ELEMENTS=null,null});return Pt.value=Nt,Pt}else if(ur in K){I=!0;var Lt=K[ur];return ir(Lt,function(Ot,tn){var Yn=Ot.shared,Ri=Yn.isBufferArgs,Rs=Yn.elements,Is=Ot.invoke(tn,Lt),Ps=tn.def("null"),Vi=tn.def(Ri,"(",Is,")"),os=Ot.cond(Vi).then(Ps,"=",Rs,".createStream(",Is,");").else(Ps,"=",Rs,".getElements(",Is,");");return w.optional(function(){Ot.assert(os.else,"!"+Is+"||"+Ps,"invalid elements")}),tn.entry(os),tn.exit(Ot.cond(Vi).then(Rs,".destroyStream(",Ps,");")),Ot.ELEMENTS=Ps,Ps})}else if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ot,tn){return tn.def(Ot.shared.vao+".currentVAO?"+Ot.shared.elements+".getElements("+Ot.shared.vao+".currentVAO.elements):null")});return null}var F=k();function te(){if(Qa in V){var Nt=V[Qa];return ee.primitive=Nt,w.commandParameter(Nt,tr,"invalid primitve",A.commandStr),_i(function(Pt,Lt){return tr[Nt]})}else if(Qa in K){var Tt=K[Qa];return ir(Tt,function(Pt,Lt){var Ot=Pt.constants.primTypes,tn=Pt.invoke(Lt,Tt);return w.optional(function(){Pt.assert(Lt,tn+" in "+Ot,"invalid primitive, must be one of "+Object.keys(tr))}),Lt.def(Ot,"[",tn,"]")})}else{if(I)return pa(F)?F.value?_i(function(Pt,Lt){return Lt.def(Pt.ELEMENTS,".primType")}):_i(function(){return jp}):new Ti(F.thisDep,F.contextDep,F.propDep,function(Pt,Lt){var Ot=Pt.ELEMENTS;return Lt.def(Ot,"?",Ot,".primType:",jp)});if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Pt,Lt){return Lt.def(Pt.shared.vao+".currentVAO?"+Pt.shared.vao+".currentVAO.primitive:"+jp)})}return null}function ae(Nt,Tt){if(Nt in V){var Pt=V[Nt]|0;return Tt?ee.offset=Pt:ee.instances=Pt,w.command(!Tt||Pt>=0,"invalid "+Nt,A.commandStr),_i(function(Ot,tn){return Tt&&(Ot.OFFSET=Pt),Pt})}else if(Nt in K){var Lt=K[Nt];return ir(Lt,function(Ot,tn){var Yn=Ot.invoke(tn,Lt);return Tt&&(Ot.OFFSET=Yn,w.optional(function(){Ot.assert(tn,Yn+">=0","invalid "+Nt)})),Yn})}else if(Tt){if(I)return _i(function(Ot,tn){return Ot.OFFSET=0,0});if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ot,tn){return tn.def(Ot.shared.vao+".currentVAO?"+Ot.shared.vao+".currentVAO.offset:0")})}else if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ot,tn){return tn.def(Ot.shared.vao+".currentVAO?"+Ot.shared.vao+".currentVAO.instances:-1")});return null}var Oe=ae(dh,!0);function st(){if(eo in V){var Nt=V[eo]|0;return ee.count=Nt,w.command(typeof Nt=="number"&&Nt>=0,"invalid vertex count",A.commandStr),_i(function(){return Nt})}else if(eo in K){var Tt=K[eo];return ir(Tt,function(tn,Yn){var Ri=tn.invoke(Yn,Tt);return w.optional(function(){tn.assert(Yn,"typeof "+Ri+'==="number"&&'+Ri+">=0&&"+Ri+"===("+Ri+"|0)","invalid vertex count")}),Ri})}else if(I)if(pa(F)){if(F)return Oe?new Ti(Oe.thisDep,Oe.contextDep,Oe.propDep,function(tn,Yn){var Ri=Yn.def(tn.ELEMENTS,".vertCount-",tn.OFFSET);return w.optional(function(){tn.assert(Yn,Ri+">=0","invalid vertex offset/element buffer too small")}),Ri}):_i(function(tn,Yn){return Yn.def(tn.ELEMENTS,".vertCount")});var Pt=_i(function(){return-1});return w.optional(function(){Pt.MISSING=!0}),Pt}else{var Lt=new Ti(F.thisDep||Oe.thisDep,F.contextDep||Oe.contextDep,F.propDep||Oe.propDep,function(tn,Yn){var Ri=tn.ELEMENTS;return tn.OFFSET?Yn.def(Ri,"?",Ri,".vertCount-",tn.OFFSET,":-1"):Yn.def(Ri,"?",Ri,".vertCount:-1")});return w.optional(function(){Lt.DYNAMIC=!0}),Lt}else if(W){var Ot=new Ti(q.thisDep,q.contextDep,q.propDep,function(tn,Yn){return Yn.def(tn.shared.vao,".currentVAO?",tn.shared.vao,".currentVAO.count:-1")});return Ot}return null}var at=te(),xt=st(),nt=ae(ph,!1);return{elements:F,primitive:at,count:xt,instances:nt,offset:Oe,vao:q,vaoActive:W,elementsActive:I,static:ee}}function si(L,A){var V=L.static,K=L.dynamic,ee={};return jt.forEach(function(W){var H=It(W);function q(I,k){if(W in V){var F=I(V[W]);ee[H]=_i(function(){return F})}else if(W in K){var te=K[W];ee[H]=ir(te,function(ae,Oe){return k(ae,Oe,ae.invoke(Oe,te))})}}switch(W){case ua:case lh:case lc:case J:case uc:case yt:case hh:case fh:case f:case fc:return q(function(I){return w.commandType(I,"boolean",W,A.commandStr),I},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="boolean"',"invalid flag "+W,I.commandStr)}),F});case hc:return q(function(I){return w.commandParameter(I,Yo,"invalid "+W,A.commandStr),Yo[I]},function(I,k,F){var te=I.constants.compareFuncs;return w.optional(function(){I.assert(k,F+" in "+te,"invalid "+W+", must be one of "+Object.keys(Yo))}),k.def(te,"[",F,"]")});case ch:return q(function(I){return w.command(Qn(I)&&I.length===2&&typeof I[0]=="number"&&typeof I[1]=="number"&&I[0]<=I[1],"depth range is 2d array",A.commandStr),I},function(I,k,F){w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===2&&typeof "+F+'[0]==="number"&&typeof '+F+'[1]==="number"&&'+F+"[0]<="+F+"[1]","depth range must be a 2d array")});var te=k.def("+",F,"[0]"),ae=k.def("+",F,"[1]");return[te,ae]});case Vo:return q(function(I){w.commandType(I,"object","blend.func",A.commandStr);var k="srcRGB"in I?I.srcRGB:I.src,F="srcAlpha"in I?I.srcAlpha:I.src,te="dstRGB"in I?I.dstRGB:I.dst,ae="dstAlpha"in I?I.dstAlpha:I.dst;return w.commandParameter(k,ss,H+".srcRGB",A.commandStr),w.commandParameter(F,ss,H+".srcAlpha",A.commandStr),w.commandParameter(te,ss,H+".dstRGB",A.commandStr),w.commandParameter(ae,ss,H+".dstAlpha",A.commandStr),w.command(S0.indexOf(k+", "+te)===-1,"unallowed blending combination (srcRGB, dstRGB) = ("+k+", "+te+")",A.commandStr),[ss[k],ss[te],ss[F],ss[ae]]},function(I,k,F){var te=I.constants.blendFuncs;w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid blend func, must be an object")});function ae(Tt,Pt){var Lt=k.def('"',Tt,Pt,'" in ',F,"?",F,".",Tt,Pt,":",F,".",Tt);return w.optional(function(){I.assert(k,Lt+" in "+te,"invalid "+W+"."+Tt+Pt+", must be one of "+Object.keys(ss))}),Lt}var Oe=ae("src","RGB"),st=ae("dst","RGB");w.optional(function(){var Tt=I.constants.invalidBlendCombinations;I.assert(k,Tt+".indexOf("+Oe+'+", "+'+st+") === -1 ","unallowed blending combination for (srcRGB, dstRGB)")});var at=k.def(te,"[",Oe,"]"),xt=k.def(te,"[",ae("src","Alpha"),"]"),nt=k.def(te,"[",st,"]"),Nt=k.def(te,"[",ae("dst","Alpha"),"]");return[at,nt,xt,Nt]});case Go:return q(function(I){if(typeof I=="string")return w.commandParameter(I,ve,"invalid "+W,A.commandStr),[ve[I],ve[I]];if(typeof I=="object")return w.commandParameter(I.rgb,ve,W+".rgb",A.commandStr),w.commandParameter(I.alpha,ve,W+".alpha",A.commandStr),[ve[I.rgb],ve[I.alpha]];w.commandRaise("invalid blend.equation",A.commandStr)},function(I,k,F){var te=I.constants.blendEquations,ae=k.def(),Oe=k.def(),st=I.cond("typeof ",F,'==="string"');return w.optional(function(){function at(xt,nt,Nt){I.assert(xt,Nt+" in "+te,"invalid "+nt+", must be one of "+Object.keys(ve))}at(st.then,W,F),I.assert(st.else,F+"&&typeof "+F+'==="object"',"invalid "+W),at(st.else,W+".rgb",F+".rgb"),at(st.else,W+".alpha",F+".alpha")}),st.then(ae,"=",Oe,"=",te,"[",F,"];"),st.else(ae,"=",te,"[",F,".rgb];",Oe,"=",te,"[",F,".alpha];"),k(st),[ae,Oe]});case cc:return q(function(I){return w.command(Qn(I)&&I.length===4,"blend.color must be a 4d array",A.commandStr),Ie(4,function(k){return+I[k]})},function(I,k,F){return w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===4","blend.color must be a 4d array")}),Ie(4,function(te){return k.def("+",F,"[",te,"]")})});case Se:return q(function(I){return w.commandType(I,"number",H,A.commandStr),I|0},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="number"',"invalid stencil.mask")}),k.def(F,"|0")});case He:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.cmp||"keep",F=I.ref||0,te="mask"in I?I.mask:-1;return w.commandParameter(k,Yo,W+".cmp",A.commandStr),w.commandType(F,"number",W+".ref",A.commandStr),w.commandType(te,"number",W+".mask",A.commandStr),[Yo[k],F,te]},function(I,k,F){var te=I.constants.compareFuncs;w.optional(function(){function at(){I.assert(k,Array.prototype.join.call(arguments,""),"invalid stencil.func")}at(F+"&&typeof ",F,'==="object"'),at('!("cmp" in ',F,")||(",F,".cmp in ",te,")")});var ae=k.def('"cmp" in ',F,"?",te,"[",F,".cmp]",":",fa),Oe=k.def(F,".ref|0"),st=k.def('"mask" in ',F,"?",F,".mask|0:-1");return[ae,Oe,st]});case Mt:case wt:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.fail||"keep",F=I.zfail||"keep",te=I.zpass||"keep";return w.commandParameter(k,da,W+".fail",A.commandStr),w.commandParameter(F,da,W+".zfail",A.commandStr),w.commandParameter(te,da,W+".zpass",A.commandStr),[W===wt?to:bc,da[k],da[F],da[te]]},function(I,k,F){var te=I.constants.stencilOps;w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid "+W)});function ae(Oe){return w.optional(function(){I.assert(k,'!("'+Oe+'" in '+F+")||("+F+"."+Oe+" in "+te+")","invalid "+W+"."+Oe+", must be one of "+Object.keys(da))}),k.def('"',Oe,'" in ',F,"?",te,"[",F,".",Oe,"]:",fa)}return[W===wt?to:bc,ae("fail"),ae("zfail"),ae("zpass")]});case ha:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.factor|0,F=I.units|0;return w.commandType(k,"number",H+".factor",A.commandStr),w.commandType(F,"number",H+".units",A.commandStr),[k,F]},function(I,k,F){w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid "+W)});var te=k.def(F,".factor|0"),ae=k.def(F,".units|0");return[te,ae]});case uh:return q(function(I){var k=0;return I==="front"?k=bc:I==="back"&&(k=to),w.command(!!k,H,A.commandStr),k},function(I,k,F){return w.optional(function(){I.assert(k,F+'==="front"||'+F+'==="back"',"invalid cull.face")}),k.def(F,'==="front"?',bc,":",to)});case mc:return q(function(I){return w.command(typeof I=="number"&&I>=fe.lineWidthDims[0]&&I<=fe.lineWidthDims[1],"invalid line width, must be a positive number between "+fe.lineWidthDims[0]+" and "+fe.lineWidthDims[1],A.commandStr),I},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="number"&&'+F+">="+fe.lineWidthDims[0]+"&&"+F+"<="+fe.lineWidthDims[1],"invalid line width")}),F});case pc:return q(function(I){return w.commandParameter(I,Jp,H,A.commandStr),Jp[I]},function(I,k,F){return w.optional(function(){I.assert(k,F+'==="cw"||'+F+'==="ccw"',"invalid frontFace, must be one of cw,ccw")}),k.def(F+'==="cw"?'+g0+":"+Kp)});case dc:return q(function(I){return w.command(Qn(I)&&I.length===4,"color.mask must be length 4 array",A.commandStr),I.map(function(k){return!!k})},function(I,k,F){return w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===4","invalid color.mask")}),Ie(4,function(te){return"!!"+F+"["+te+"]"})});case P:return q(function(I){w.command(typeof I=="object"&&I,H,A.commandStr);var k="value"in I?I.value:1,F=!!I.invert;return w.command(typeof k=="number"&&k>=0&&k<=1,"sample.coverage.value must be a number between 0 and 1",A.commandStr),[k,F]},function(I,k,F){w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid sample.coverage")});var te=k.def('"value" in ',F,"?+",F,".value:1"),ae=k.def("!!",F,".invert");return[te,ae]})}}),ee}function wn(L,A){var V=L.static,K=L.dynamic,ee={};return Object.keys(V).forEach(function(W){var H=V[W],q;if(typeof H=="number"||typeof H=="boolean")q=_i(function(){return H});else if(typeof H=="function"){var I=H._reglType;I==="texture2d"||I==="textureCube"?q=_i(function(k){return k.link(H)}):I==="framebuffer"||I==="framebufferCube"?(w.command(H.color.length>0,'missing color attachment for framebuffer sent to uniform "'+W+'"',A.commandStr),q=_i(function(k){return k.link(H.color[0])})):w.commandRaise('invalid data for uniform "'+W+'"',A.commandStr)}else Qn(H)?q=_i(function(k){var F=k.global.def("[",Ie(H.length,function(te){return w.command(typeof H[te]=="number"||typeof H[te]=="boolean","invalid uniform "+W,k.commandStr),H[te]}),"]");return F}):w.commandRaise('invalid or missing data for uniform "'+W+'"',A.commandStr);q.value=H,ee[W]=q}),Object.keys(K).forEach(function(W){var H=K[W];ee[W]=ir(H,function(q,I){return q.invoke(I,H)})}),ee}function Si(L,A){var V=L.static,K=L.dynamic,ee={};return Object.keys(V).forEach(function(W){var H=V[W],q=R.id(W),I=new Q;if(Eh(H))I.state=ca,I.buffer=Ce.getBuffer(Ce.create(H,Xo,!1,!0)),I.type=0;else{var k=Ce.getBuffer(H);if(k)I.state=ca,I.buffer=k,I.type=0;else if(w.command(typeof H=="object"&&H,"invalid data for attribute "+W,A.commandStr),"constant"in H){var F=H.constant;I.buffer="null",I.state=rc,typeof F=="number"?I.x=F:(w.command(Qn(F)&&F.length>0&&F.length<=4,"invalid constant for attribute "+W,A.commandStr),la.forEach(function(nt,Nt){Nt<F.length&&(I[nt]=F[Nt])}))}else{Eh(H.buffer)?k=Ce.getBuffer(Ce.create(H.buffer,Xo,!1,!0)):k=Ce.getBuffer(H.buffer),w.command(!!k,'missing buffer for attribute "'+W+'"',A.commandStr);var te=H.offset|0;w.command(te>=0,'invalid offset for attribute "'+W+'"',A.commandStr);var ae=H.stride|0;w.command(ae>=0&&ae<256,'invalid stride for attribute "'+W+'", must be integer betweeen [0, 255]',A.commandStr);var Oe=H.size|0;w.command(!("size"in H)||Oe>0&&Oe<=4,'invalid size for attribute "'+W+'", must be 1,2,3,4',A.commandStr);var st=!!H.normalized,at=0;"type"in H&&(w.commandParameter(H.type,lr,"invalid type for attribute "+W,A.commandStr),at=lr[H.type]);var xt=H.divisor|0;w.optional(function(){"divisor"in H&&(w.command(xt===0||$e,'cannot specify divisor for attribute "'+W+'", instancing not supported',A.commandStr),w.command(xt>=0,'invalid divisor for attribute "'+W+'"',A.commandStr));var nt=A.commandStr,Nt=["buffer","offset","divisor","normalized","type","size","stride"];Object.keys(H).forEach(function(Tt){w.command(Nt.indexOf(Tt)>=0,'unknown parameter "'+Tt+'" for attribute pointer "'+W+'" (valid parameters are '+Nt+")",nt)})}),I.buffer=k,I.state=ca,I.size=Oe,I.normalized=st,I.type=at||k.dtype,I.offset=te,I.stride=ae,I.divisor=xt}}ee[W]=_i(function(nt,Nt){var Tt=nt.attribCache;if(q in Tt)return Tt[q];var Pt={isStream:!1};return Object.keys(I).forEach(function(Lt){Pt[Lt]=I[Lt]}),I.buffer&&(Pt.buffer=nt.link(I.buffer),Pt.type=Pt.type||Pt.buffer+".dtype"),Tt[q]=Pt,Pt})}),Object.keys(K).forEach(function(W){var H=K[W];function q(I,k){var F=I.invoke(k,H),te=I.shared,ae=I.constants,Oe=te.isBufferArgs,st=te.buffer;w.optional(function(){I.assert(k,F+"&&(typeof "+F+'==="object"||typeof '+F+'==="function")&&('+Oe+"("+F+")||"+st+".getBuffer("+F+")||"+st+".getBuffer("+F+".buffer)||"+Oe+"("+F+'.buffer)||("constant" in '+F+"&&(typeof "+F+'.constant==="number"||'+te.isArrayLike+"("+F+".constant))))",'invalid dynamic attribute "'+W+'"')});var at={isStream:k.def(!1)},xt=new Q;xt.state=ca,Object.keys(xt).forEach(function(Pt){at[Pt]=k.def(""+xt[Pt])});var nt=at.buffer,Nt=at.type;k("if(",Oe,"(",F,")){",at.isStream,"=true;",nt,"=",st,".createStream(",Xo,",",F,");",Nt,"=",nt,".dtype;","}else{",nt,"=",st,".getBuffer(",F,");","if(",nt,"){",Nt,"=",nt,".dtype;",'}else if("constant" in ',F,"){",at.state,"=",rc,";","if(typeof "+F+'.constant === "number"){',at[la[0]],"=",F,".constant;",la.slice(1).map(function(Pt){return at[Pt]}).join("="),"=0;","}else{",la.map(function(Pt,Lt){return at[Pt]+"="+F+".constant.length>"+Lt+"?"+F+".constant["+Lt+"]:0;"}).join(""),"}}else{","if(",Oe,"(",F,".buffer)){",nt,"=",st,".createStream(",Xo,",",F,".buffer);","}else{",nt,"=",st,".getBuffer(",F,".buffer);","}",Nt,'="type" in ',F,"?",ae.glTypes,"[",F,".type]:",nt,".dtype;",at.normalized,"=!!",F,".normalized;");function Tt(Pt){k(at[Pt],"=",F,".",Pt,"|0;")}return Tt("size"),Tt("offset"),Tt("stride"),Tt("divisor"),k("}}"),k.exit("if(",at.isStream,"){",st,".destroyStream(",nt,");","}"),at}ee[W]=ir(H,q)}),ee}function Kn(L){var A=L.static,V=L.dynamic,K={};return Object.keys(A).forEach(function(ee){var W=A[ee];K[ee]=_i(function(H,q){return typeof W=="number"||typeof W=="boolean"?""+W:H.link(W)})}),Object.keys(V).forEach(function(ee){var W=V[ee];K[ee]=ir(W,function(H,q){return H.invoke(q,W)})}),K}function vi(L,A,V,K,ee){var W=L.static,H=L.dynamic;w.optional(function(){var Tt=[gi,Cs,br,ur,Qa,dh,eo,ph,hi,gc].concat(jt);function Pt(Lt){Object.keys(Lt).forEach(function(Ot){w.command(Tt.indexOf(Ot)>=0,'unknown parameter "'+Ot+'"',ee.commandStr)})}Pt(W),Pt(H)});var q=cn(L,A),I=bt(L,ee),k=en(L,I,ee),F=ii(L,ee),te=si(L,ee),ae=Mn(L,ee,q);function Oe(Tt){var Pt=k[Tt];Pt&&(te[Tt]=Pt)}Oe(fn),Oe(It(rt));var st=Object.keys(te).length>0,at={framebuffer:I,draw:F,shader:ae,state:te,dirty:st,scopeVAO:null,drawVAO:null,useVAO:!1,attributes:{}};if(at.profile=vt(L,ee),at.uniforms=wn(V,ee),at.drawVAO=at.scopeVAO=F.vao,!at.drawVAO&&ae.program&&!q&&z.angle_instanced_arrays&&F.static.elements){var xt=!0,nt=ae.program.attributes.map(function(Tt){var Pt=A.static[Tt];return xt=xt&&!!Pt,Pt});if(xt&&nt.length>0){var Nt=je.getVAO(je.createVAO({attributes:nt,elements:F.static.elements}));at.drawVAO=new Ti(null,null,null,function(Tt,Pt){return Tt.link(Nt)}),at.useVAO=!0}}return q?at.useVAO=!0:at.attributes=Si(A,ee),at.context=Kn(K,ee),at}function bi(L,A,V){var K=L.shared,ee=K.context,W=L.scope();Object.keys(V).forEach(function(H){A.save(ee,"."+H);var q=V[H],I=q.append(L,A);Array.isArray(I)?W(ee,".",H,"=[",I.join(),"];"):W(ee,".",H,"=",I,";")}),A(W)}function Mi(L,A,V,K){var ee=L.shared,W=ee.gl,H=ee.framebuffer,q;Et&&(q=A.def(ee.extensions,".webgl_draw_buffers"));var I=L.constants,k=I.drawBuffer,F=I.backBuffer,te;V?te=V.append(L,A):te=A.def(H,".next"),K||A("if(",te,"!==",H,".cur){"),A("if(",te,"){",W,".bindFramebuffer(",y0,",",te,".framebuffer);"),Et&&A(q,".drawBuffersWEBGL(",k,"[",te,".colorAttachments.length]);"),A("}else{",W,".bindFramebuffer(",y0,",null);"),Et&&A(q,".drawBuffersWEBGL(",F,");"),A("}",H,".cur=",te,";"),K||A("}")}function Ci(L,A,V){var K=L.shared,ee=K.gl,W=L.current,H=L.next,q=K.current,I=K.next,k=L.cond(q,".dirty");jt.forEach(function(F){var te=It(F);if(!(te in V.state)){var ae,Oe;if(te in H){ae=H[te],Oe=W[te];var st=Ie(St[te].length,function(xt){return k.def(ae,"[",xt,"]")});k(L.cond(st.map(function(xt,nt){return xt+"!=="+Oe+"["+nt+"]"}).join("||")).then(ee,".",we[te],"(",st,");",st.map(function(xt,nt){return Oe+"["+nt+"]="+xt}).join(";"),";"))}else{ae=k.def(I,".",te);var at=L.cond(ae,"!==",q,".",te);k(at),te in Pe?at(L.cond(ae).then(ee,".enable(",Pe[te],");").else(ee,".disable(",Pe[te],");"),q,".",te,"=",ae,";"):at(ee,".",we[te],"(",ae,");",q,".",te,"=",ae,";")}}}),Object.keys(V.state).length===0&&k(q,".dirty=false;"),A(k)}function Oi(L,A,V,K){var ee=L.shared,W=L.current,H=ee.current,q=ee.gl;M0(Object.keys(V)).forEach(function(I){var k=V[I];if(!(K&&!K(k))){var F=k.append(L,A);if(Pe[I]){var te=Pe[I];pa(k)?F?A(q,".enable(",te,");"):A(q,".disable(",te,");"):A(L.cond(F).then(q,".enable(",te,");").else(q,".disable(",te,");")),A(H,".",I,"=",F,";")}else if(Qn(F)){var ae=W[I];A(q,".",we[I],"(",F,");",F.map(function(Oe,st){return ae+"["+st+"]="+Oe}).join(";"),";")}else A(q,".",we[I],"(",F,");",H,".",I,"=",F,";")}})}function fi(L,A){$e&&(L.instancing=A.def(L.shared.extensions,".angle_instanced_arrays"))}function mn(L,A,V,K,ee){var W=L.shared,H=L.stats,q=W.current,I=W.timer,k=V.profile;function F(){return typeof performance>"u"?"Date.now()":"performance.now()"}var te,ae;function Oe(Tt){te=A.def(),Tt(te,"=",F(),";"),typeof ee=="string"?Tt(H,".count+=",ee,";"):Tt(H,".count++;"),Ve&&(K?(ae=A.def(),Tt(ae,"=",I,".getNumPendingQueries();")):Tt(I,".beginQuery(",H,");"))}function st(Tt){Tt(H,".cpuTime+=",F(),"-",te,";"),Ve&&(K?Tt(I,".pushScopeStats(",ae,",",I,".getNumPendingQueries(),",H,");"):Tt(I,".endQuery();"))}function at(Tt){var Pt=A.def(q,".profile");A(q,".profile=",Tt,";"),A.exit(q,".profile=",Pt,";")}var xt;if(k){if(pa(k)){k.enable?(Oe(A),st(A.exit),at("true")):at("false");return}xt=k.append(L,A),at(xt)}else xt=A.def(q,".profile");var nt=L.block();Oe(nt),A("if(",xt,"){",nt,"}");var Nt=L.block();st(Nt),A.exit("if(",xt,"){",Nt,"}")}function Fi(L,A,V,K,ee){var W=L.shared;function H(I){switch(I){case mh:case vh:case Sh:return 2;case gh:case xh:case bh:return 3;case _h:case yh:case Mh:return 4;default:return 1}}function q(I,k,F){var te=W.gl,ae=A.def(I,".location"),Oe=A.def(W.attributes,"[",ae,"]"),st=F.state,at=F.buffer,xt=[F.x,F.y,F.z,F.w],nt=["buffer","normalized","offset","stride"];function Nt(){A("if(!",Oe,".buffer){",te,".enableVertexAttribArray(",ae,");}");var Pt=F.type,Lt;if(F.size?Lt=A.def(F.size,"||",k):Lt=k,A("if(",Oe,".type!==",Pt,"||",Oe,".size!==",Lt,"||",nt.map(function(tn){return Oe+"."+tn+"!=="+F[tn]}).join("||"),"){",te,".bindBuffer(",Xo,",",at,".buffer);",te,".vertexAttribPointer(",[ae,Lt,Pt,F.normalized,F.stride,F.offset],");",Oe,".type=",Pt,";",Oe,".size=",Lt,";",nt.map(function(tn){return Oe+"."+tn+"="+F[tn]+";"}).join(""),"}"),$e){var Ot=F.divisor;A("if(",Oe,".divisor!==",Ot,"){",L.instancing,".vertexAttribDivisorANGLE(",[ae,Ot],");",Oe,".divisor=",Ot,";}")}}function Tt(){A("if(",Oe,".buffer){",te,".disableVertexAttribArray(",ae,");",Oe,".buffer=null;","}if(",la.map(function(Pt,Lt){return Oe+"."+Pt+"!=="+xt[Lt]}).join("||"),"){",te,".vertexAttrib4f(",ae,",",xt,");",la.map(function(Pt,Lt){return Oe+"."+Pt+"="+xt[Lt]+";"}).join(""),"}")}st===ca?Nt():st===rc?Tt():(A("if(",st,"===",ca,"){"),Nt(),A("}else{"),Tt(),A("}"))}K.forEach(function(I){var k=I.name,F=V.attributes[k],te;if(F){if(!ee(F))return;te=F.append(L,A)}else{if(!ee(E0))return;var ae=L.scopeAttrib(k);w.optional(function(){L.assert(A,ae+".state","missing attribute "+k)}),te={},Object.keys(new Q).forEach(function(Oe){te[Oe]=A.def(ae,".",Oe)})}q(L.link(I),H(I.info.type),te)})}function Fn(L,A,V,K,ee,W){for(var H=L.shared,q=H.gl,I,k=0;k<K.length;++k){var F=K[k],te=F.name,ae=F.info.type,Oe=V.uniforms[te],st=L.link(F),at=st+".location",xt;if(Oe){if(!ee(Oe))continue;if(pa(Oe)){var nt=Oe.value;if(w.command(nt!==null&&typeof nt<"u",'missing uniform "'+te+'"',L.commandStr),ae===yc||ae===Sc){w.command(typeof nt=="function"&&(ae===yc&&(nt._reglType==="texture2d"||nt._reglType==="framebuffer")||ae===Sc&&(nt._reglType==="textureCube"||nt._reglType==="framebufferCube")),"invalid texture for uniform "+te,L.commandStr);var Nt=L.link(nt._texture||nt.color[0]._texture);A(q,".uniform1i(",at,",",Nt+".bind());"),A.exit(Nt,".unbind();")}else if(ae===_c||ae===vc||ae===xc){w.optional(function(){w.command(Qn(nt),"invalid matrix for uniform "+te,L.commandStr),w.command(ae===_c&&nt.length===4||ae===vc&&nt.length===9||ae===xc&&nt.length===16,"invalid length for matrix uniform "+te,L.commandStr)});var Tt=L.global.def("new Float32Array(["+Array.prototype.slice.call(nt)+"])"),Pt=2;ae===vc?Pt=3:ae===xc&&(Pt=4),A(q,".uniformMatrix",Pt,"fv(",at,",false,",Tt,");")}else{switch(ae){case $p:w.commandType(nt,"number","uniform "+te,L.commandStr),I="1f";break;case mh:w.command(Qn(nt)&&nt.length===2,"uniform "+te,L.commandStr),I="2f";break;case gh:w.command(Qn(nt)&&nt.length===3,"uniform "+te,L.commandStr),I="3f";break;case _h:w.command(Qn(nt)&&nt.length===4,"uniform "+te,L.commandStr),I="4f";break;case Zp:w.commandType(nt,"boolean","uniform "+te,L.commandStr),I="1i";break;case qp:w.commandType(nt,"number","uniform "+te,L.commandStr),I="1i";break;case Sh:w.command(Qn(nt)&&nt.length===2,"uniform "+te,L.commandStr),I="2i";break;case vh:w.command(Qn(nt)&&nt.length===2,"uniform "+te,L.commandStr),I="2i";break;case bh:w.command(Qn(nt)&&nt.length===3,"uniform "+te,L.commandStr),I="3i";break;case xh:w.command(Qn(nt)&&nt.length===3,"uniform "+te,L.commandStr),I="3i";break;case Mh:w.command(Qn(nt)&&nt.length===4,"uniform "+te,L.commandStr),I="4i";break;case yh:w.command(Qn(nt)&&nt.length===4,"uniform "+te,L.commandStr),I="4i";break}A(q,".uniform",I,"(",at,",",Qn(nt)?Array.prototype.slice.call(nt):nt,");")}continue}else xt=Oe.append(L,A)}else{if(!ee(E0))continue;xt=A.def(H.uniforms,"[",R.id(te),"]")}ae===yc?(w(!Array.isArray(xt),"must specify a scalar prop for textures"),A("if(",xt,"&&",xt,'._reglType==="framebuffer"){',xt,"=",xt,".color[0];","}")):ae===Sc&&(w(!Array.isArray(xt),"must specify a scalar prop for cube maps"),A("if(",xt,"&&",xt,'._reglType==="framebufferCube"){',xt,"=",xt,".color[0];","}")),w.optional(function(){function Vi(kr,P0){L.assert(A,kr,'bad data or missing for uniform "'+te+'".  '+P0)}function os(kr){w(!Array.isArray(xt),"must not specify an array type for uniform"),Vi("typeof "+xt+'==="'+kr+'"',"invalid type, expected "+kr)}function Mr(kr,P0){Array.isArray(xt)?w(xt.length===kr,"must have length "+kr):Vi(H.isArrayLike+"("+xt+")&&"+xt+".length==="+kr,"invalid vector, should have length "+kr,L.commandStr)}function I0(kr){w(!Array.isArray(xt),"must not specify a value type"),Vi("typeof "+xt+'==="function"&&'+xt+'._reglType==="texture'+(kr===m0?"2d":"Cube")+'"',"invalid texture type",L.commandStr)}switch(ae){case qp:os("number");break;case vh:Mr(2,"number");break;case xh:Mr(3,"number");break;case yh:Mr(4,"number");break;case $p:os("number");break;case mh:Mr(2,"number");break;case gh:Mr(3,"number");break;case _h:Mr(4,"number");break;case Zp:os("boolean");break;case Sh:Mr(2,"boolean");break;case bh:Mr(3,"boolean");break;case Mh:Mr(4,"boolean");break;case _c:Mr(4,"number");break;case vc:Mr(9,"number");break;case xc:Mr(16,"number");break;case yc:I0(m0);break;case Sc:I0(Fx);break}});var Lt=1;switch(ae){case yc:case Sc:var Ot=A.def(xt,"._texture");A(q,".uniform1i(",at,",",Ot,".bind());"),A.exit(Ot,".unbind();");continue;case qp:case Zp:I="1i";break;case vh:case Sh:I="2i",Lt=2;break;case xh:case bh:I="3i",Lt=3;break;case yh:case Mh:I="4i",Lt=4;break;case $p:I="1f";break;case mh:I="2f",Lt=2;break;case gh:I="3f",Lt=3;break;case _h:I="4f",Lt=4;break;case _c:I="Matrix2fv";break;case vc:I="Matrix3fv";break;case xc:I="Matrix4fv";break}if(I.charAt(0)==="M"){A(q,".uniform",I,"(",at,",");var tn=Math.pow(ae-_c+2,2),Yn=L.global.def("new Float32Array(",tn,")");Array.isArray(xt)?A("false,(",Ie(tn,function(Vi){return Yn+"["+Vi+"]="+xt[Vi]}),",",Yn,")"):A("false,(Array.isArray(",xt,")||",xt," instanceof Float32Array)?",xt,":(",Ie(tn,function(Vi){return Yn+"["+Vi+"]="+xt+"["+Vi+"]"}),",",Yn,")"),A(");")}else if(Lt>1){for(var Ri=[],Rs=[],Is=0;Is<Lt;++Is)Array.isArray(xt)?Rs.push(xt[Is]):Rs.push(A.def(xt+"["+Is+"]")),W&&Ri.push(A.def());W&&A("if(!",L.batchId,"||",Ri.map(function(Vi,os){return Vi+"!=="+Rs[os]}).join("||"),"){",Ri.map(function(Vi,os){return Vi+"="+Rs[os]+";"}).join("")),A(q,".uniform",I,"(",at,",",Rs.join(","),");"),W&&A("}")}else{if(w(!Array.isArray(xt),"uniform value must not be an array"),W){var Ps=A.def();A("if(!",L.batchId,"||",Ps,"!==",xt,"){",Ps,"=",xt,";")}A(q,".uniform",I,"(",at,",",xt,");"),W&&A("}")}}}function Jt(L,A,V,K){var ee=L.shared,W=ee.gl,H=ee.draw,q=K.draw;function I(){var Lt=q.elements,Ot,tn=A;return Lt?((Lt.contextDep&&K.contextDynamic||Lt.propDep)&&(tn=V),Ot=Lt.append(L,tn),q.elementsActive&&tn("if("+Ot+")"+W+".bindBuffer("+Yp+","+Ot+".buffer.buffer);")):(Ot=tn.def(),tn(Ot,"=",H,".",ur,";","if(",Ot,"){",W,".bindBuffer(",Yp,",",Ot,".buffer.buffer);}","else if(",ee.vao,".currentVAO){",Ot,"=",L.shared.elements+".getElements("+ee.vao,".currentVAO.elements);",Ue?"":"if("+Ot+")"+W+".bindBuffer("+Yp+","+Ot+".buffer.buffer);","}")),Ot}function k(){var Lt=q.count,Ot,tn=A;return Lt?((Lt.contextDep&&K.contextDynamic||Lt.propDep)&&(tn=V),Ot=Lt.append(L,tn),w.optional(function(){Lt.MISSING&&L.assert(A,"false","missing vertex count"),Lt.DYNAMIC&&L.assert(tn,Ot+">=0","missing vertex count")})):(Ot=tn.def(H,".",eo),w.optional(function(){L.assert(tn,Ot+">=0","missing vertex count")})),Ot}var F=I();function te(Lt){var Ot=q[Lt];return Ot?Ot.contextDep&&K.contextDynamic||Ot.propDep?Ot.append(L,V):Ot.append(L,A):A.def(H,".",Lt)}var ae=te(Qa),Oe=te(dh),st=k();if(typeof st=="number"){if(st===0)return}else V("if(",st,"){"),V.exit("}");var at,xt;$e&&(at=te(ph),xt=L.instancing);var nt=F+".type",Nt=q.elements&&pa(q.elements)&&!q.vaoActive;function Tt(){function Lt(){V(xt,".drawElementsInstancedANGLE(",[ae,st,nt,Oe+"<<(("+nt+"-"+ah+")>>1)",at],");")}function Ot(){V(xt,".drawArraysInstancedANGLE(",[ae,Oe,st,at],");")}F&&F!=="null"?Nt?Lt():(V("if(",F,"){"),Lt(),V("}else{"),Ot(),V("}")):Ot()}function Pt(){function Lt(){V(W+".drawElements("+[ae,st,nt,Oe+"<<(("+nt+"-"+ah+")>>1)"]+");")}function Ot(){V(W+".drawArrays("+[ae,Oe,st]+");")}F&&F!=="null"?Nt?Lt():(V("if(",F,"){"),Lt(),V("}else{"),Ot(),V("}")):Ot()}$e&&(typeof at!="number"||at>=0)?typeof at=="string"?(V("if(",at,">0){"),Tt(),V("}else if(",at,"<0){"),Pt(),V("}")):Tt():Pt()}function En(L,A,V,K,ee){var W=an(),H=W.proc("body",ee);return w.optional(function(){W.commandStr=A.commandStr,W.command=W.link(A.commandStr)}),$e&&(W.instancing=H.def(W.shared.extensions,".angle_instanced_arrays")),L(W,H,V,K),W.compile().body}function In(L,A,V,K){fi(L,A),V.useVAO?V.drawVAO?A(L.shared.vao,".setVAO(",V.drawVAO.append(L,A),");"):A(L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"):(A(L.shared.vao,".setVAO(null);"),Fi(L,A,V,K.attributes,function(){return!0})),Fn(L,A,V,K.uniforms,function(){return!0},!1),Jt(L,A,A,V)}function di(L,A){var V=L.proc("draw",1);fi(L,V),bi(L,V,A.context),Mi(L,V,A.framebuffer),Ci(L,V,A),Oi(L,V,A.state),mn(L,V,A,!1,!0);var K=A.shader.progVar.append(L,V);if(V(L.shared.gl,".useProgram(",K,".program);"),A.shader.program)In(L,V,A,A.shader.program);else{V(L.shared.vao,".setVAO(null);");var ee=L.global.def("{}"),W=V.def(K,".id"),H=V.def(ee,"[",W,"]");V(L.cond(H).then(H,".call(this,a0);").else(H,"=",ee,"[",W,"]=",L.link(function(q){return En(In,L,A,q,1)}),"(",K,");",H,".call(this,a0);"))}Object.keys(A.state).length>0&&V(L.shared.current,".dirty=true;"),L.shared.vao&&V(L.shared.vao,".setVAO(null);")}function as(L,A,V,K){L.batchId="a1",fi(L,A);function ee(){return!0}Fi(L,A,V,K.attributes,ee),Fn(L,A,V,K.uniforms,ee,!1),Jt(L,A,A,V)}function no(L,A,V,K){fi(L,A);var ee=V.contextDep,W=A.def(),H="a0",q="a1",I=A.def();L.shared.props=I,L.batchId=W;var k=L.scope(),F=L.scope();A(k.entry,"for(",W,"=0;",W,"<",q,";++",W,"){",I,"=",H,"[",W,"];",F,"}",k.exit);function te(nt){return nt.contextDep&&ee||nt.propDep}function ae(nt){return!te(nt)}if(V.needsContext&&bi(L,F,V.context),V.needsFramebuffer&&Mi(L,F,V.framebuffer),Oi(L,F,V.state,te),V.profile&&te(V.profile)&&mn(L,F,V,!1,!0),K)V.useVAO?V.drawVAO?te(V.drawVAO)?F(L.shared.vao,".setVAO(",V.drawVAO.append(L,F),");"):k(L.shared.vao,".setVAO(",V.drawVAO.append(L,k),");"):k(L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"):(k(L.shared.vao,".setVAO(null);"),Fi(L,k,V,K.attributes,ae),Fi(L,F,V,K.attributes,te)),Fn(L,k,V,K.uniforms,ae,!1),Fn(L,F,V,K.uniforms,te,!0),Jt(L,k,F,V);else{var Oe=L.global.def("{}"),st=V.shader.progVar.append(L,F),at=F.def(st,".id"),xt=F.def(Oe,"[",at,"]");F(L.shared.gl,".useProgram(",st,".program);","if(!",xt,"){",xt,"=",Oe,"[",at,"]=",L.link(function(nt){return En(as,L,V,nt,2)}),"(",st,");}",xt,".call(this,a0[",W,"],",W,");")}}function B(L,A){var V=L.proc("batch",2);L.batchId="0",fi(L,V);var K=!1,ee=!0;Object.keys(A.context).forEach(function(Oe){K=K||A.context[Oe].propDep}),K||(bi(L,V,A.context),ee=!1);var W=A.framebuffer,H=!1;W?(W.propDep?K=H=!0:W.contextDep&&K&&(H=!0),H||Mi(L,V,W)):Mi(L,V,null),A.state.viewport&&A.state.viewport.propDep&&(K=!0);function q(Oe){return Oe.contextDep&&K||Oe.propDep}Ci(L,V,A),Oi(L,V,A.state,function(Oe){return!q(Oe)}),(!A.profile||!q(A.profile))&&mn(L,V,A,!1,"a1"),A.contextDep=K,A.needsContext=ee,A.needsFramebuffer=H;var I=A.shader.progVar;if(I.contextDep&&K||I.propDep)no(L,V,A,null);else{var k=I.append(L,V);if(V(L.shared.gl,".useProgram(",k,".program);"),A.shader.program)no(L,V,A,A.shader.program);else{V(L.shared.vao,".setVAO(null);");var F=L.global.def("{}"),te=V.def(k,".id"),ae=V.def(F,"[",te,"]");V(L.cond(ae).then(ae,".call(this,a0,a1);").else(ae,"=",F,"[",te,"]=",L.link(function(Oe){return En(no,L,A,Oe,2)}),"(",k,");",ae,".call(this,a0,a1);"))}}Object.keys(A.state).length>0&&V(L.shared.current,".dirty=true;"),L.shared.vao&&V(L.shared.vao,".setVAO(null);")}function me(L,A){var V=L.proc("scope",3);L.batchId="a2";var K=L.shared,ee=K.current;bi(L,V,A.context),A.framebuffer&&A.framebuffer.append(L,V),M0(Object.keys(A.state)).forEach(function(H){var q=A.state[H],I=q.append(L,V);Qn(I)?I.forEach(function(k,F){V.set(L.next[H],"["+F+"]",k)}):V.set(K.next,"."+H,I)}),mn(L,V,A,!0,!0),[ur,dh,eo,ph,Qa].forEach(function(H){var q=A.draw[H];q&&V.set(K.draw,"."+H,""+q.append(L,V))}),Object.keys(A.uniforms).forEach(function(H){var q=A.uniforms[H].append(L,V);Array.isArray(q)&&(q="["+q.join()+"]"),V.set(K.uniforms,"["+R.id(H)+"]",q)}),Object.keys(A.attributes).forEach(function(H){var q=A.attributes[H].append(L,V),I=L.scopeAttrib(H);Object.keys(new Q).forEach(function(k){V.set(I,"."+k,q[k])})}),A.scopeVAO&&V.set(K.vao,".targetVAO",A.scopeVAO.append(L,V));function W(H){var q=A.shader[H];q&&V.set(K.shader,"."+H,q.append(L,V))}W(Cs),W(br),Object.keys(A.state).length>0&&(V(ee,".dirty=true;"),V.exit(ee,".dirty=true;")),V("a1(",L.shared.context,",a0,",L.batchId,");")}function le(L){if(!(typeof L!="object"||Qn(L))){for(var A=Object.keys(L),V=0;V<A.length;++V)if(y.isDynamic(L[A[V]]))return!0;return!1}}function Ct(L,A,V){var K=A.static[V];if(!K||!le(K))return;var ee=L.global,W=Object.keys(K),H=!1,q=!1,I=!1,k=L.global.def("{}");W.forEach(function(te){var ae=K[te];if(y.isDynamic(ae)){typeof ae=="function"&&(ae=K[te]=y.unbox(ae));var Oe=ir(ae,null);H=H||Oe.thisDep,I=I||Oe.propDep,q=q||Oe.contextDep}else{switch(ee(k,".",te,"="),typeof ae){case"number":ee(ae);break;case"string":ee('"',ae,'"');break;case"object":Array.isArray(ae)&&ee("[",ae.join(),"]");break;default:ee(L.link(ae));break}ee(";")}});function F(te,ae){W.forEach(function(Oe){var st=K[Oe];if(y.isDynamic(st)){var at=te.invoke(ae,st);ae(k,".",Oe,"=",at,";")}})}A.dynamic[V]=new y.DynamicVariable(ko,{thisDep:H,contextDep:q,propDep:I,ref:k,append:F}),delete A.static[V]}function Sn(L,A,V,K,ee){var W=an();W.stats=W.link(ee),Object.keys(A.static).forEach(function(q){Ct(W,A,q)}),Dx.forEach(function(q){Ct(W,L,q)});var H=vi(L,A,V,K,W);return di(W,H),me(W,H),B(W,H),e(W.compile(),{destroy:function(){H.shader.program.destroy()}})}return{next:_t,current:St,procs:(function(){var L=an(),A=L.proc("poll"),V=L.proc("refresh"),K=L.block();A(K),V(K);var ee=L.shared,W=ee.gl,H=ee.next,q=ee.current;K(q,".dirty=false;"),Mi(L,A),Mi(L,V,null,!0);var I;$e&&(I=L.link($e)),z.oes_vertex_array_object&&V(L.link(z.oes_vertex_array_object),".bindVertexArrayOES(null);");for(var k=0;k<fe.maxAttributes;++k){var F=V.def(ee.attributes,"[",k,"]"),te=L.cond(F,".buffer");te.then(W,".enableVertexAttribArray(",k,");",W,".bindBuffer(",Xo,",",F,".buffer.buffer);",W,".vertexAttribPointer(",k,",",F,".size,",F,".type,",F,".normalized,",F,".stride,",F,".offset);").else(W,".disableVertexAttribArray(",k,");",W,".vertexAttrib4f(",k,",",F,".x,",F,".y,",F,".z,",F,".w);",F,".buffer=null;"),V(te),$e&&V(I,".vertexAttribDivisorANGLE(",k,",",F,".divisor);")}return V(L.shared.vao,".currentVAO=null;",L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"),Object.keys(Pe).forEach(function(ae){var Oe=Pe[ae],st=K.def(H,".",ae),at=L.block();at("if(",st,"){",W,".enable(",Oe,")}else{",W,".disable(",Oe,")}",q,".",ae,"=",st,";"),V(at),A("if(",st,"!==",q,".",ae,"){",at,"}")}),Object.keys(we).forEach(function(ae){var Oe=we[ae],st=St[ae],at,xt,nt=L.block();if(nt(W,".",Oe,"("),Qn(st)){var Nt=st.length;at=L.global.def(H,".",ae),xt=L.global.def(q,".",ae),nt(Ie(Nt,function(Tt){return at+"["+Tt+"]"}),");",Ie(Nt,function(Tt){return xt+"["+Tt+"]="+at+"["+Tt+"];"}).join("")),A("if(",Ie(Nt,function(Tt){return at+"["+Tt+"]!=="+xt+"["+Tt+"]"}).join("||"),"){",nt,"}")}else at=K.def(H,".",ae),xt=K.def(q,".",ae),nt(at,");",q,".",ae,"=",at,";"),A("if(",at,"!==",xt,"){",nt,"}");V(nt)}),L.compile()})(),compile:Sn}}function Jx(){return{vaoCount:0,bufferCount:0,elementsCount:0,framebufferCount:0,shaderCount:0,textureCount:0,cubeCount:0,renderbufferCount:0,maxTextureUnits:0}}var Qx=34918,ey=34919,A0=35007,ty=function(p,R){if(!R.ext_disjoint_timer_query)return null;var z=[];function fe(){return z.pop()||R.ext_disjoint_timer_query.createQueryEXT()}function Ce($e){z.push($e)}var he=[];function Ee($e){var Et=fe();R.ext_disjoint_timer_query.beginQueryEXT(A0,Et),he.push(Et),Ve(he.length-1,he.length,$e)}function Ge(){R.ext_disjoint_timer_query.endQueryEXT(A0)}function ke(){this.startQueryIndex=-1,this.endQueryIndex=-1,this.sum=0,this.stats=null}var je=[];function Je(){return je.pop()||new ke}function Ke($e){je.push($e)}var ot=[];function Ve($e,Et,Ue){var St=Je();St.startQueryIndex=$e,St.endQueryIndex=Et,St.sum=0,St.stats=Ue,ot.push(St)}var qe=[],Q=[];function ve(){var $e,Et,Ue=he.length;if(Ue!==0){Q.length=Math.max(Q.length,Ue+1),qe.length=Math.max(qe.length,Ue+1),qe[0]=0,Q[0]=0;var St=0;for($e=0,Et=0;Et<he.length;++Et){var _t=he[Et];R.ext_disjoint_timer_query.getQueryObjectEXT(_t,ey)?(St+=R.ext_disjoint_timer_query.getQueryObjectEXT(_t,Qx),Ce(_t)):he[$e++]=_t,qe[Et+1]=St,Q[Et+1]=$e}for(he.length=$e,$e=0,Et=0;Et<ot.length;++Et){var jt=ot[Et],Pe=jt.startQueryIndex,we=jt.endQueryIndex;jt.sum+=qe[we]-qe[Pe];var It=Q[Pe],lt=Q[we];lt===It?(jt.stats.gpuTime+=jt.sum/1e6,Ke(jt)):(jt.startQueryIndex=It,jt.endQueryIndex=lt,ot[$e++]=jt)}ot.length=$e}}return{beginQuery:Ee,endQuery:Ge,pushScopeStats:Ve,update:ve,getNumPendingQueries:function(){return he.length},clear:function(){z.push.apply(z,he);for(var $e=0;$e<z.length;$e++)R.ext_disjoint_timer_query.deleteQueryEXT(z[$e]);he.length=0,z.length=0},restore:function(){he.length=0,z.length=0}}},ny=16384,iy=256,ry=1024,sy=34962,T0="webglcontextlost",w0="webglcontextrestored",C0=1,ay=2,oy=3;function R0(p,R){for(var z=0;z<p.length;++z)if(p[z]===R)return z;return-1}function ly(p){var R=ue(p);if(!R)return null;var z=R.gl,fe=z.getContextAttributes(),Ce=z.isContextLost(),he=oe(z,R);if(!he)return null;var Ee=Ne(),Ge=Jx(),ke=he.extensions,je=ty(z,ke),Je=Ye(),Ke=z.drawingBufferWidth,ot=z.drawingBufferHeight,Ve={tick:0,time:0,viewportWidth:Ke,viewportHeight:ot,framebufferWidth:Ke,framebufferHeight:ot,drawingBufferWidth:Ke,drawingBufferHeight:ot,pixelRatio:R.pixelRatio},qe={},Q={elements:null,primitive:4,count:-1,offset:0,instances:-1},ve=Xt(z,ke),$e=bs(z,Ge,R,St),Et=bu(z,ke,$e,Ge),Ue=Op(z,ke,ve,Ge,$e,Et,Q);function St(Jt){return Ue.destroyBuffer(Jt)}var _t=zp(z,Ee,Ge,R),jt=Ya(z,ke,ve,function(){It.procs.poll()},Ve,Ge,R),Pe=qa(z,ke,ve,Ge,R),we=Dp(z,ke,ve,jt,Pe,Ge),It=Kx(z,Ee,ke,ve,$e,Et,jt,we,qe,Ue,_t,Q,Ve,je,R),lt=Vp(z,we,It.procs.poll,Ve,fe,ke,ve),Xe=It.next,dt=z.canvas,mt=[],hn=[],an=[],vt=[R.onDestroy],bt=null;function en(){if(mt.length===0){je&&je.update(),bt=null;return}bt=se.next(en),Oi();for(var Jt=mt.length-1;Jt>=0;--Jt){var En=mt[Jt];En&&En(Ve,null,0)}z.flush(),je&&je.update()}function cn(){!bt&&mt.length>0&&(bt=se.next(en))}function Mn(){bt&&(se.cancel(en),bt=null)}function ii(Jt){Jt.preventDefault(),Ce=!0,Mn(),hn.forEach(function(En){En()})}function si(Jt){z.getError(),Ce=!1,he.restore(),_t.restore(),$e.restore(),jt.restore(),Pe.restore(),we.restore(),Ue.restore(),je&&je.restore(),It.procs.refresh(),cn(),an.forEach(function(En){En()})}dt&&(dt.addEventListener(T0,ii,!1),dt.addEventListener(w0,si,!1));function wn(){mt.length=0,Mn(),dt&&(dt.removeEventListener(T0,ii),dt.removeEventListener(w0,si)),_t.clear(),we.clear(),Pe.clear(),Ue.clear(),jt.clear(),Et.clear(),$e.clear(),je&&je.clear(),vt.forEach(function(Jt){Jt()})}function Si(Jt){w(!!Jt,"invalid args to regl({...})"),w.type(Jt,"object","invalid args to regl({...})");function En(ee){var W=e({},ee);delete W.uniforms,delete W.attributes,delete W.context,delete W.vao,"stencil"in W&&W.stencil.op&&(W.stencil.opBack=W.stencil.opFront=W.stencil.op,delete W.stencil.op);function H(q){if(q in W){var I=W[q];delete W[q],Object.keys(I).forEach(function(k){W[q+"."+k]=I[k]})}}return H("blend"),H("depth"),H("cull"),H("stencil"),H("polygonOffset"),H("scissor"),H("sample"),"vao"in ee&&(W.vao=ee.vao),W}function In(ee,W){var H={},q={};return Object.keys(ee).forEach(function(I){var k=ee[I];if(y.isDynamic(k)){q[I]=y.unbox(k,I);return}else if(W&&Array.isArray(k)){for(var F=0;F<k.length;++F)if(y.isDynamic(k[F])){q[I]=y.unbox(k,I);return}}H[I]=k}),{dynamic:q,static:H}}var di=In(Jt.context||{},!0),as=In(Jt.uniforms||{},!0),no=In(Jt.attributes||{},!1),B=In(En(Jt),!1),me={gpuTime:0,cpuTime:0,count:0},le=It.compile(B,no,as,di,me),Ct=le.draw,Sn=le.batch,L=le.scope,A=[];function V(ee){for(;A.length<ee;)A.push(null);return A}function K(ee,W){var H;if(Ce&&w.raise("context lost"),typeof ee=="function")return L.call(this,null,ee,0);if(typeof W=="function")if(typeof ee=="number")for(H=0;H<ee;++H)L.call(this,null,W,H);else if(Array.isArray(ee))for(H=0;H<ee.length;++H)L.call(this,ee[H],W,H);else return L.call(this,ee,W,0);else if(typeof ee=="number"){if(ee>0)return Sn.call(this,V(ee|0),ee|0)}else if(Array.isArray(ee)){if(ee.length)return Sn.call(this,ee,ee.length)}else return Ct.call(this,ee)}return e(K,{stats:me,destroy:function(){le.destroy()}})}var Kn=we.setFBO=Si({framebuffer:y.define.call(null,C0,"framebuffer")});function vi(Jt,En){var In=0;It.procs.poll();var di=En.color;di&&(z.clearColor(+di[0]||0,+di[1]||0,+di[2]||0,+di[3]||0),In|=ny),"depth"in En&&(z.clearDepth(+En.depth),In|=iy),"stencil"in En&&(z.clearStencil(En.stencil|0),In|=ry),w(!!In,"called regl.clear with no buffer specified"),z.clear(In)}function bi(Jt){if(w(typeof Jt=="object"&&Jt,"regl.clear() takes an object as input"),"framebuffer"in Jt)if(Jt.framebuffer&&Jt.framebuffer_reglType==="framebufferCube")for(var En=0;En<6;++En)Kn(e({framebuffer:Jt.framebuffer.faces[En]},Jt),vi);else Kn(Jt,vi);else vi(null,Jt)}function Mi(Jt){w.type(Jt,"function","regl.frame() callback must be a function"),mt.push(Jt);function En(){var In=R0(mt,Jt);w(In>=0,"cannot cancel a frame twice");function di(){var as=R0(mt,di);mt[as]=mt[mt.length-1],mt.length-=1,mt.length<=0&&Mn()}mt[In]=di}return cn(),{cancel:En}}function Ci(){var Jt=Xe.viewport,En=Xe.scissor_box;Jt[0]=Jt[1]=En[0]=En[1]=0,Ve.viewportWidth=Ve.framebufferWidth=Ve.drawingBufferWidth=Jt[2]=En[2]=z.drawingBufferWidth,Ve.viewportHeight=Ve.framebufferHeight=Ve.drawingBufferHeight=Jt[3]=En[3]=z.drawingBufferHeight}function Oi(){Ve.tick+=1,Ve.time=mn(),Ci(),It.procs.poll()}function fi(){jt.refresh(),Ci(),It.procs.refresh(),je&&je.update()}function mn(){return(Ye()-Je)/1e3}fi();function Fi(Jt,En){w.type(En,"function","listener callback must be a function");var In;switch(Jt){case"frame":return Mi(En);case"lost":In=hn;break;case"restore":In=an;break;case"destroy":In=vt;break;default:w.raise("invalid event, must be one of frame,lost,restore,destroy")}return In.push(En),{cancel:function(){for(var di=0;di<In.length;++di)if(In[di]===En){In[di]=In[In.length-1],In.pop();return}}}}var Fn=e(Si,{clear:bi,prop:y.define.bind(null,C0),context:y.define.bind(null,ay),this:y.define.bind(null,oy),draw:Si({}),buffer:function(Jt){return $e.create(Jt,sy,!1,!1)},elements:function(Jt){return Et.create(Jt,!1)},texture:jt.create2D,cube:jt.createCube,renderbuffer:Pe.create,framebuffer:we.create,framebufferCube:we.createCube,vao:Ue.createVAO,attributes:fe,frame:Mi,on:Fi,limits:ve,hasExtension:function(Jt){return ve.extensions.indexOf(Jt.toLowerCase())>=0},read:lt,destroy:wn,_gl:z,_refresh:fi,poll:function(){Oi(),je&&je.update()},now:mn,stats:Ge});return R.onDone(null,Fn),Fn}return ly}))});async function Ls(n){if(!n.ok){let e=`${n.status} ${n.statusText}`;try{e=(await n.json()).error||e}catch{}let t=new Error(e);throw t.status=n.status,t}return n}async function Ah(n){return(await Ls(await fetch(n))).json()}async function Qp(n){return new Float32Array(await(await Ls(await fetch(n))).arrayBuffer())}async function D0(n){return new Uint32Array(await(await Ls(await fetch(n))).arrayBuffer())}async function em(n){let e=await Ls(await fetch(n));return{bytes:new Uint8Array(await e.arrayBuffer()),headers:e.headers}}async function tm(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(e)});return(await Ls(t)).json()}async function N0(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/octet-stream"},body:e});return(await Ls(t)).json()}async function O0(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/octet-stream"},body:e});return URL.createObjectURL(await(await Ls(t)).blob())}var wa={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Ca={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},a_=0,Rm=1,o_=2;var Kc=1,l_=2,vl=3,Ra=0,Ji=1,Cr=2,lo=0,xl=1,Im=2,Pm=3,Lm=4,c_=5;var co=100,u_=101,h_=102,f_=103,d_=104,p_=200,m_=201,g_=202,__=203,Dm=204,Nm=205,v_=206,x_=207,y_=208,S_=209,b_=210,M_=211,E_=212,A_=213,T_=214,qh=0,Zh=1,jh=2,ol=3,Kh=4,Jh=5,Qh=6,ef=7,wf=0,w_=1,C_=2,fs=0,Om=1,Fm=2,Um=3,Bm=4,zm=5,km=6,Gm=7;var Vm=300,uo=301,yl=302,Cf=303,Rf=304,tf=1e3,cs=1001,nf=1002,Bi=1003,R_=1004;var Jc=1005;var ji=1006,If=1007;var Vs=1008;var sr=1009,Hm=1010,Wm=1011,Sl=1012,Pf=1013,Xr=1014,Yr=1015,$r=1016,Lf=1017,Df=1018,ho=1020,Xm=35902,Ym=35899,$m=1021,qm=1022,qr=1023,zs=1026,Hs=1027,Zm=1028,Nf=1029,Ia=1030,Of=1031;var Ff=1033,Qc=33776,eu=33777,tu=33778,nu=33779,Uf=35840,Bf=35841,zf=35842,kf=35843,Gf=36196,Vf=37492,Hf=37496,Wf=37488,Xf=37489,iu=37490,Yf=37491,$f=37808,qf=37809,Zf=37810,jf=37811,Kf=37812,Jf=37813,Qf=37814,ed=37815,td=37816,nd=37817,id=37818,rd=37819,sd=37820,ad=37821,od=36492,ld=36494,cd=36495,ud=36283,hd=36284,ru=36285,fd=36286;var Ic=2300,rf=2301,Yh=2302,bm=2303,Mm=2400,Em=2401,Am=2402;var I_=3200;var dd=0,P_=1,Ws="",dr="srgb",Pc="srgb-linear",Lc="linear",$n="srgb";var $h=7680;var L_=519,D_=512,N_=513,O_=514,jm=515,F_=516,U_=517,Km=518,Jm=519,B_=35044;var Qm="300 es",Ar=2e3,ll=2001;function _y(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function vy(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function Dc(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function z_(){let n=Dc("canvas");return n.style.display="block",n}var F0={},cl=null;function eg(...n){let e="THREE."+n.shift();cl?cl("log",e,...n):console.log(e,...n)}function k_(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function gn(...n){n=k_(n);let e="THREE."+n.shift();if(cl)cl("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function xn(...n){n=k_(n);let e="THREE."+n.shift();if(cl)cl("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function wc(...n){let e=n.join(" ");e in F0||(F0[e]=!0,gn(...n))}function G_(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var V_={[qh]:qh,[jh]:Qh,[Kh]:Kh,[ol]:Jh,[Zh]:Zh,[Qh]:jh,[ef]:ef,[Jh]:ol},Wr=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Hi=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],U0=1234567,Cc=Math.PI/180,ul=180/Math.PI;function bl(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Hi[n&255]+Hi[n>>8&255]+Hi[n>>16&255]+Hi[n>>24&255]+"-"+Hi[e&255]+Hi[e>>8&255]+"-"+Hi[e>>16&15|64]+Hi[e>>24&255]+"-"+Hi[t&63|128]+Hi[t>>8&255]+"-"+Hi[t>>16&255]+Hi[t>>24&255]+Hi[i&255]+Hi[i>>8&255]+Hi[i>>16&255]+Hi[i>>24&255]).toLowerCase()}function Nn(n,e,t){return Math.max(e,Math.min(t,n))}function tg(n,e){return(n%e+e)%e}function xy(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function yy(n,e,t){return n!==e?(t-n)/(e-n):0}function Rc(n,e,t){return(1-t)*n+t*e}function Sy(n,e,t,i){return Rc(n,e,1-Math.exp(-t*i))}function by(n,e=1){return e-Math.abs(tg(n,e*2)-e)}function My(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function Ey(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function Ay(n,e){return n+Math.floor(Math.random()*(e-n+1))}function Ty(n,e){return n+Math.random()*(e-n)}function wy(n){return n*(.5-Math.random())}function Cy(n){n!==void 0&&(U0=n);let e=U0+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function Ry(n){return n*Cc}function Iy(n){return n*ul}function Py(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function Ly(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function ng(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function Dy(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),c=a(t/2),l=s((e+i)/2),u=a((e+i)/2),d=s((e-i)/2),h=a((e-i)/2),m=s((i-e)/2),v=a((i-e)/2);switch(r){case"XYX":n.set(o*u,c*d,c*h,o*l);break;case"YZY":n.set(c*h,o*u,c*d,o*l);break;case"ZXZ":n.set(c*d,c*h,o*u,o*l);break;case"XZX":n.set(o*u,c*v,c*m,o*l);break;case"YXY":n.set(c*m,o*u,c*v,o*l);break;case"ZYZ":n.set(c*v,c*m,o*u,o*l);break;default:gn("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function ig(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function H_(n,e){if(e.constructor===Float32Array)return n;let t=ig(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function W_(n,e){if(e.constructor===Float32Array)return n;let t=ig(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var rg={DEG2RAD:Cc,RAD2DEG:ul,generateUUID:bl,clamp:Nn,euclideanModulo:tg,mapLinear:xy,inverseLerp:yy,lerp:Rc,damp:Sy,pingpong:by,smoothstep:My,smootherstep:Ey,randInt:Ay,randFloat:Ty,randFloatSpread:wy,seededRandom:Cy,degToRad:Ry,radToDeg:Iy,isPowerOfTwo:Py,ceilPowerOfTwo:Ly,floorPowerOfTwo:ng,setQuaternionFromProperEuler:Dy,normalize:W_,denormalize:H_},cg=class cg{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=Nn(this.x,e.x,t.x),this.y=Nn(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=Nn(this.x,e,t),this.y=Nn(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Nn(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Nn(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};cg.prototype.isVector2=!0;var yn=cg,gr=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let c=i[r+0],l=i[r+1],u=i[r+2],d=i[r+3],h=s[a+0],m=s[a+1],v=s[a+2],S=s[a+3];if(d!==S||c!==h||l!==m||u!==v){let g=c*h+l*m+u*v+d*S;g<0&&(h=-h,m=-m,v=-v,S=-S,g=-g);let _=1-o;if(g<.9995){let M=Math.acos(g),C=Math.sin(M);_=Math.sin(_*M)/C,o=Math.sin(o*M)/C,c=c*_+h*o,l=l*_+m*o,u=u*_+v*o,d=d*_+S*o}else{c=c*_+h*o,l=l*_+m*o,u=u*_+v*o,d=d*_+S*o;let M=1/Math.sqrt(c*c+l*l+u*u+d*d);c*=M,l*=M,u*=M,d*=M}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=d}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],c=i[r+1],l=i[r+2],u=i[r+3],d=s[a],h=s[a+1],m=s[a+2],v=s[a+3];return e[t]=o*v+u*d+c*m-l*h,e[t+1]=c*v+u*h+l*d-o*m,e[t+2]=l*v+u*m+o*h-c*d,e[t+3]=u*v-o*d-c*h-l*m,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,c=Math.sin,l=o(i/2),u=o(r/2),d=o(s/2),h=c(i/2),m=c(r/2),v=c(s/2);switch(a){case"XYZ":this._x=h*u*d+l*m*v,this._y=l*m*d-h*u*v,this._z=l*u*v+h*m*d,this._w=l*u*d-h*m*v;break;case"YXZ":this._x=h*u*d+l*m*v,this._y=l*m*d-h*u*v,this._z=l*u*v-h*m*d,this._w=l*u*d+h*m*v;break;case"ZXY":this._x=h*u*d-l*m*v,this._y=l*m*d+h*u*v,this._z=l*u*v+h*m*d,this._w=l*u*d-h*m*v;break;case"ZYX":this._x=h*u*d-l*m*v,this._y=l*m*d+h*u*v,this._z=l*u*v-h*m*d,this._w=l*u*d+h*m*v;break;case"YZX":this._x=h*u*d+l*m*v,this._y=l*m*d+h*u*v,this._z=l*u*v-h*m*d,this._w=l*u*d-h*m*v;break;case"XZY":this._x=h*u*d-l*m*v,this._y=l*m*d-h*u*v,this._z=l*u*v+h*m*d,this._w=l*u*d+h*m*v;break;default:gn("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],c=t[9],l=t[2],u=t[6],d=t[10],h=i+o+d;if(h>0){let m=.5/Math.sqrt(h+1);this._w=.25/m,this._x=(u-c)*m,this._y=(s-l)*m,this._z=(a-r)*m}else if(i>o&&i>d){let m=2*Math.sqrt(1+i-o-d);this._w=(u-c)/m,this._x=.25*m,this._y=(r+a)/m,this._z=(s+l)/m}else if(o>d){let m=2*Math.sqrt(1+o-i-d);this._w=(s-l)/m,this._x=(r+a)/m,this._y=.25*m,this._z=(c+u)/m}else{let m=2*Math.sqrt(1+d-i-o);this._w=(a-r)/m,this._x=(s+l)/m,this._y=(c+u)/m,this._z=.25*m}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(Nn(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,c=t._y,l=t._z,u=t._w;return this._x=i*u+a*o+r*l-s*c,this._y=r*u+a*c+s*o-i*l,this._z=s*u+a*l+i*c-r*o,this._w=a*u-i*o-r*c-s*l,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let c=1-t;if(o<.9995){let l=Math.acos(o),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this._onChangeCallback()}else this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},ug=class ug{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(B0.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(B0.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,c=e.w,l=2*(a*r-o*i),u=2*(o*t-s*r),d=2*(s*i-a*t);return this.x=t+c*l+a*d-o*u,this.y=i+c*u+o*l-s*d,this.z=r+c*d+s*u-a*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=Nn(this.x,e.x,t.x),this.y=Nn(this.y,e.y,t.y),this.z=Nn(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=Nn(this.x,e,t),this.y=Nn(this.y,e,t),this.z=Nn(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Nn(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,c=t.z;return this.x=r*c-s*o,this.y=s*a-i*c,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return nm.copy(this).projectOnVector(e),this.sub(nm)}reflect(e){return this.sub(nm.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(Nn(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};ug.prototype.isVector3=!0;var be=ug,nm=new be,B0=new gr,hg=class hg{constructor(e,t,i,r,s,a,o,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l)}set(e,t,i,r,s,a,o,c,l){let u=this.elements;return u[0]=e,u[1]=r,u[2]=o,u[3]=t,u[4]=s,u[5]=c,u[6]=i,u[7]=a,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],c=i[6],l=i[1],u=i[4],d=i[7],h=i[2],m=i[5],v=i[8],S=r[0],g=r[3],_=r[6],M=r[1],C=r[4],E=r[7],U=r[2],N=r[5],x=r[8];return s[0]=a*S+o*M+c*U,s[3]=a*g+o*C+c*N,s[6]=a*_+o*E+c*x,s[1]=l*S+u*M+d*U,s[4]=l*g+u*C+d*N,s[7]=l*_+u*E+d*x,s[2]=h*S+m*M+v*U,s[5]=h*g+m*C+v*N,s[8]=h*_+m*E+v*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8];return t*a*u-t*o*l-i*s*u+i*o*c+r*s*l-r*a*c}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=u*a-o*l,h=o*c-u*s,m=l*s-a*c,v=t*d+i*h+r*m;if(v===0)return this.set(0,0,0,0,0,0,0,0,0);let S=1/v;return e[0]=d*S,e[1]=(r*l-u*i)*S,e[2]=(o*i-r*a)*S,e[3]=h*S,e[4]=(u*t-r*c)*S,e[5]=(r*s-o*t)*S,e[6]=m*S,e[7]=(i*c-l*t)*S,e[8]=(a*t-i*s)*S,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let c=Math.cos(s),l=Math.sin(s);return this.set(i*c,i*l,-i*(c*a+l*o)+a+e,-r*l,r*c,-r*(-l*a+c*o)+o+t,0,0,1),this}scale(e,t){return wc("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(im.makeScale(e,t)),this}rotate(e){return wc("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(im.makeRotation(-e)),this}translate(e,t){return wc("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(im.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};hg.prototype.isMatrix3=!0;var bn=hg,im=new bn,z0=new bn().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),k0=new bn().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Ny(){let n={enabled:!0,workingColorSpace:Pc,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===$n&&(r.r=Bs(r.r),r.g=Bs(r.g),r.b=Bs(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===$n&&(r.r=al(r.r),r.g=al(r.g),r.b=al(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===Ws?Lc:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[Pc]:{primaries:e,whitePoint:i,transfer:Lc,toXYZ:z0,fromXYZ:k0,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:dr},outputColorSpaceConfig:{drawingBufferColorSpace:dr}},[dr]:{primaries:e,whitePoint:i,transfer:$n,toXYZ:z0,fromXYZ:k0,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:dr}}}),n}var Un=Ny();function Bs(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function al(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var $o,sf=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{$o===void 0&&($o=Dc("canvas")),$o.width=e.width,$o.height=e.height;let r=$o.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=$o}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Dc("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=Bs(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(Bs(t[i]/255)*255):t[i]=Bs(t[i]);return{data:t,width:e.width,height:e.height}}else return gn("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Oy=0,hl=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Oy++}),this.uuid=bl(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(rm(r[a].image)):s.push(rm(r[a]))}else s=rm(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function rm(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?sf.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(gn("Texture: Unable to serialize Texture."),{})}var Fy=0,sm=new be,rr=class n extends Wr{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=cs,r=cs,s=ji,a=Vs,o=qr,c=sr,l=n.DEFAULT_ANISOTROPY,u=Ws){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Fy++}),this.uuid=bl(),this.name="",this.source=new hl(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=l,this.format=o,this.internalFormat=null,this.type=c,this.offset=new yn(0,0),this.repeat=new yn(1,1),this.center=new yn(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new bn,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(sm).x}get height(){return this.source.getSize(sm).y}get depth(){return this.source.getSize(sm).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){gn(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){gn(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==Vm)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case tf:e.x=e.x-Math.floor(e.x);break;case cs:e.x=e.x<0?0:1;break;case nf:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case tf:e.y=e.y-Math.floor(e.y);break;case cs:e.y=e.y<0?0:1;break;case nf:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};rr.DEFAULT_IMAGE=null;rr.DEFAULT_MAPPING=Vm;rr.DEFAULT_ANISOTROPY=1;var fg=class fg{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,c=e.elements,l=c[0],u=c[4],d=c[8],h=c[1],m=c[5],v=c[9],S=c[2],g=c[6],_=c[10];if(Math.abs(u-h)<.01&&Math.abs(d-S)<.01&&Math.abs(v-g)<.01){if(Math.abs(u+h)<.1&&Math.abs(d+S)<.1&&Math.abs(v+g)<.1&&Math.abs(l+m+_-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let C=(l+1)/2,E=(m+1)/2,U=(_+1)/2,N=(u+h)/4,x=(d+S)/4,T=(v+g)/4;return C>E&&C>U?C<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(C),r=N/i,s=x/i):E>U?E<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(E),i=N/r,s=T/r):U<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(U),i=x/s,r=T/s),this.set(i,r,s,t),this}let M=Math.sqrt((g-v)*(g-v)+(d-S)*(d-S)+(h-u)*(h-u));return Math.abs(M)<.001&&(M=1),this.x=(g-v)/M,this.y=(d-S)/M,this.z=(h-u)/M,this.w=Math.acos((l+m+_-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=Nn(this.x,e.x,t.x),this.y=Nn(this.y,e.y,t.y),this.z=Nn(this.z,e.z,t.z),this.w=Nn(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=Nn(this.x,e,t),this.y=Nn(this.y,e,t),this.z=Nn(this.z,e,t),this.w=Nn(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(Nn(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};fg.prototype.isVector4=!0;var ci=fg,af=class extends Wr{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:ji,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new ci(0,0,e,t),this.scissorTest=!1,this.viewport=new ci(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new rr({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:ji,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new hl(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},_r=class extends af{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},Nc=class extends rr{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Bi,this.minFilter=Bi,this.wrapR=cs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var of=class extends rr{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Bi,this.minFilter=Bi,this.wrapR=cs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var Tf=class Tf{constructor(e,t,i,r,s,a,o,c,l,u,d,h,m,v,S,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l,u,d,h,m,v,S,g)}set(e,t,i,r,s,a,o,c,l,u,d,h,m,v,S,g){let _=this.elements;return _[0]=e,_[4]=t,_[8]=i,_[12]=r,_[1]=s,_[5]=a,_[9]=o,_[13]=c,_[2]=l,_[6]=u,_[10]=d,_[14]=h,_[3]=m,_[7]=v,_[11]=S,_[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new Tf().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/qo.setFromMatrixColumn(e,0).length(),s=1/qo.setFromMatrixColumn(e,1).length(),a=1/qo.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),c=Math.cos(r),l=Math.sin(r),u=Math.cos(s),d=Math.sin(s);if(e.order==="XYZ"){let h=a*u,m=a*d,v=o*u,S=o*d;t[0]=c*u,t[4]=-c*d,t[8]=l,t[1]=m+v*l,t[5]=h-S*l,t[9]=-o*c,t[2]=S-h*l,t[6]=v+m*l,t[10]=a*c}else if(e.order==="YXZ"){let h=c*u,m=c*d,v=l*u,S=l*d;t[0]=h+S*o,t[4]=v*o-m,t[8]=a*l,t[1]=a*d,t[5]=a*u,t[9]=-o,t[2]=m*o-v,t[6]=S+h*o,t[10]=a*c}else if(e.order==="ZXY"){let h=c*u,m=c*d,v=l*u,S=l*d;t[0]=h-S*o,t[4]=-a*d,t[8]=v+m*o,t[1]=m+v*o,t[5]=a*u,t[9]=S-h*o,t[2]=-a*l,t[6]=o,t[10]=a*c}else if(e.order==="ZYX"){let h=a*u,m=a*d,v=o*u,S=o*d;t[0]=c*u,t[4]=v*l-m,t[8]=h*l+S,t[1]=c*d,t[5]=S*l+h,t[9]=m*l-v,t[2]=-l,t[6]=o*c,t[10]=a*c}else if(e.order==="YZX"){let h=a*c,m=a*l,v=o*c,S=o*l;t[0]=c*u,t[4]=S-h*d,t[8]=v*d+m,t[1]=d,t[5]=a*u,t[9]=-o*u,t[2]=-l*u,t[6]=m*d+v,t[10]=h-S*d}else if(e.order==="XZY"){let h=a*c,m=a*l,v=o*c,S=o*l;t[0]=c*u,t[4]=-d,t[8]=l*u,t[1]=h*d+S,t[5]=a*u,t[9]=m*d-v,t[2]=v*d-m,t[6]=o*u,t[10]=S*d+h}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(Uy,e,By)}lookAt(e,t,i){let r=this.elements;return hr.subVectors(e,t),hr.lengthSq()===0&&(hr.z=1),hr.normalize(),ma.crossVectors(i,hr),ma.lengthSq()===0&&(Math.abs(i.z)===1?hr.x+=1e-4:hr.z+=1e-4,hr.normalize(),ma.crossVectors(i,hr)),ma.normalize(),Th.crossVectors(hr,ma),r[0]=ma.x,r[4]=Th.x,r[8]=hr.x,r[1]=ma.y,r[5]=Th.y,r[9]=hr.y,r[2]=ma.z,r[6]=Th.z,r[10]=hr.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],c=i[8],l=i[12],u=i[1],d=i[5],h=i[9],m=i[13],v=i[2],S=i[6],g=i[10],_=i[14],M=i[3],C=i[7],E=i[11],U=i[15],N=r[0],x=r[4],T=r[8],Z=r[12],X=r[1],$=r[5],re=r[9],pe=r[13],G=r[2],_e=r[6],xe=r[10],ne=r[14],Le=r[3],de=r[7],Re=r[11],ie=r[15];return s[0]=a*N+o*X+c*G+l*Le,s[4]=a*x+o*$+c*_e+l*de,s[8]=a*T+o*re+c*xe+l*Re,s[12]=a*Z+o*pe+c*ne+l*ie,s[1]=u*N+d*X+h*G+m*Le,s[5]=u*x+d*$+h*_e+m*de,s[9]=u*T+d*re+h*xe+m*Re,s[13]=u*Z+d*pe+h*ne+m*ie,s[2]=v*N+S*X+g*G+_*Le,s[6]=v*x+S*$+g*_e+_*de,s[10]=v*T+S*re+g*xe+_*Re,s[14]=v*Z+S*pe+g*ne+_*ie,s[3]=M*N+C*X+E*G+U*Le,s[7]=M*x+C*$+E*_e+U*de,s[11]=M*T+C*re+E*xe+U*Re,s[15]=M*Z+C*pe+E*ne+U*ie,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],c=e[9],l=e[13],u=e[2],d=e[6],h=e[10],m=e[14],v=e[3],S=e[7],g=e[11],_=e[15],M=c*m-l*h,C=o*m-l*d,E=o*h-c*d,U=a*m-l*u,N=a*h-c*u,x=a*d-o*u;return t*(S*M-g*C+_*E)-i*(v*M-g*U+_*N)+r*(v*C-S*U+_*x)-s*(v*E-S*N+g*x)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],c=e[2],l=e[6],u=e[10];return t*(a*u-o*l)-i*(s*u-o*c)+r*(s*l-a*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=e[9],h=e[10],m=e[11],v=e[12],S=e[13],g=e[14],_=e[15],M=t*o-i*a,C=t*c-r*a,E=t*l-s*a,U=i*c-r*o,N=i*l-s*o,x=r*l-s*c,T=u*S-d*v,Z=u*g-h*v,X=u*_-m*v,$=d*g-h*S,re=d*_-m*S,pe=h*_-m*g,G=M*pe-C*re+E*$+U*X-N*Z+x*T;if(G===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let _e=1/G;return e[0]=(o*pe-c*re+l*$)*_e,e[1]=(r*re-i*pe-s*$)*_e,e[2]=(S*x-g*N+_*U)*_e,e[3]=(h*N-d*x-m*U)*_e,e[4]=(c*X-a*pe-l*Z)*_e,e[5]=(t*pe-r*X+s*Z)*_e,e[6]=(g*E-v*x-_*C)*_e,e[7]=(u*x-h*E+m*C)*_e,e[8]=(a*re-o*X+l*T)*_e,e[9]=(i*X-t*re-s*T)*_e,e[10]=(v*N-S*E+_*M)*_e,e[11]=(d*E-u*N-m*M)*_e,e[12]=(o*Z-a*$-c*T)*_e,e[13]=(t*$-i*Z+r*T)*_e,e[14]=(S*C-v*U-g*M)*_e,e[15]=(u*U-d*C+h*M)*_e,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,c=e.z,l=s*a,u=s*o;return this.set(l*a+i,l*o-r*c,l*c+r*o,0,l*o+r*c,u*o+i,u*c-r*a,0,l*c-r*o,u*c+r*a,s*c*c+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,c=t._w,l=s+s,u=a+a,d=o+o,h=s*l,m=s*u,v=s*d,S=a*u,g=a*d,_=o*d,M=c*l,C=c*u,E=c*d,U=i.x,N=i.y,x=i.z;return r[0]=(1-(S+_))*U,r[1]=(m+E)*U,r[2]=(v-C)*U,r[3]=0,r[4]=(m-E)*N,r[5]=(1-(h+_))*N,r[6]=(g+M)*N,r[7]=0,r[8]=(v+C)*x,r[9]=(g-M)*x,r[10]=(1-(h+S))*x,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=qo.set(r[0],r[1],r[2]).length(),o=qo.set(r[4],r[5],r[6]).length(),c=qo.set(r[8],r[9],r[10]).length();s<0&&(a=-a),Gr.copy(this);let l=1/a,u=1/o,d=1/c;return Gr.elements[0]*=l,Gr.elements[1]*=l,Gr.elements[2]*=l,Gr.elements[4]*=u,Gr.elements[5]*=u,Gr.elements[6]*=u,Gr.elements[8]*=d,Gr.elements[9]*=d,Gr.elements[10]*=d,t.setFromRotationMatrix(Gr),i.x=a,i.y=o,i.z=c,this}makePerspective(e,t,i,r,s,a,o=Ar,c=!1){let l=this.elements,u=2*s/(t-e),d=2*s/(i-r),h=(t+e)/(t-e),m=(i+r)/(i-r),v,S;if(c)v=s/(a-s),S=a*s/(a-s);else if(o===Ar)v=-(a+s)/(a-s),S=-2*a*s/(a-s);else if(o===ll)v=-a/(a-s),S=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=h,l[12]=0,l[1]=0,l[5]=d,l[9]=m,l[13]=0,l[2]=0,l[6]=0,l[10]=v,l[14]=S,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=Ar,c=!1){let l=this.elements,u=2/(t-e),d=2/(i-r),h=-(t+e)/(t-e),m=-(i+r)/(i-r),v,S;if(c)v=1/(a-s),S=a/(a-s);else if(o===Ar)v=-2/(a-s),S=-(a+s)/(a-s);else if(o===ll)v=-1/(a-s),S=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=0,l[12]=h,l[1]=0,l[5]=d,l[9]=0,l[13]=m,l[2]=0,l[6]=0,l[10]=v,l[14]=S,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};Tf.prototype.isMatrix4=!0;var li=Tf,qo=new be,Gr=new li,Uy=new be(0,0,0),By=new be(1,1,1),ma=new be,Th=new be,hr=new be,G0=new li,V0=new gr,ks=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],c=r[1],l=r[5],u=r[9],d=r[2],h=r[6],m=r[10];switch(t){case"XYZ":this._y=Math.asin(Nn(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-u,m),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(h,l),this._z=0);break;case"YXZ":this._x=Math.asin(-Nn(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(o,m),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-d,s),this._z=0);break;case"ZXY":this._x=Math.asin(Nn(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(-d,m),this._z=Math.atan2(-a,l)):(this._y=0,this._z=Math.atan2(c,s));break;case"ZYX":this._y=Math.asin(-Nn(d,-1,1)),Math.abs(d)<.9999999?(this._x=Math.atan2(h,m),this._z=Math.atan2(c,s)):(this._x=0,this._z=Math.atan2(-a,l));break;case"YZX":this._z=Math.asin(Nn(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-d,s)):(this._x=0,this._y=Math.atan2(o,m));break;case"XZY":this._z=Math.asin(-Nn(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(h,l),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-u,m),this._y=0);break;default:gn("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return G0.makeRotationFromQuaternion(e),this.setFromRotationMatrix(G0,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return V0.setFromEuler(this),this.setFromQuaternion(V0,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};ks.DEFAULT_ORDER="XYZ";var Oc=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},zy=0,H0=new be,Zo=new gr,Ds=new li,wh=new be,Mc=new be,ky=new be,Gy=new gr,W0=new be(1,0,0),X0=new be(0,1,0),Y0=new be(0,0,1),$0={type:"added"},Vy={type:"removed"},jo={type:"childadded",child:null},am={type:"childremoved",child:null},Ki=class n extends Wr{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:zy++}),this.uuid=bl(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new be,t=new ks,i=new gr,r=new be(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new li},normalMatrix:{value:new bn}}),this.matrix=new li,this.matrixWorld=new li,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new Oc,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return Zo.setFromAxisAngle(e,t),this.quaternion.multiply(Zo),this}rotateOnWorldAxis(e,t){return Zo.setFromAxisAngle(e,t),this.quaternion.premultiply(Zo),this}rotateX(e){return this.rotateOnAxis(W0,e)}rotateY(e){return this.rotateOnAxis(X0,e)}rotateZ(e){return this.rotateOnAxis(Y0,e)}translateOnAxis(e,t){return H0.copy(e).applyQuaternion(this.quaternion),this.position.add(H0.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(W0,e)}translateY(e){return this.translateOnAxis(X0,e)}translateZ(e){return this.translateOnAxis(Y0,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Ds.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?wh.copy(e):wh.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Mc.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Ds.lookAt(Mc,wh,this.up):Ds.lookAt(wh,Mc,this.up),this.quaternion.setFromRotationMatrix(Ds),r&&(Ds.extractRotation(r.matrixWorld),Zo.setFromRotationMatrix(Ds),this.quaternion.premultiply(Zo.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(xn("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent($0),jo.child=e,this.dispatchEvent(jo),jo.child=null):xn("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Vy),am.child=e,this.dispatchEvent(am),am.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Ds.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Ds.multiply(e.parent.matrixWorld)),e.applyMatrix4(Ds),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent($0),jo.child=e,this.dispatchEvent(jo),jo.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Mc,e,ky),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Mc,Gy,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,c){return o[c.uuid]===void 0&&(o[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let c=o.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let d=c[l];s(e.shapes,d)}else s(e.shapes,c)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let c=0,l=this.material.length;c<l;c++)o.push(s(e.materials,this.material[c]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let c=this.animations[o];r.animations.push(s(e.animations,c))}}if(t){let o=a(e.geometries),c=a(e.materials),l=a(e.textures),u=a(e.images),d=a(e.shapes),h=a(e.skeletons),m=a(e.animations),v=a(e.nodes);o.length>0&&(i.geometries=o),c.length>0&&(i.materials=c),l.length>0&&(i.textures=l),u.length>0&&(i.images=u),d.length>0&&(i.shapes=d),h.length>0&&(i.skeletons=h),m.length>0&&(i.animations=m),v.length>0&&(i.nodes=v)}return i.object=r,i;function a(o){let c=[];for(let l in o){let u=o[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Ki.DEFAULT_UP=new be(0,1,0);Ki.DEFAULT_MATRIX_AUTO_UPDATE=!0;Ki.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var oo=class extends Ki{constructor(){super(),this.isGroup=!0,this.type="Group"}},Hy={type:"move"},fl=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new oo,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new oo,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new be,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new be),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new oo,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new be,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new be,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){a=!0;for(let S of e.hand.values()){let g=t.getJointPose(S,i),_=this._getHandJoint(l,S);g!==null&&(_.matrix.fromArray(g.transform.matrix),_.matrix.decompose(_.position,_.quaternion,_.scale),_.matrixWorldNeedsUpdate=!0,_.jointRadius=g.radius),_.visible=g!==null}let u=l.joints["index-finger-tip"],d=l.joints["thumb-tip"],h=u.position.distanceTo(d.position),m=.02,v=.005;l.inputState.pinching&&h>m+v?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&h<=m-v&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(c.matrix.fromArray(s.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,s.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(s.linearVelocity)):c.hasLinearVelocity=!1,s.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(s.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(Hy)))}return o!==null&&(o.visible=r!==null),c!==null&&(c.visible=s!==null),l!==null&&(l.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new oo;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},X_={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},ga={h:0,s:0,l:0},Ch={h:0,s:0,l:0};function om(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var Dn=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=dr){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Un.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Un.workingColorSpace){return this.r=e,this.g=t,this.b=i,Un.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Un.workingColorSpace){if(e=tg(e,1),t=Nn(t,0,1),i=Nn(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=om(a,s,e+1/3),this.g=om(a,s,e),this.b=om(a,s,e-1/3)}return Un.colorSpaceToWorking(this,r),this}setStyle(e,t=dr){function i(s){s!==void 0&&parseFloat(s)<1&&gn("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:gn("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);gn("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=dr){let i=X_[e.toLowerCase()];return i!==void 0?this.setHex(i,t):gn("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=Bs(e.r),this.g=Bs(e.g),this.b=Bs(e.b),this}copyLinearToSRGB(e){return this.r=al(e.r),this.g=al(e.g),this.b=al(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=dr){return Un.workingToColorSpace(Wi.copy(this),e),Math.round(Nn(Wi.r*255,0,255))*65536+Math.round(Nn(Wi.g*255,0,255))*256+Math.round(Nn(Wi.b*255,0,255))}getHexString(e=dr){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Un.workingColorSpace){Un.workingToColorSpace(Wi.copy(this),t);let i=Wi.r,r=Wi.g,s=Wi.b,a=Math.max(i,r,s),o=Math.min(i,r,s),c,l,u=(o+a)/2;if(o===a)c=0,l=0;else{let d=a-o;switch(l=u<=.5?d/(a+o):d/(2-a-o),a){case i:c=(r-s)/d+(r<s?6:0);break;case r:c=(s-i)/d+2;break;case s:c=(i-r)/d+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=Un.workingColorSpace){return Un.workingToColorSpace(Wi.copy(this),t),e.r=Wi.r,e.g=Wi.g,e.b=Wi.b,e}getStyle(e=dr){Un.workingToColorSpace(Wi.copy(this),e);let t=Wi.r,i=Wi.g,r=Wi.b;return e!==dr?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(ga),this.setHSL(ga.h+e,ga.s+t,ga.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(ga),e.getHSL(Ch);let i=Rc(ga.h,Ch.h,t),r=Rc(ga.s,Ch.s,t),s=Rc(ga.l,Ch.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Wi=new Dn;Dn.NAMES=X_;var Fc=class extends Ki{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new ks,this.environmentIntensity=1,this.environmentRotation=new ks,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Vr=new be,Ns=new be,lm=new be,Os=new be,Ko=new be,Jo=new be,q0=new be,cm=new be,um=new be,hm=new be,fm=new ci,dm=new ci,pm=new ci,ya=class n{constructor(e=new be,t=new be,i=new be){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),Vr.subVectors(e,t),r.cross(Vr);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){Vr.subVectors(r,t),Ns.subVectors(i,t),lm.subVectors(e,t);let a=Vr.dot(Vr),o=Vr.dot(Ns),c=Vr.dot(lm),l=Ns.dot(Ns),u=Ns.dot(lm),d=a*l-o*o;if(d===0)return s.set(0,0,0),null;let h=1/d,m=(l*c-o*u)*h,v=(a*u-o*c)*h;return s.set(1-m-v,v,m)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,Os)===null?!1:Os.x>=0&&Os.y>=0&&Os.x+Os.y<=1}static getInterpolation(e,t,i,r,s,a,o,c){return this.getBarycoord(e,t,i,r,Os)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(s,Os.x),c.addScaledVector(a,Os.y),c.addScaledVector(o,Os.z),c)}static getInterpolatedAttribute(e,t,i,r,s,a){return fm.setScalar(0),dm.setScalar(0),pm.setScalar(0),fm.fromBufferAttribute(e,t),dm.fromBufferAttribute(e,i),pm.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(fm,s.x),a.addScaledVector(dm,s.y),a.addScaledVector(pm,s.z),a}static isFrontFacing(e,t,i,r){return Vr.subVectors(i,t),Ns.subVectors(e,t),Vr.cross(Ns).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Vr.subVectors(this.c,this.b),Ns.subVectors(this.a,this.b),Vr.cross(Ns).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;Ko.subVectors(r,i),Jo.subVectors(s,i),cm.subVectors(e,i);let c=Ko.dot(cm),l=Jo.dot(cm);if(c<=0&&l<=0)return t.copy(i);um.subVectors(e,r);let u=Ko.dot(um),d=Jo.dot(um);if(u>=0&&d<=u)return t.copy(r);let h=c*d-u*l;if(h<=0&&c>=0&&u<=0&&c-u>0)return a=c/(c-u),t.copy(i).addScaledVector(Ko,a);hm.subVectors(e,s);let m=Ko.dot(hm),v=Jo.dot(hm);if(v>=0&&m<=v)return t.copy(s);let S=m*l-c*v;if(S<=0&&l>=0&&v<=0)return o=l/(l-v),t.copy(i).addScaledVector(Jo,o);let g=u*v-m*d;if(g<=0&&d-u>=0&&m-v>=0)return q0.subVectors(s,r),o=(d-u)/(d-u+(m-v)),t.copy(r).addScaledVector(q0,o);let _=1/(g+S+h);return a=S*_,o=h*_,t.copy(i).addScaledVector(Ko,a).addScaledVector(Jo,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Sa=class{constructor(e=new be(1/0,1/0,1/0),t=new be(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(Hr.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(Hr.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=Hr.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,Hr):Hr.fromBufferAttribute(s,a),Hr.applyMatrix4(e.matrixWorld),this.expandByPoint(Hr);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Rh.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),Rh.copy(i.boundingBox)),Rh.applyMatrix4(e.matrixWorld),this.union(Rh)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Hr),Hr.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Ec),Ih.subVectors(this.max,Ec),Qo.subVectors(e.a,Ec),el.subVectors(e.b,Ec),tl.subVectors(e.c,Ec),_a.subVectors(el,Qo),va.subVectors(tl,el),io.subVectors(Qo,tl);let t=[0,-_a.z,_a.y,0,-va.z,va.y,0,-io.z,io.y,_a.z,0,-_a.x,va.z,0,-va.x,io.z,0,-io.x,-_a.y,_a.x,0,-va.y,va.x,0,-io.y,io.x,0];return!mm(t,Qo,el,tl,Ih)||(t=[1,0,0,0,1,0,0,0,1],!mm(t,Qo,el,tl,Ih))?!1:(Ph.crossVectors(_a,va),t=[Ph.x,Ph.y,Ph.z],mm(t,Qo,el,tl,Ih))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Hr).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Hr).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Fs[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Fs[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Fs[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Fs[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Fs[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Fs[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Fs[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Fs[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Fs),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Fs=[new be,new be,new be,new be,new be,new be,new be,new be],Hr=new be,Rh=new Sa,Qo=new be,el=new be,tl=new be,_a=new be,va=new be,io=new be,Ec=new be,Ih=new be,Ph=new be,ro=new be;function mm(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){ro.fromArray(n,s);let o=r.x*Math.abs(ro.x)+r.y*Math.abs(ro.y)+r.z*Math.abs(ro.z),c=e.dot(ro),l=t.dot(ro),u=i.dot(ro);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>o)return!1}return!0}var wi=new be,Lh=new yn,Wy=0,mr=class extends Wr{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Wy++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=B_,this.updateRanges=[],this.gpuType=Yr,this.version=0,this._normalizationScale=e!==void 0?ig(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)Lh.fromBufferAttribute(this,t),Lh.applyMatrix3(e),this.setXY(t,Lh.x,Lh.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyMatrix3(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyMatrix4(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyNormalMatrix(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.transformDirection(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):H_(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):W_(e,this.array)}};var Uc=class extends mr{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var Bc=class extends mr{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Tr=class extends mr{constructor(e,t,i){super(new Float32Array(e),t,i)}},Xy=new Sa,Ac=new be,gm=new be,dl=class{constructor(e=new be,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):Xy.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Ac.subVectors(e,this.center);let t=Ac.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Ac,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(gm.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Ac.copy(e.center).add(gm)),this.expandByPoint(Ac.copy(e.center).sub(gm))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},Yy=0,Er=new li,_m=new Ki,nl=new be,fr=new Sa,Tc=new Sa,Ui=new be,us=class n extends Wr{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:Yy++}),this.uuid=bl(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(_y(e)?Bc:Uc)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new bn().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Er.makeRotationFromQuaternion(e),this.applyMatrix4(Er),this}rotateX(e){return Er.makeRotationX(e),this.applyMatrix4(Er),this}rotateY(e){return Er.makeRotationY(e),this.applyMatrix4(Er),this}rotateZ(e){return Er.makeRotationZ(e),this.applyMatrix4(Er),this}translate(e,t,i){return Er.makeTranslation(e,t,i),this.applyMatrix4(Er),this}scale(e,t,i){return Er.makeScale(e,t,i),this.applyMatrix4(Er),this}lookAt(e){return _m.lookAt(e),_m.updateMatrix(),this.applyMatrix4(_m.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(nl).negate(),this.translate(nl.x,nl.y,nl.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Tr(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&gn("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Sa);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){xn("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new be(-1/0,-1/0,-1/0),new be(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];fr.setFromBufferAttribute(s),this.morphTargetsRelative?(Ui.addVectors(this.boundingBox.min,fr.min),this.boundingBox.expandByPoint(Ui),Ui.addVectors(this.boundingBox.max,fr.max),this.boundingBox.expandByPoint(Ui)):(this.boundingBox.expandByPoint(fr.min),this.boundingBox.expandByPoint(fr.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&xn('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new dl);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){xn("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new be,1/0);return}if(e){let i=this.boundingSphere.center;if(fr.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];Tc.setFromBufferAttribute(o),this.morphTargetsRelative?(Ui.addVectors(fr.min,Tc.min),fr.expandByPoint(Ui),Ui.addVectors(fr.max,Tc.max),fr.expandByPoint(Ui)):(fr.expandByPoint(Tc.min),fr.expandByPoint(Tc.max))}fr.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Ui.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Ui));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],c=this.morphTargetsRelative;for(let l=0,u=o.count;l<u;l++)Ui.fromBufferAttribute(o,l),c&&(nl.fromBufferAttribute(e,l),Ui.add(nl)),r=Math.max(r,i.distanceToSquared(Ui))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&xn('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){xn("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new mr(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],c=[],l=new Uint8Array(i.count);for(let Z=0;Z<i.count;Z++)o[Z]=new be,c[Z]=new be;let u=new be,d=new be,h=new be,m=new yn,v=new yn,S=new yn,g=new be,_=new be;function M(Z,X,$){l[Z]=l[X]=l[$]=1,u.fromBufferAttribute(i,Z),d.fromBufferAttribute(i,X),h.fromBufferAttribute(i,$),m.fromBufferAttribute(s,Z),v.fromBufferAttribute(s,X),S.fromBufferAttribute(s,$),d.sub(u),h.sub(u),v.sub(m),S.sub(m);let re=1/(v.x*S.y-S.x*v.y);isFinite(re)&&(g.copy(d).multiplyScalar(S.y).addScaledVector(h,-v.y).multiplyScalar(re),_.copy(h).multiplyScalar(v.x).addScaledVector(d,-S.x).multiplyScalar(re),o[Z].add(g),o[X].add(g),o[$].add(g),c[Z].add(_),c[X].add(_),c[$].add(_))}let C=this.groups;C.length===0&&(C=[{start:0,count:e.count}]);for(let Z=0,X=C.length;Z<X;++Z){let $=C[Z],re=$.start,pe=$.count;for(let G=re,_e=re+pe;G<_e;G+=3)M(e.getX(G+0),e.getX(G+1),e.getX(G+2))}let E=new be,U=new be,N=new be,x=new be;function T(Z){N.fromBufferAttribute(r,Z),x.copy(N);let X=o[Z];E.copy(X),E.sub(N.multiplyScalar(N.dot(X))).normalize(),U.crossVectors(x,X);let re=U.dot(c[Z])<0?-1:1;a.setXYZW(Z,E.x,E.y,E.z,re)}for(let Z=0,X=i.count;Z<X;++Z)l[Z]&&T(Z);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new mr(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let h=0,m=i.count;h<m;h++)i.setXYZ(h,0,0,0);let r=new be,s=new be,a=new be,o=new be,c=new be,l=new be,u=new be,d=new be;if(e)for(let h=0,m=e.count;h<m;h+=3){let v=e.getX(h+0),S=e.getX(h+1),g=e.getX(h+2);r.fromBufferAttribute(t,v),s.fromBufferAttribute(t,S),a.fromBufferAttribute(t,g),u.subVectors(a,s),d.subVectors(r,s),u.cross(d),o.fromBufferAttribute(i,v),c.fromBufferAttribute(i,S),l.fromBufferAttribute(i,g),o.add(u),c.add(u),l.add(u),i.setXYZ(v,o.x,o.y,o.z),i.setXYZ(S,c.x,c.y,c.z),i.setXYZ(g,l.x,l.y,l.z)}else for(let h=0,m=t.count;h<m;h+=3)r.fromBufferAttribute(t,h+0),s.fromBufferAttribute(t,h+1),a.fromBufferAttribute(t,h+2),u.subVectors(a,s),d.subVectors(r,s),u.cross(d),i.setXYZ(h+0,u.x,u.y,u.z),i.setXYZ(h+1,u.x,u.y,u.z),i.setXYZ(h+2,u.x,u.y,u.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Ui.fromBufferAttribute(e,t),Ui.normalize(),e.setXYZ(t,Ui.x,Ui.y,Ui.z)}toNonIndexed(){function e(o,c){let l=o.array,u=o.itemSize,d=o.normalized,h=new l.constructor(c.length*u),m=0,v=0;for(let S=0,g=c.length;S<g;S++){o.isInterleavedBufferAttribute?m=c[S]*o.data.stride+o.offset:m=c[S]*u;for(let _=0;_<u;_++)h[v++]=l[m++]}return new mr(h,u,d)}if(this.index===null)return gn("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let c=r[o],l=e(c,i);t.setAttribute(o,l)}let s=this.morphAttributes;for(let o in s){let c=[],l=s[o];for(let u=0,d=l.length;u<d;u++){let h=l[u],m=e(h,i);c.push(m)}t.morphAttributes[o]=c}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,c=a.length;o<c;o++){let l=a[o];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let c in i){let l=i[c];e.data.attributes[c]=l.toJSON(e.data)}let r={},s=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let d=0,h=l.length;d<h;d++){let m=l[d];u.push(m.toJSON(e.data))}u.length>0&&(r[c]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let l in r){let u=r[l];this.setAttribute(l,u.clone(t))}let s=e.morphAttributes;for(let l in s){let u=[],d=s[l];for(let h=0,m=d.length;h<m;h++)u.push(d[h].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let l=0,u=a.length;l<u;l++){let d=a[l];this.addGroup(d.start,d.count,d.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var vm=new be,$y=new be,qy=new bn,pr=class{constructor(e=new be(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=vm.subVectors(i,t).cross($y.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(vm),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||qy.getNormalMatrix(e),r=this.coplanarPoint(vm).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},Zy=0,ba=class extends Wr{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:Zy++}),this.uuid=bl(),this.name="",this.type="Material",this.blending=xl,this.side=Ra,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=Dm,this.blendDst=Nm,this.blendEquation=co,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Dn(0,0,0),this.blendAlpha=0,this.depthFunc=ol,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=L_,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=$h,this.stencilZFail=$h,this.stencilZPass=$h,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){gn(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){gn(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let c=s[o];delete c.metadata,a.push(c)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Dn().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new pr().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new yn().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new yn().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Us=new be,xm=new be,Dh=new be,Nh=new be,pl=class{constructor(e=new be,t=new be(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Us)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Us.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Us.copy(this.origin).addScaledVector(this.direction,t),Us.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){xm.copy(e).add(t).multiplyScalar(.5),Dh.copy(t).sub(e).normalize(),Nh.copy(this.origin).sub(xm);let s=e.distanceTo(t)*.5,a=-this.direction.dot(Dh),o=Nh.dot(this.direction),c=-Nh.dot(Dh),l=Nh.lengthSq(),u=Math.abs(1-a*a),d,h,m,v;if(u>0)if(d=a*c-o,h=a*o-c,v=s*u,d>=0)if(h>=-v)if(h<=v){let S=1/u;d*=S,h*=S,m=d*(d+a*h+2*o)+h*(a*d+h+2*c)+l}else h=s,d=Math.max(0,-(a*h+o)),m=-d*d+h*(h+2*c)+l;else h=-s,d=Math.max(0,-(a*h+o)),m=-d*d+h*(h+2*c)+l;else h<=-v?(d=Math.max(0,-(-a*s+o)),h=d>0?-s:Math.min(Math.max(-s,-c),s),m=-d*d+h*(h+2*c)+l):h<=v?(d=0,h=Math.min(Math.max(-s,-c),s),m=h*(h+2*c)+l):(d=Math.max(0,-(a*s+o)),h=d>0?s:Math.min(Math.max(-s,-c),s),m=-d*d+h*(h+2*c)+l);else h=a>0?-s:s,d=Math.max(0,-(a*h+o)),m=-d*d+h*(h+2*c)+l;return i&&i.copy(this.origin).addScaledVector(this.direction,d),r&&r.copy(xm).addScaledVector(Dh,h),m}intersectSphere(e,t){if(e.radius<0)return null;Us.subVectors(e.center,this.origin);let i=Us.dot(this.direction),r=Us.dot(Us)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,c=i+a;return c<0?null:o<0?this.at(c,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,c,l=1/this.direction.x,u=1/this.direction.y,d=1/this.direction.z,h=this.origin;return l>=0?(i=(e.min.x-h.x)*l,r=(e.max.x-h.x)*l):(i=(e.max.x-h.x)*l,r=(e.min.x-h.x)*l),u>=0?(s=(e.min.y-h.y)*u,a=(e.max.y-h.y)*u):(s=(e.max.y-h.y)*u,a=(e.min.y-h.y)*u),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),d>=0?(o=(e.min.z-h.z)*d,c=(e.max.z-h.z)*d):(o=(e.max.z-h.z)*d,c=(e.min.z-h.z)*d),i>c||o>r)||((o>i||i!==i)&&(i=o),(c<r||r!==r)&&(r=c),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,Us)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,c=o.x,l=o.y,u=o.z,d=e.x-a.x,h=e.y-a.y,m=e.z-a.z,v=t.x-a.x,S=t.y-a.y,g=t.z-a.z,_=i.x-a.x,M=i.y-a.y,C=i.z-a.z,E=Math.abs(c),U=Math.abs(l),N=Math.abs(u),x,T,Z,X,$,re,pe,G,_e,xe,ne,Le;if(E>=U&&E>=N?(Z=c,re=d,_e=v,Le=_,c>=0?(x=l,T=u,X=h,$=m,pe=S,G=g,xe=M,ne=C):(x=u,T=l,X=m,$=h,pe=g,G=S,xe=C,ne=M)):U>=N?(Z=l,re=h,_e=S,Le=M,l>=0?(x=u,T=c,X=m,$=d,pe=g,G=v,xe=C,ne=_):(x=c,T=u,X=d,$=m,pe=v,G=g,xe=_,ne=C)):(Z=u,re=m,_e=g,Le=C,u>=0?(x=c,T=l,X=d,$=h,pe=v,G=S,xe=_,ne=M):(x=l,T=c,X=h,$=d,pe=S,G=v,xe=M,ne=_)),Z===0)return null;let de=x/Z,Re=T/Z,ie=1/Z,Ze=X-de*re,Ft=$-Re*re,Me=pe-de*_e,We=G-Re*_e,At=xe-de*Le,Wt=ne-Re*Le,tt=At*We-Wt*Me,Qt=Ze*Wt-Ft*At,Rn=Me*Ft-We*Ze;if(r){if(tt<0||Qt<0||Rn<0)return null}else if((tt<0||Qt<0||Rn<0)&&(tt>0||Qt>0||Rn>0))return null;let Zt=tt+Qt+Rn;if(Zt===0)return null;let Cn=ie*(tt*re+Qt*_e+Rn*Le);return(Zt>0?Cn<0:Cn>0)?null:this.at(Cn/Zt,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},lf=class extends ba{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Dn(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ks,this.combine=wf,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Z0=new li,so=new pl,Oh=new dl,j0=new be,Fh=new be,Uh=new be,Bh=new be,ym=new be,zh=new be,K0=new be,kh=new be,wr=class extends Ki{constructor(e=new us,t=new lf){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){zh.set(0,0,0);for(let c=0,l=s.length;c<l;c++){let u=o[c],d=s[c];u!==0&&(ym.fromBufferAttribute(d,e),a?zh.addScaledVector(ym,u):zh.addScaledVector(ym.sub(t),u))}t.add(zh)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),Oh.copy(i.boundingSphere),Oh.applyMatrix4(s),so.copy(e.ray).recast(e.near),!(Oh.containsPoint(so.origin)===!1&&(so.intersectSphere(Oh,j0)===null||so.origin.distanceToSquared(j0)>(e.far-e.near)**2))&&(Z0.copy(s).invert(),so.copy(e.ray).applyMatrix4(Z0),!(i.boundingBox!==null&&so.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,so)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,c=s.attributes.position,l=s.attributes.uv,u=s.attributes.uv1,d=s.attributes.normal,h=s.groups,m=s.drawRange;if(o!==null)if(Array.isArray(a))for(let v=0,S=h.length;v<S;v++){let g=h[v],_=a[g.materialIndex],M=Math.max(g.start,m.start),C=Math.min(o.count,Math.min(g.start+g.count,m.start+m.count));for(let E=M,U=C;E<U;E+=3){let N=o.getX(E),x=o.getX(E+1),T=o.getX(E+2);r=Gh(this,_,e,i,l,u,d,N,x,T),r&&(r.faceIndex=Math.floor(E/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let v=Math.max(0,m.start),S=Math.min(o.count,m.start+m.count);for(let g=v,_=S;g<_;g+=3){let M=o.getX(g),C=o.getX(g+1),E=o.getX(g+2);r=Gh(this,a,e,i,l,u,d,M,C,E),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(c!==void 0)if(Array.isArray(a))for(let v=0,S=h.length;v<S;v++){let g=h[v],_=a[g.materialIndex],M=Math.max(g.start,m.start),C=Math.min(c.count,Math.min(g.start+g.count,m.start+m.count));for(let E=M,U=C;E<U;E+=3){let N=E,x=E+1,T=E+2;r=Gh(this,_,e,i,l,u,d,N,x,T),r&&(r.faceIndex=Math.floor(E/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let v=Math.max(0,m.start),S=Math.min(c.count,m.start+m.count);for(let g=v,_=S;g<_;g+=3){let M=g,C=g+1,E=g+2;r=Gh(this,a,e,i,l,u,d,M,C,E),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function jy(n,e,t,i,r,s,a,o){let c;if(e.side===Ji?c=i.intersectTriangle(a,s,r,!0,o):c=i.intersectTriangle(r,s,a,e.side===Ra,o),c===null)return null;kh.copy(o),kh.applyMatrix4(n.matrixWorld);let l=t.ray.origin.distanceTo(kh);return l<t.near||l>t.far?null:{distance:l,point:kh.clone(),object:n}}function Gh(n,e,t,i,r,s,a,o,c,l){n.getVertexPosition(o,Fh),n.getVertexPosition(c,Uh),n.getVertexPosition(l,Bh);let u=jy(n,e,t,i,Fh,Uh,Bh,K0);if(u){let d=new be;ya.getBarycoord(K0,Fh,Uh,Bh,d),r&&(u.uv=ya.getInterpolatedAttribute(r,o,c,l,d,new yn)),s&&(u.uv1=ya.getInterpolatedAttribute(s,o,c,l,d,new yn)),a&&(u.normal=ya.getInterpolatedAttribute(a,o,c,l,d,new be),u.normal.dot(i.direction)>0&&u.normal.multiplyScalar(-1));let h={a:o,b:c,c:l,normal:new be,materialIndex:0};ya.getNormal(Fh,Uh,Bh,h.normal),u.face=h,u.barycoord=d}return u}var cf=class extends rr{constructor(e=null,t=1,i=1,r,s,a,o,c,l=Bi,u=Bi,d,h){super(null,a,o,c,l,u,r,s,d,h),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var ao=new dl,Ky=new yn(.5,.5),Vh=new be,Ma=class{constructor(e=new pr,t=new pr,i=new pr,r=new pr,s=new pr,a=new pr){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=Ar,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],c=s[2],l=s[3],u=s[4],d=s[5],h=s[6],m=s[7],v=s[8],S=s[9],g=s[10],_=s[11],M=s[12],C=s[13],E=s[14],U=s[15];if(r[0].setComponents(l-a,m-u,_-v,U-M).normalize(),r[1].setComponents(l+a,m+u,_+v,U+M).normalize(),r[2].setComponents(l+o,m+d,_+S,U+C).normalize(),r[3].setComponents(l-o,m-d,_-S,U-C).normalize(),i)r[4].setComponents(c,h,g,E).normalize(),r[5].setComponents(l-c,m-h,_-g,U-E).normalize();else if(r[4].setComponents(l-c,m-h,_-g,U-E).normalize(),t===Ar)r[5].setComponents(l+c,m+h,_+g,U+E).normalize();else if(t===ll)r[5].setComponents(c,h,g,E).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),ao.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),ao.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(ao)}intersectsSprite(e){ao.center.set(0,0,0);let t=Ky.distanceTo(e.center);return ao.radius=.7071067811865476+t,ao.applyMatrix4(e.matrixWorld),this.intersectsSphere(ao)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(Vh.x=r.normal.x>0?e.max.x:e.min.x,Vh.y=r.normal.y>0?e.max.y:e.min.y,Vh.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(Vh)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},J0=new li,uf=class n{constructor(){this.coordinateSystem=Ar,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];J0.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Ma),i[r].setFromProjectionMatrix(J0,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Ma),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var zc=class extends rr{constructor(e=[],t=uo,i,r,s,a,o,c,l,u){super(e,t,i,r,s,a,o,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var Gs=class extends rr{constructor(e,t,i=Xr,r,s,a,o=Bi,c=Bi,l,u=zs,d=1){if(u!==zs&&u!==Hs)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let h={width:e,height:t,depth:d};super(h,r,s,a,o,c,u,i,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new hl(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},kc=class extends Gs{constructor(e,t=Xr,i=uo,r,s,a=Bi,o=Bi,c,l=zs){let u={width:e,height:e,depth:1},d=[u,u,u,u,u,u];super(e,e,t,i,r,s,a,o,c,l),this.image=d,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Gc=class extends rr{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},ml=class n extends us{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let c=[],l=[],u=[],d=[],h=0,m=0;v("z","y","x",-1,-1,i,t,e,a,s,0),v("z","y","x",1,-1,i,t,-e,a,s,1),v("x","z","y",1,1,e,i,t,r,a,2),v("x","z","y",1,-1,e,i,-t,r,a,3),v("x","y","z",1,-1,e,t,i,r,s,4),v("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(c),this.setAttribute("position",new Tr(l,3)),this.setAttribute("normal",new Tr(u,3)),this.setAttribute("uv",new Tr(d,2));function v(S,g,_,M,C,E,U,N,x,T,Z){let X=E/x,$=U/T,re=E/2,pe=U/2,G=N/2,_e=x+1,xe=T+1,ne=0,Le=0,de=new be;for(let Re=0;Re<xe;Re++){let ie=Re*$-pe;for(let Ze=0;Ze<_e;Ze++){let Ft=Ze*X-re;de[S]=Ft*M,de[g]=ie*C,de[_]=G,l.push(de.x,de.y,de.z),de[S]=0,de[g]=0,de[_]=N>0?1:-1,u.push(de.x,de.y,de.z),d.push(Ze/x),d.push(1-Re/T),ne+=1}}for(let Re=0;Re<T;Re++)for(let ie=0;ie<x;ie++){let Ze=h+ie+_e*Re,Ft=h+ie+_e*(Re+1),Me=h+(ie+1)+_e*(Re+1),We=h+(ie+1)+_e*Re;c.push(Ze,Ft,We),c.push(Ft,Me,We),Le+=6}o.addGroup(m,Le,Z),m+=Le,h+=ne}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Vc=class n extends us{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),c=Math.floor(r),l=o+1,u=c+1,d=e/o,h=t/c,m=[],v=[],S=[],g=[];for(let _=0;_<u;_++){let M=_*h-a;for(let C=0;C<l;C++){let E=C*d-s;v.push(E,-M,0),S.push(0,0,1),g.push(C/o),g.push(1-_/c)}}for(let _=0;_<c;_++)for(let M=0;M<o;M++){let C=M+l*_,E=M+l*(_+1),U=M+1+l*(_+1),N=M+1+l*_;m.push(C,E,N),m.push(E,U,N)}this.setIndex(m),this.setAttribute("position",new Tr(v,3)),this.setAttribute("normal",new Tr(S,3)),this.setAttribute("uv",new Tr(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};function fo(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(Q0(r))r.isRenderTargetTexture?(gn("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(Q0(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function Xi(n){let e={};for(let t=0;t<n.length;t++){let i=fo(n[t]);for(let r in i)e[r]=i[r]}return e}function Q0(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function Jy(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function sg(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Un.workingColorSpace}var Y_={clone:fo,merge:Xi},Qy=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,eS=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,hs=class extends ba{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=Qy,this.fragmentShader=eS,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=fo(e.uniforms),this.uniformsGroups=Jy(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new Dn().setHex(r.value);break;case"v2":this.uniforms[i].value=new yn().fromArray(r.value);break;case"v3":this.uniforms[i].value=new be().fromArray(r.value);break;case"v4":this.uniforms[i].value=new ci().fromArray(r.value);break;case"m3":this.uniforms[i].value=new bn().fromArray(r.value);break;case"m4":this.uniforms[i].value=new li().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},hf=class extends hs{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Hc=class extends ba{constructor(e){super(),this.isMeshPhongMaterial=!0,this.type="MeshPhongMaterial",this.color=new Dn(16777215),this.specular=new Dn(1118481),this.shininess=30,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Dn(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=dd,this.normalScale=new yn(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new ks,this.combine=wf,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.specular.copy(e.specular),this.shininess=e.shininess,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}};var ff=class extends ba{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=I_,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},df=class extends ba{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function il(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function Hh(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ea=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];n:{e:{let a;t:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break e}a=t.length;break t}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let c=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===c)break;if(r=s,s=t[--i-1],e>=s)break e}a=i,i=0;break t}break n}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},pf=class extends Ea{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:Mm,endingEnd:Mm}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],c=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Em:s=e,o=2*t-i;break;case Am:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(c===void 0)switch(this.getSettings_().endingEnd){case Em:a=e,c=2*i-t;break;case Am:a=1,c=i+r[1]-r[0];break;default:a=e-1,c=t}let l=(i-t)*.5,u=this.valueSize;this._weightPrev=l/(t-o),this._weightNext=l/(c-i),this._offsetPrev=s*u,this._offsetNext=a*u}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this._offsetPrev,d=this._offsetNext,h=this._weightPrev,m=this._weightNext,v=(i-t)/(r-t),S=v*v,g=S*v,_=-h*g+2*h*S-h*v,M=(1+h)*g+(-1.5-2*h)*S+(-.5+h)*v+1,C=(-1-m)*g+(1.5+m)*S+.5*v,E=m*g-m*S;for(let U=0;U!==o;++U)s[U]=_*a[u+U]+M*a[l+U]+C*a[c+U]+E*a[d+U];return s}},mf=class extends Ea{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=(i-t)/(r-t),d=1-u;for(let h=0;h!==o;++h)s[h]=a[l+h]*d+a[c+h]*u;return s}},gf=class extends Ea{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},_f=class extends Ea{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this.inTangents,d=this.outTangents;if(!u||!d){let v=(i-t)/(r-t),S=1-v;for(let g=0;g!==o;++g)s[g]=a[l+g]*S+a[c+g]*v;return s}let h=o*2,m=e-1;for(let v=0;v!==o;++v){let S=a[l+v],g=a[c+v],_=m*h+v*2,M=d[_],C=d[_+1],E=e*h+v*2,U=u[E],N=u[E+1],x=nS(i,t,M,U,r);s[v]=$_(x,S,C,N,g)}return s}};function $_(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function tS(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function nS(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=$_(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let c=tS(s,e,t,i,r);if(Math.abs(c)<1e-10)break;s=Math.max(0,Math.min(1,s-o/c))}return s}var vr=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=il(t,this.TimeBufferType),this.values=il(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:il(e.times,Array),values:il(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),Hh(e.settings)&&(i.settings={inTangents:il(e.settings.inTangents,Array),outTangents:il(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new gf(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new mf(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new pf(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new _f(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Ic:t=this.InterpolantFactoryMethodDiscrete;break;case rf:t=this.InterpolantFactoryMethodLinear;break;case Yh:t=this.InterpolantFactoryMethodSmooth;break;case bm:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return gn("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Ic;case this.InterpolantFactoryMethodLinear:return rf;case this.InterpolantFactoryMethodSmooth:return Yh;case this.InterpolantFactoryMethodBezier:return bm}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;Hh(this.settings)&&(e_(this.settings.inTangents,e),e_(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;Hh(this.settings)&&(t_(this.settings.inTangents,e),t_(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(xn("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(xn("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let c=i[o];if(typeof c=="number"&&isNaN(c)){xn("KeyframeTrack: Time is not a valid number.",this,o,c),e=!1;break}if(a!==null&&a>c){xn("KeyframeTrack: Out of order keys.",this,o,c,a),e=!1;break}a=c}if(r!==void 0&&vy(r))for(let o=0,c=r.length;o!==c;++o){let l=r[o];if(isNaN(l)){xn("KeyframeTrack: Value is not a valid number.",this,o,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===Yh,s=e.length-1,a=1;for(let o=1;o<s;++o){let c=!1,l=e[o],u=e[o+1];if(l!==u&&(o!==1||l!==e[0]))if(r)c=!0;else{let d=o*i,h=d-i,m=d+i;for(let v=0;v!==i;++v){let S=t[d+v];if(S!==t[h+v]||S!==t[m+v]){c=!0;break}}}if(c){if(o!==a){e[a]=e[o];let d=o*i,h=a*i;for(let m=0;m!==i;++m)t[h+m]=t[d+m]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,c=a*i,l=0;l!==i;++l)t[c+l]=t[o+l];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,Hh(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function e_(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function t_(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}vr.prototype.ValueTypeName="";vr.prototype.TimeBufferType=Float32Array;vr.prototype.ValueBufferType=Float32Array;vr.prototype.DefaultInterpolation=rf;var Aa=class extends vr{constructor(e,t,i){super(e,t,i)}};Aa.prototype.ValueTypeName="bool";Aa.prototype.ValueBufferType=Array;Aa.prototype.DefaultInterpolation=Ic;Aa.prototype.InterpolantFactoryMethodLinear=void 0;Aa.prototype.InterpolantFactoryMethodSmooth=void 0;var vf=class extends vr{constructor(e,t,i,r){super(e,t,i,r)}};vf.prototype.ValueTypeName="color";var xf=class extends vr{constructor(e,t,i,r){super(e,t,i,r)}};xf.prototype.ValueTypeName="number";var yf=class extends Ea{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=(i-t)/(r-t),l=e*o;for(let u=l+o;l!==u;l+=4)gr.slerpFlat(s,0,a,l-o,a,l,c);return s}},Wc=class extends vr{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new yf(this.times,this.values,this.getValueSize(),e)}};Wc.prototype.ValueTypeName="quaternion";Wc.prototype.InterpolantFactoryMethodSmooth=void 0;var Ta=class extends vr{constructor(e,t,i){super(e,t,i)}};Ta.prototype.ValueTypeName="string";Ta.prototype.ValueBufferType=Array;Ta.prototype.DefaultInterpolation=Ic;Ta.prototype.InterpolantFactoryMethodLinear=void 0;Ta.prototype.InterpolantFactoryMethodSmooth=void 0;var Sf=class extends vr{constructor(e,t,i,r){super(e,t,i,r)}};Sf.prototype.ValueTypeName="vector";var bf=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(u){o++,s===!1&&r.onStart!==void 0&&r.onStart(u,a,o),s=!0},this.itemEnd=function(u){a++,r.onProgress!==void 0&&r.onProgress(u,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,d){return l.push(u,d),this},this.removeHandler=function(u){let d=l.indexOf(u);return d!==-1&&l.splice(d,2),this},this.getHandler=function(u){for(let d=0,h=l.length;d<h;d+=2){let m=l[d],v=l[d+1];if(m.global&&(m.lastIndex=0),m.test(u))return v}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},q_=new bf,Mf=class{constructor(e){this.manager=e!==void 0?e:q_,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Mf.DEFAULT_MATERIAL_NAME="__DEFAULT";var Xc=class extends Ki{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Dn(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}};var Sm=new li,n_=new be,i_=new be,Ef=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new yn(512,512),this.mapType=sr,this.map=null,this.mapPass=null,this.matrix=new li,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ma,this._frameExtents=new yn(1,1),this._viewportCount=1,this._viewports=[new ci(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;n_.setFromMatrixPosition(e.matrixWorld),t.position.copy(n_),i_.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(i_),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){Sm.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(Sm,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,c=r?r.x/s.x:0,l=r?r.y/s.y:0;e.coordinateSystem===ll||e.reversedDepth?t.set(.5*a,0,0,.5*a+c,0,.5*o,0,.5*o+l,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+c,0,.5*o,0,.5*o+l,0,0,.5,.5,0,0,0,1),t.multiply(Sm)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},Wh=new be,Xh=new gr,ls=new be,Yc=class extends Ki{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new li,this.projectionMatrix=new li,this.projectionMatrixInverse=new li,this.coordinateSystem=Ar,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Wh,Xh,ls),ls.x===1&&ls.y===1&&ls.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Wh,Xh,ls.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(Wh,Xh,ls),ls.x===1&&ls.y===1&&ls.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Wh,Xh,ls.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},xa=new be,r_=new yn,s_=new yn,Zi=class extends Yc{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=ul*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Cc*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return ul*2*Math.atan(Math.tan(Cc*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){xa.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(xa.x,xa.y).multiplyScalar(-e/xa.z),xa.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(xa.x,xa.y).multiplyScalar(-e/xa.z)}getViewSize(e,t){return this.getViewBounds(e,r_,s_),t.subVectors(s_,r_)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Cc*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let c=a.fullWidth,l=a.fullHeight;s+=a.offsetX*r/c,t-=a.offsetY*i/l,r*=a.width/c,i*=a.height/l}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var $c=class extends Yc{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,c=r-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=l*this.view.offsetX,a=s+l*this.view.width,o-=u*this.view.offsetY,c=o-u*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},Tm=class extends Ef{constructor(){super(new $c(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},qc=class extends Xc{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Ki.DEFAULT_UP),this.updateMatrix(),this.target=new Ki,this.shadow=new Tm}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}},Zc=class extends Xc{constructor(e,t){super(e,t),this.isAmbientLight=!0,this.type="AmbientLight"}};var rl=-90,sl=1,gl=class extends Ki{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Zi(rl,sl,e,t);r.layers=this.layers,this.add(r);let s=new Zi(rl,sl,e,t);s.layers=this.layers,this.add(s);let a=new Zi(rl,sl,e,t);a.layers=this.layers,this.add(a);let o=new Zi(rl,sl,e,t);o.layers=this.layers,this.add(o);let c=new Zi(rl,sl,e,t);c.layers=this.layers,this.add(c);let l=new Zi(rl,sl,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,c]=t;for(let l of t)this.remove(l);if(e===Ar)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===ll)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,c,l,u]=this.children,d=e.getRenderTarget(),h=e.getActiveCubeFace(),m=e.getActiveMipmapLevel(),v=e.xr.enabled;e.xr.enabled=!1;let S=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),i.texture.mipmapsAutoUpdate=S,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(d,h,m),e.xr.enabled=v,i.texture.needsPMREMUpdate=!0}},Af=class extends Zi{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var ag="\\[\\]\\.:\\/",iS=new RegExp("["+ag+"]","g"),og="[^"+ag+"]",rS="[^"+ag.replace("\\.","")+"]",sS=/((?:WC+[\/:])*)/.source.replace("WC",og),aS=/(WCOD+)?/.source.replace("WCOD",rS),oS=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",og),lS=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",og),cS=new RegExp("^"+sS+aS+oS+lS+"$"),uS=["material","materials","bones","map"],wm=class{constructor(e,t,i){let r=i||ai.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},ai=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(iS,"")}static parseTrackName(e){let t=cS.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);uS.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let c=i(o.children);if(c)return c}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){gn("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let l=t.objectIndex;switch(i){case"materials":if(!e.material){xn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){xn("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){xn("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){xn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){xn("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){xn("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(l!==void 0){if(e[l]===void 0){xn("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let a=e[r];if(a===void 0){let l=t.nodeName;xn("PropertyBinding: Trying to update property for track: "+l+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){xn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){xn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}c=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(c=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};ai.Composite=wm;ai.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};ai.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};ai.prototype.GetterByBindingType=[ai.prototype._getValue_direct,ai.prototype._getValue_array,ai.prototype._getValue_arrayElement,ai.prototype._getValue_toArray];ai.prototype.SetterByBindingTypeAndVersioning=[[ai.prototype._setValue_direct,ai.prototype._setValue_direct_setNeedsUpdate,ai.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[ai.prototype._setValue_array,ai.prototype._setValue_array_setNeedsUpdate,ai.prototype._setValue_array_setMatrixWorldNeedsUpdate],[ai.prototype._setValue_arrayElement,ai.prototype._setValue_arrayElement_setNeedsUpdate,ai.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[ai.prototype._setValue_fromArray,ai.prototype._setValue_fromArray_setNeedsUpdate,ai.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var aR=new Float32Array(1);var _l=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=Nn(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(Nn(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var dg=class dg{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};dg.prototype.isMatrix2=!0;var Cm=dg;var jc=class extends Wr{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function lg(n,e,t,i){let r=hS(i);switch(t){case $m:return n*e;case Zm:return n*e/r.components*r.byteLength;case Nf:return n*e/r.components*r.byteLength;case Ia:return n*e*2/r.components*r.byteLength;case Of:return n*e*2/r.components*r.byteLength;case qm:return n*e*3/r.components*r.byteLength;case qr:return n*e*4/r.components*r.byteLength;case Ff:return n*e*4/r.components*r.byteLength;case Qc:case eu:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case tu:case nu:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case Bf:case kf:return Math.max(n,16)*Math.max(e,8)/4;case Uf:case zf:return Math.max(n,8)*Math.max(e,8)/2;case Gf:case Vf:case Wf:case Xf:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case Hf:case iu:case Yf:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case $f:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case qf:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case Zf:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case jf:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case Kf:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case Jf:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Qf:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case ed:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case td:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case nd:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case id:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case rd:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case sd:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case ad:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case od:case ld:case cd:return Math.ceil(n/4)*Math.ceil(e/4)*16;case ud:case hd:return Math.ceil(n/4)*Math.ceil(e/4)*8;case ru:case fd:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function hS(n){switch(n){case sr:case Hm:return{byteLength:1,components:1};case Sl:case Wm:case $r:return{byteLength:2,components:1};case Lf:case Df:return{byteLength:2,components:4};case Xr:case Pf:case Yr:return{byteLength:4,components:1};case Xm:case Ym:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?gn("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function gv(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function dS(n){let e=new WeakMap;function t(o,c){let l=o.array,u=o.usage,d=l.byteLength,h=n.createBuffer();n.bindBuffer(c,h),n.bufferData(c,l,u),o.onUploadCallback();let m;if(l instanceof Float32Array)m=n.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)m=n.HALF_FLOAT;else if(l instanceof Uint16Array)o.isFloat16BufferAttribute?m=n.HALF_FLOAT:m=n.UNSIGNED_SHORT;else if(l instanceof Int16Array)m=n.SHORT;else if(l instanceof Uint32Array)m=n.UNSIGNED_INT;else if(l instanceof Int32Array)m=n.INT;else if(l instanceof Int8Array)m=n.BYTE;else if(l instanceof Uint8Array)m=n.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)m=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:h,type:m,bytesPerElement:l.BYTES_PER_ELEMENT,version:o.version,size:d}}function i(o,c,l){let u=c.array,d=c.updateRanges;if(n.bindBuffer(l,o),d.length===0)n.bufferSubData(l,0,u);else{d.sort((m,v)=>m.start-v.start);let h=0;for(let m=1;m<d.length;m++){let v=d[h],S=d[m];S.start<=v.start+v.count+1?v.count=Math.max(v.count,S.start+S.count-v.start):(++h,d[h]=S)}d.length=h+1;for(let m=0,v=d.length;m<v;m++){let S=d[m];n.bufferSubData(l,S.start*u.BYTES_PER_ELEMENT,u,S.start,S.count)}c.clearUpdateRanges()}c.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let c=e.get(o);c&&(n.deleteBuffer(c.buffer),e.delete(o))}function a(o,c){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let u=e.get(o);(!u||u.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let l=e.get(o);if(l===void 0)e.set(o,t(o,c));else if(l.version<o.version){if(l.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(l.buffer,o,c),l.version=o.version}}return{get:r,remove:s,update:a}}var pS=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,mS=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,gS=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,_S=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,vS=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,xS=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,yS=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,SS=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,bS=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,MS=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,ES=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,AS=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,TS=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,wS=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,CS=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,RS=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,IS=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,PS=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,LS=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,DS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,NS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,OS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,FS=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,US=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,BS=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,zS=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,kS=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,GS=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,VS=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,HS="gl_FragColor = linearToOutputTexel( gl_FragColor );",WS=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,XS=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,YS=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,$S=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,qS=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,ZS=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,jS=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,KS=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,JS=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,QS=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,eb=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,tb=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,nb=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,ib=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,rb=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,sb=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,ab=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,ob=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,lb=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,cb=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,ub=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,hb=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,fb=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,db=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,pb=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,mb=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,gb=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,_b=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,vb=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,xb=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,yb=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Sb=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,bb=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Mb=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Eb=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Ab=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Tb=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,wb=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,Cb=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Rb=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,Ib=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Pb=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,Lb=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Db=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Nb=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Ob=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Fb=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,Ub=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Bb=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,zb=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,kb=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Gb=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Vb=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Hb=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Wb=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,Xb=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,Yb=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,$b=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,qb=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,Zb=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,jb=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,Kb=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,Jb=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,Qb=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,eM=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,tM=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,nM=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,iM=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,rM=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,sM=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,aM=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,oM=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,lM=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,cM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,uM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,hM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,fM=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,dM=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,pM=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,mM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,gM=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,_M=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,vM=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,xM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,yM=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,SM=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,bM=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,MM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,EM=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,AM=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,TM=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,wM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,CM=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,RM=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,IM=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,PM=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,LM=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,DM=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,NM=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,OM=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,FM=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,UM=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,BM=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,zM=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,kM=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,GM=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,VM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,HM=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,WM=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,XM=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,YM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,Pn={alphahash_fragment:pS,alphahash_pars_fragment:mS,alphamap_fragment:gS,alphamap_pars_fragment:_S,alphatest_fragment:vS,alphatest_pars_fragment:xS,aomap_fragment:yS,aomap_pars_fragment:SS,batching_pars_vertex:bS,batching_vertex:MS,begin_vertex:ES,beginnormal_vertex:AS,bsdfs:TS,iridescence_fragment:wS,bumpmap_pars_fragment:CS,clipping_planes_fragment:RS,clipping_planes_pars_fragment:IS,clipping_planes_pars_vertex:PS,clipping_planes_vertex:LS,color_fragment:DS,color_pars_fragment:NS,color_pars_vertex:OS,color_vertex:FS,common:US,defaultnormal_vertex:BS,displacementmap_pars_vertex:zS,displacementmap_vertex:kS,emissivemap_fragment:GS,emissivemap_pars_fragment:VS,colorspace_fragment:HS,colorspace_pars_fragment:WS,envmap_fragment:XS,envmap_common_pars_fragment:YS,envmap_pars_fragment:$S,envmap_pars_vertex:qS,envmap_physical_pars_fragment:sb,envmap_vertex:ZS,fog_vertex:jS,fog_pars_vertex:KS,fog_fragment:JS,fog_pars_fragment:QS,gradientmap_pars_fragment:eb,lightmap_pars_fragment:tb,lights_lambert_fragment:nb,lights_lambert_pars_fragment:ib,lights_pars_begin:rb,lights_toon_fragment:ab,lights_toon_pars_fragment:ob,lights_phong_fragment:lb,lights_phong_pars_fragment:cb,lights_physical_fragment:ub,lights_physical_pars_fragment:hb,lights_fragment_begin:fb,lights_fragment_maps:db,lights_fragment_end:pb,lightprobes_pars_fragment:mb,logdepthbuf_fragment:gb,logdepthbuf_pars_fragment:_b,logdepthbuf_pars_vertex:vb,logdepthbuf_vertex:xb,map_fragment:yb,map_pars_fragment:Sb,map_particle_fragment:bb,map_particle_pars_fragment:Mb,metalnessmap_fragment:Eb,metalnessmap_pars_fragment:Ab,morphinstance_vertex:Tb,morphcolor_vertex:wb,morphnormal_vertex:Cb,morphtarget_pars_vertex:Rb,morphtarget_vertex:Ib,normal_fragment_begin:Pb,normal_fragment_maps:Lb,normal_pars_fragment:Db,normal_pars_vertex:Nb,normal_vertex:Ob,normalmap_pars_fragment:Fb,clearcoat_normal_fragment_begin:Ub,clearcoat_normal_fragment_maps:Bb,clearcoat_pars_fragment:zb,iridescence_pars_fragment:kb,opaque_fragment:Gb,packing:Vb,premultiplied_alpha_fragment:Hb,project_vertex:Wb,dithering_fragment:Xb,dithering_pars_fragment:Yb,roughnessmap_fragment:$b,roughnessmap_pars_fragment:qb,shadowmap_pars_fragment:Zb,shadowmap_pars_vertex:jb,shadowmap_vertex:Kb,shadowmask_pars_fragment:Jb,skinbase_vertex:Qb,skinning_pars_vertex:eM,skinning_vertex:tM,skinnormal_vertex:nM,specularmap_fragment:iM,specularmap_pars_fragment:rM,tonemapping_fragment:sM,tonemapping_pars_fragment:aM,transmission_fragment:oM,transmission_pars_fragment:lM,uv_pars_fragment:cM,uv_pars_vertex:uM,uv_vertex:hM,worldpos_vertex:fM,background_vert:dM,background_frag:pM,backgroundCube_vert:mM,backgroundCube_frag:gM,cube_vert:_M,cube_frag:vM,depth_vert:xM,depth_frag:yM,distance_vert:SM,distance_frag:bM,equirect_vert:MM,equirect_frag:EM,linedashed_vert:AM,linedashed_frag:TM,meshbasic_vert:wM,meshbasic_frag:CM,meshlambert_vert:RM,meshlambert_frag:IM,meshmatcap_vert:PM,meshmatcap_frag:LM,meshnormal_vert:DM,meshnormal_frag:NM,meshphong_vert:OM,meshphong_frag:FM,meshphysical_vert:UM,meshphysical_frag:BM,meshtoon_vert:zM,meshtoon_frag:kM,points_vert:GM,points_frag:VM,shadow_vert:HM,shadow_frag:WM,sprite_vert:XM,sprite_frag:YM},zt={common:{diffuse:{value:new Dn(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new bn}},envmap:{envMap:{value:null},envMapRotation:{value:new bn},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new bn}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new bn}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new bn},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new bn},normalScale:{value:new yn(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new bn},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new bn}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new bn}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new bn}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Dn(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Dn(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0},uvTransform:{value:new bn}},sprite:{diffuse:{value:new Dn(16777215)},opacity:{value:1},center:{value:new yn(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}}},ps={basic:{uniforms:Xi([zt.common,zt.specularmap,zt.envmap,zt.aomap,zt.lightmap,zt.fog]),vertexShader:Pn.meshbasic_vert,fragmentShader:Pn.meshbasic_frag},lambert:{uniforms:Xi([zt.common,zt.specularmap,zt.envmap,zt.aomap,zt.lightmap,zt.emissivemap,zt.bumpmap,zt.normalmap,zt.displacementmap,zt.fog,zt.lights,{emissive:{value:new Dn(0)},envMapIntensity:{value:1}}]),vertexShader:Pn.meshlambert_vert,fragmentShader:Pn.meshlambert_frag},phong:{uniforms:Xi([zt.common,zt.specularmap,zt.envmap,zt.aomap,zt.lightmap,zt.emissivemap,zt.bumpmap,zt.normalmap,zt.displacementmap,zt.fog,zt.lights,{emissive:{value:new Dn(0)},specular:{value:new Dn(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Pn.meshphong_vert,fragmentShader:Pn.meshphong_frag},standard:{uniforms:Xi([zt.common,zt.envmap,zt.aomap,zt.lightmap,zt.emissivemap,zt.bumpmap,zt.normalmap,zt.displacementmap,zt.roughnessmap,zt.metalnessmap,zt.fog,zt.lights,{emissive:{value:new Dn(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Pn.meshphysical_vert,fragmentShader:Pn.meshphysical_frag},toon:{uniforms:Xi([zt.common,zt.aomap,zt.lightmap,zt.emissivemap,zt.bumpmap,zt.normalmap,zt.displacementmap,zt.gradientmap,zt.fog,zt.lights,{emissive:{value:new Dn(0)}}]),vertexShader:Pn.meshtoon_vert,fragmentShader:Pn.meshtoon_frag},matcap:{uniforms:Xi([zt.common,zt.bumpmap,zt.normalmap,zt.displacementmap,zt.fog,{matcap:{value:null}}]),vertexShader:Pn.meshmatcap_vert,fragmentShader:Pn.meshmatcap_frag},points:{uniforms:Xi([zt.points,zt.fog]),vertexShader:Pn.points_vert,fragmentShader:Pn.points_frag},dashed:{uniforms:Xi([zt.common,zt.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Pn.linedashed_vert,fragmentShader:Pn.linedashed_frag},depth:{uniforms:Xi([zt.common,zt.displacementmap]),vertexShader:Pn.depth_vert,fragmentShader:Pn.depth_frag},normal:{uniforms:Xi([zt.common,zt.bumpmap,zt.normalmap,zt.displacementmap,{opacity:{value:1}}]),vertexShader:Pn.meshnormal_vert,fragmentShader:Pn.meshnormal_frag},sprite:{uniforms:Xi([zt.sprite,zt.fog]),vertexShader:Pn.sprite_vert,fragmentShader:Pn.sprite_frag},background:{uniforms:{uvTransform:{value:new bn},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Pn.background_vert,fragmentShader:Pn.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new bn}},vertexShader:Pn.backgroundCube_vert,fragmentShader:Pn.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Pn.cube_vert,fragmentShader:Pn.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Pn.equirect_vert,fragmentShader:Pn.equirect_frag},distance:{uniforms:Xi([zt.common,zt.displacementmap,{referencePosition:{value:new be},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Pn.distance_vert,fragmentShader:Pn.distance_frag},shadow:{uniforms:Xi([zt.lights,zt.fog,{color:{value:new Dn(0)},opacity:{value:1}}]),vertexShader:Pn.shadow_vert,fragmentShader:Pn.shadow_frag}};ps.physical={uniforms:Xi([ps.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new bn},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new bn},clearcoatNormalScale:{value:new yn(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new bn},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new bn},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new bn},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new bn},sheen:{value:0},sheenColor:{value:new Dn(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new bn},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new bn},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new bn},transmissionSamplerSize:{value:new yn},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new bn},attenuationDistance:{value:0},attenuationColor:{value:new Dn(0)},specularColor:{value:new Dn(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new bn},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new bn},anisotropyVector:{value:new yn},anisotropyMap:{value:null},anisotropyMapTransform:{value:new bn}}]),vertexShader:Pn.meshphysical_vert,fragmentShader:Pn.meshphysical_frag};var pd={r:0,b:0,g:0},$M=new li,_v=new bn;_v.set(-1,0,0,0,1,0,0,0,1);function qM(n,e,t,i,r,s){let a=new Dn(0),o=r===!0?0:1,c,l,u=null,d=0,h=null;function m(M){let C=M.isScene===!0?M.background:null;if(C&&C.isTexture){let E=M.backgroundBlurriness>0;C=e.get(C,E)}return C}function v(M){let C=!1,E=m(M);E===null?g(a,o):E&&E.isColor&&(g(E,1),C=!0);let U=n.xr.getEnvironmentBlendMode();U==="additive"?t.buffers.color.setClear(0,0,0,1,s):U==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||C)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function S(M,C){let E=m(C);E&&E.isCubeTexture?(l===void 0&&(l=new wr(new ml(1,1,1),new hs({name:"BackgroundCubeMaterial",uniforms:fo(ps.backgroundCube.uniforms),vertexShader:ps.backgroundCube.vertexShader,fragmentShader:ps.backgroundCube.fragmentShader,side:Ji,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(U,N,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(l)),l.material.uniforms.envMap.value=E,l.material.uniforms.backgroundBlurriness.value=C.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4($M.makeRotationFromEuler(C.backgroundRotation)).transpose(),E.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(_v),l.material.toneMapped=Un.getTransfer(E.colorSpace)!==$n,(u!==E||d!==E.version||h!==n.toneMapping)&&(l.material.needsUpdate=!0,u=E,d=E.version,h=n.toneMapping),l.layers.enableAll(),M.unshift(l,l.geometry,l.material,0,0,null)):E&&E.isTexture&&(c===void 0&&(c=new wr(new Vc(2,2),new hs({name:"BackgroundMaterial",uniforms:fo(ps.background.uniforms),vertexShader:ps.background.vertexShader,fragmentShader:ps.background.fragmentShader,side:Ra,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(c)),c.material.uniforms.t2D.value=E,c.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,c.material.toneMapped=Un.getTransfer(E.colorSpace)!==$n,E.matrixAutoUpdate===!0&&E.updateMatrix(),c.material.uniforms.uvTransform.value.copy(E.matrix),(u!==E||d!==E.version||h!==n.toneMapping)&&(c.material.needsUpdate=!0,u=E,d=E.version,h=n.toneMapping),c.layers.enableAll(),M.unshift(c,c.geometry,c.material,0,0,null))}function g(M,C){M.getRGB(pd,sg(n)),t.buffers.color.setClear(pd.r,pd.g,pd.b,C,s)}function _(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return a},setClearColor:function(M,C=1){a.set(M),o=C,g(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(M){o=M,g(a,o)},render:v,addToRenderList:S,dispose:_}}function ZM(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=h(null),s=r,a=!1;function o($,re,pe,G,_e){let xe=!1,ne=d($,G,pe,re);s!==ne&&(s=ne,l(s.object)),xe=m($,G,pe,_e),xe&&v($,G,pe,_e),_e!==null&&e.update(_e,n.ELEMENT_ARRAY_BUFFER),(xe||a)&&(a=!1,E($,re,pe,G),_e!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(_e).buffer))}function c(){return n.createVertexArray()}function l($){return n.bindVertexArray($)}function u($){return n.deleteVertexArray($)}function d($,re,pe,G){let _e=G.wireframe===!0,xe=i[re.id];xe===void 0&&(xe={},i[re.id]=xe);let ne=$.isInstancedMesh===!0?$.id:0,Le=xe[ne];Le===void 0&&(Le={},xe[ne]=Le);let de=Le[pe.id];de===void 0&&(de={},Le[pe.id]=de);let Re=de[_e];return Re===void 0&&(Re=h(c()),de[_e]=Re),Re}function h($){let re=[],pe=[],G=[];for(let _e=0;_e<t;_e++)re[_e]=0,pe[_e]=0,G[_e]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:re,enabledAttributes:pe,attributeDivisors:G,object:$,attributes:{},index:null}}function m($,re,pe,G){let _e=s.attributes,xe=re.attributes,ne=0,Le=pe.getAttributes();for(let de in Le)if(Le[de].location>=0){let ie=_e[de],Ze=xe[de];if(Ze===void 0&&(de==="instanceMatrix"&&$.instanceMatrix&&(Ze=$.instanceMatrix),de==="instanceColor"&&$.instanceColor&&(Ze=$.instanceColor)),ie===void 0||ie.attribute!==Ze||Ze&&ie.data!==Ze.data)return!0;ne++}return s.attributesNum!==ne||s.index!==G}function v($,re,pe,G){let _e={},xe=re.attributes,ne=0,Le=pe.getAttributes();for(let de in Le)if(Le[de].location>=0){let ie=xe[de];ie===void 0&&(de==="instanceMatrix"&&$.instanceMatrix&&(ie=$.instanceMatrix),de==="instanceColor"&&$.instanceColor&&(ie=$.instanceColor));let Ze={};Ze.attribute=ie,ie&&ie.data&&(Ze.data=ie.data),_e[de]=Ze,ne++}s.attributes=_e,s.attributesNum=ne,s.index=G}function S(){let $=s.newAttributes;for(let re=0,pe=$.length;re<pe;re++)$[re]=0}function g($){_($,0)}function _($,re){let pe=s.newAttributes,G=s.enabledAttributes,_e=s.attributeDivisors;pe[$]=1,G[$]===0&&(n.enableVertexAttribArray($),G[$]=1),_e[$]!==re&&(n.vertexAttribDivisor($,re),_e[$]=re)}function M(){let $=s.newAttributes,re=s.enabledAttributes;for(let pe=0,G=re.length;pe<G;pe++)re[pe]!==$[pe]&&(n.disableVertexAttribArray(pe),re[pe]=0)}function C($,re,pe,G,_e,xe,ne){ne===!0?n.vertexAttribIPointer($,re,pe,_e,xe):n.vertexAttribPointer($,re,pe,G,_e,xe)}function E($,re,pe,G){S();let _e=G.attributes,xe=pe.getAttributes(),ne=re.defaultAttributeValues;for(let Le in xe){let de=xe[Le];if(de.location>=0){let Re=_e[Le];if(Re===void 0&&(Le==="instanceMatrix"&&$.instanceMatrix&&(Re=$.instanceMatrix),Le==="instanceColor"&&$.instanceColor&&(Re=$.instanceColor)),Re!==void 0){let ie=Re.normalized,Ze=Re.itemSize,Ft=e.get(Re);if(Ft===void 0)continue;let Me=Ft.buffer,We=Ft.type,At=Ft.bytesPerElement,Wt=We===n.INT||We===n.UNSIGNED_INT||Re.gpuType===Pf;if(Re.isInterleavedBufferAttribute){let tt=Re.data,Qt=tt.isInterleavedBuffer===!0?tt.stride:tt.itemSize,Rn=Re.offset;if(tt.isInstancedInterleavedBuffer||tt.isInstancedBufferAttribute){for(let Zt=0;Zt<de.locationSize;Zt++)_(de.location+Zt,tt.meshPerAttribute);$.isInstancedMesh!==!0&&G._maxInstanceCount===void 0&&(G._maxInstanceCount=tt.meshPerAttribute*tt.count)}else for(let Zt=0;Zt<de.locationSize;Zt++)g(de.location+Zt);n.bindBuffer(n.ARRAY_BUFFER,Me);for(let Zt=0;Zt<de.locationSize;Zt++)C(de.location+Zt,Ze/de.locationSize,We,ie,Qt*At,(Rn+Ze/de.locationSize*Zt)*At,Wt)}else{if(Re.isInstancedBufferAttribute){for(let tt=0;tt<de.locationSize;tt++)_(de.location+tt,Re.meshPerAttribute);$.isInstancedMesh!==!0&&G._maxInstanceCount===void 0&&(G._maxInstanceCount=Re.meshPerAttribute*Re.count)}else for(let tt=0;tt<de.locationSize;tt++)g(de.location+tt);n.bindBuffer(n.ARRAY_BUFFER,Me);for(let tt=0;tt<de.locationSize;tt++)C(de.location+tt,Ze/de.locationSize,We,ie,Ze*At,Ze/de.locationSize*tt*At,Wt)}}else if(ne!==void 0){let ie=ne[Le];if(ie!==void 0)switch(ie.length){case 2:n.vertexAttrib2fv(de.location,ie);break;case 3:n.vertexAttrib3fv(de.location,ie);break;case 4:n.vertexAttrib4fv(de.location,ie);break;default:n.vertexAttrib1fv(de.location,ie)}}}}M()}function U(){Z();for(let $ in i){let re=i[$];for(let pe in re){let G=re[pe];for(let _e in G){let xe=G[_e];for(let ne in xe)u(xe[ne].object),delete xe[ne];delete G[_e]}}delete i[$]}}function N($){if(i[$.id]===void 0)return;let re=i[$.id];for(let pe in re){let G=re[pe];for(let _e in G){let xe=G[_e];for(let ne in xe)u(xe[ne].object),delete xe[ne];delete G[_e]}}delete i[$.id]}function x($){for(let re in i){let pe=i[re];for(let G in pe){let _e=pe[G];if(_e[$.id]===void 0)continue;let xe=_e[$.id];for(let ne in xe)u(xe[ne].object),delete xe[ne];delete _e[$.id]}}}function T($){for(let re in i){let pe=i[re],G=$.isInstancedMesh===!0?$.id:0,_e=pe[G];if(_e!==void 0){for(let xe in _e){let ne=_e[xe];for(let Le in ne)u(ne[Le].object),delete ne[Le];delete _e[xe]}delete pe[G],Object.keys(pe).length===0&&delete i[re]}}}function Z(){X(),a=!0,s!==r&&(s=r,l(s.object))}function X(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:Z,resetDefaultState:X,dispose:U,releaseStatesOfGeometry:N,releaseStatesOfObject:T,releaseStatesOfProgram:x,initAttributes:S,enableAttribute:g,disableUnusedAttributes:M}}function jM(n,e,t){let i;function r(c){i=c}function s(c,l){n.drawArrays(i,c,l),t.update(l,i,1)}function a(c,l,u){u!==0&&(n.drawArraysInstanced(i,c,l,u),t.update(l,i,u))}function o(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,c,0,l,0,u);let h=0;for(let m=0;m<u;m++)h+=l[m];t.update(h,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function KM(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(x){return!(x!==qr&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(x){let T=x===$r&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==sr&&x!==Yr&&!T&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(gn("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let d=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),h=t.logarithmicDepthBuffer===!0&&d===!1;t.reversedDepthBuffer===!0&&d===!1&&gn("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&d===!0&&gn("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let m=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),v=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),S=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),_=n.getParameter(n.MAX_VERTEX_ATTRIBS),M=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),C=n.getParameter(n.MAX_VARYING_VECTORS),E=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),U=n.getParameter(n.MAX_SAMPLES),N=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:c,textureFormatReadable:a,textureTypeReadable:o,precision:l,logarithmicDepthBuffer:h,reversedDepthBuffer:d,maxTextures:m,maxVertexTextures:v,maxTextureSize:S,maxCubemapSize:g,maxAttributes:_,maxVertexUniforms:M,maxVaryings:C,maxFragmentUniforms:E,maxSamples:U,samples:N}}function JM(n){let e=this,t=null,i=0,r=!1,s=!1,a=new pr,o=new bn,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(d,h){let m=d.length!==0||h||i!==0||r;return r=h,i=d.length,m},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(d,h){t=u(d,h,0)},this.setState=function(d,h,m){let v=d.clippingPlanes,S=d.clipIntersection,g=d.clipShadows,_=n.get(d);if(!r||v===null||v.length===0||s&&!g)s?u(null):l();else{let M=s?0:i,C=M*4,E=_.clippingState||null;c.value=E,E=u(v,h,C,m);for(let U=0;U!==C;++U)E[U]=t[U];_.clippingState=E,this.numIntersection=S?this.numPlanes:0,this.numPlanes+=M}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function u(d,h,m,v){let S=d!==null?d.length:0,g=null;if(S!==0){if(g=c.value,v!==!0||g===null){let _=m+S*4,M=h.matrixWorldInverse;o.getNormalMatrix(M),(g===null||g.length<_)&&(g=new Float32Array(_));for(let C=0,E=m;C!==S;++C,E+=4)a.copy(d[C]).applyMatrix4(M,o),a.normal.toArray(g,E),g[E+3]=a.constant}c.value=g,c.needsUpdate=!0}return e.numPlanes=S,e.numIntersection=0,g}}var ou=class extends _r{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new zc(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},r=new ml(5,5,5),s=new hs({name:"CubemapFromEquirect",uniforms:fo(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:Ji,blending:lo});s.uniforms.tEquirect.value=t;let a=new wr(r,s),o=t.minFilter;return t.minFilter===Vs&&(t.minFilter=ji),new gl(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},Z_=256,QM=3,eE=20,vv=256,xv=16,tE=3,nE=new be,iE=new Dn,gd=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new gl(1,10,null),this._boxMesh=new wr(new ml(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=nE}=s,c=this._renderer;this._setSize(a);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let d=c.autoClear,h=c.autoClearColor,m=c.autoClearDepth,v=c.autoClearStencil,S=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,S===null&&(e.background=c.getClearColor(iE));let g=new gl(i,r,u);return g.position.copy(o),g.update(c,e),c.autoClear=d,c.autoClearColor=h,c.autoClearDepth=m,c.autoClearStencil=v,e.background=S,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=J_(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=K_(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Z_,ng(e))}_fromTexture(e,t){e.mapping===uo||e.mapping===yl?this._setSize(e.image.length===0?Z_:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=j_(e,!1,!1),i=Math.log2(e)-QM;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=j_(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===uo||e.mapping===yl?(this._cubemapMaterial===null&&(this._cubemapMaterial=J_()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=K_()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=rE(),this._integrationMaterial=sE());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/xv);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-tE)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let c=o>0?Math.log2(t)+.5*Math.log2(6/(vv*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=c,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=aE());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function j_(n,e,t){return new ou(n,{minFilter:Vs,generateMipmaps:e,type:$r,colorSpace:Pc,depthBuffer:t})}function lu(n,e,t){return new hs({name:n,uniforms:e,vertexShader:Pn.cube_vert,fragmentShader:t,side:Ji,blending:lo,depthTest:!1,depthWrite:!1})}function rE(){return lu("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${vv}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function sE(){return lu("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:xv}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function aE(){return lu("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${eE}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function K_(){return lu("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function J_(){return lu("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function oE(n){let e=new WeakMap,t=new WeakMap,i=null;function r(h,m=!1){return h==null?null:m?a(h):s(h)}function s(h){if(h&&h.isTexture){let m=h.mapping;if(m===Cf||m===Rf)if(e.has(h)){let v=e.get(h).texture;return o(v,h.mapping)}else{let v=h.image;if(v&&v.height>0){let S=new ou(v.height);return S.fromEquirectangularTexture(n,h),e.set(h,S),h.addEventListener("dispose",l),o(S.texture,h.mapping)}else return null}}return h}function a(h){if(h&&h.isTexture&&h.isPMREMTexture!==!0){let m=h.mapping,v=m===Cf||m===Rf,S=m===uo||m===yl;if(v||S){let g=t.get(h),_=g!==void 0?g.texture.pmremVersion:0;if(h.isRenderTargetTexture&&h.pmremVersion!==_)return i===null&&(i=new gd(n)),g=v?i.fromEquirectangular(h,g):i.fromCubemap(h,g),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),g.texture;if(g!==void 0)return g.texture;{let M=h.image;return v&&M&&M.height>0||S&&M&&c(M)?(i===null&&(i=new gd(n)),g=v?i.fromEquirectangular(h):i.fromCubemap(h),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),h.addEventListener("dispose",u),g.texture):null}}}return h}function o(h,m){return m===Cf?h.mapping=uo:m===Rf&&(h.mapping=yl),h}function c(h){let m=0,v=6;for(let S=0;S<v;S++)h[S]!==void 0&&m++;return m===v}function l(h){let m=h.target;m.removeEventListener("dispose",l);let v=e.get(m);v!==void 0&&(e.delete(m),v.dispose())}function u(h){let m=h.target;m.removeEventListener("dispose",u);let v=t.get(m);v!==void 0&&(t.delete(m),v.dispose())}function d(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:d}}function lE(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&wc("WebGLRenderer: "+i+" extension not supported."),r}}}function cE(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(v=>delete r[v]);function o(v){c(v.target)}function c(v){v.index!==null&&e.remove(v.index);for(let g in v.attributes)e.remove(v.attributes[g]);v.removeEventListener("dispose",o),delete r[v.id],a.unregister(v);let S=s.get(v);S&&(e.remove(S),s.delete(v)),i.releaseStatesOfGeometry(v),v.isInstancedBufferGeometry===!0&&delete v._maxInstanceCount,t.memory.geometries--}function l(v,S){return r[S.id]!==void 0||(S.addEventListener("dispose",o),r[S.id]=new WeakRef(S),a.register(S,S.id,S),t.memory.geometries++),S}function u(v){let S=v.attributes;for(let g in S)e.update(S[g],n.ARRAY_BUFFER)}function d(v){let S=v.index,g=v.attributes.position,_=0;if(g===void 0)return;let M=S!==null?S.array.length:g.array.length/3-1,C=g.count>=65535?Bc:Uc,E=new C(Math.ceil(M/3)*6,1),U=E.array;if(S!==null){let x=S.array;_=S.version;for(let T=0,Z=0;T<M;T+=3){let X=x[T+0],$=x[T+1],re=x[T+2];U[Z++]=X,U[Z++]=$,U[Z++]=$,U[Z++]=re,U[Z++]=re,U[Z++]=X}}else{_=g.version;for(let x=0,T=0;x<M;x+=3){let Z=x+0,X=x+1,$=x+2;U[T++]=Z,U[T++]=X,U[T++]=X,U[T++]=$,U[T++]=$,U[T++]=Z}}E.version=_;let N=s.get(v);N&&e.remove(N),s.set(v,E)}function h(v){let S=s.get(v);if(S){let g=v.index;g!==null&&S.version<g.version&&d(v)}else d(v);return s.get(v)}function m(){for(let v in r){let S=r[v].deref();S!==void 0&&c(S)}}return{get:l,update:u,getWireframeAttribute:h,dispose:m}}function uE(n,e,t){let i;function r(d){i=d}let s,a;function o(d){s=d.type,a=d.bytesPerElement}function c(d,h){n.drawElements(i,h,s,d*a),t.update(h,i,1)}function l(d,h,m){m!==0&&(n.drawElementsInstanced(i,h,s,d*a,m),t.update(h,i,m))}function u(d,h,m){if(m===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,h,0,s,d,0,m);let S=0;for(let g=0;g<m;g++)S+=h[g];t.update(S,i,1)}this.setMode=r,this.setIndex=o,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function hE(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:xn("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function fE(n,e,t){let i=new WeakMap,r=new ci;function s(a,o,c){let l=a.morphTargetInfluences,u=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,d=u!==void 0?u.length:0,h=i.get(o);if(h===void 0||h.count!==d){let Z=function(){x.dispose(),i.delete(o),o.removeEventListener("dispose",Z)};h!==void 0&&h.texture.dispose();let m=o.morphAttributes.position!==void 0,v=o.morphAttributes.normal!==void 0,S=o.morphAttributes.color!==void 0,g=o.morphAttributes.position||[],_=o.morphAttributes.normal||[],M=o.morphAttributes.color||[],C=0;m===!0&&(C=1),v===!0&&(C=2),S===!0&&(C=3);let E=o.attributes.position.count*C,U=1;E>e.maxTextureSize&&(U=Math.ceil(E/e.maxTextureSize),E=e.maxTextureSize);let N=new Float32Array(E*U*4*d),x=new Nc(N,E,U,d);x.type=Yr,x.needsUpdate=!0;let T=C*4;for(let X=0;X<d;X++){let $=g[X],re=_[X],pe=M[X],G=E*U*4*X;for(let _e=0;_e<$.count;_e++){let xe=_e*T;m===!0&&(r.fromBufferAttribute($,_e),N[G+xe+0]=r.x,N[G+xe+1]=r.y,N[G+xe+2]=r.z,N[G+xe+3]=0),v===!0&&(r.fromBufferAttribute(re,_e),N[G+xe+4]=r.x,N[G+xe+5]=r.y,N[G+xe+6]=r.z,N[G+xe+7]=0),S===!0&&(r.fromBufferAttribute(pe,_e),N[G+xe+8]=r.x,N[G+xe+9]=r.y,N[G+xe+10]=r.z,N[G+xe+11]=pe.itemSize===4?r.w:1)}}h={count:d,texture:x,size:new yn(E,U)},i.set(o,h),o.addEventListener("dispose",Z)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)c.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let m=0;for(let S=0;S<l.length;S++)m+=l[S];let v=o.morphTargetsRelative?1:1-m;c.getUniforms().setValue(n,"morphTargetBaseInfluence",v),c.getUniforms().setValue(n,"morphTargetInfluences",l)}c.getUniforms().setValue(n,"morphTargetsTexture",h.texture,t),c.getUniforms().setValue(n,"morphTargetsTextureSize",h.size)}return{update:s}}function dE(n,e,t,i,r){let s=new WeakMap;function a(l){let u=r.render.frame,d=l.geometry,h=e.get(l,d);if(s.get(h)!==u&&(e.update(h),s.set(h,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),s.get(l)!==u&&(t.update(l.instanceMatrix,n.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,n.ARRAY_BUFFER),s.set(l,u))),l.isSkinnedMesh){let m=l.skeleton;s.get(m)!==u&&(m.update(),s.set(m,u))}return h}function o(){s=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),i.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:a,dispose:o}}var pE={[Om]:"LINEAR_TONE_MAPPING",[Fm]:"REINHARD_TONE_MAPPING",[Um]:"CINEON_TONE_MAPPING",[Bm]:"ACES_FILMIC_TONE_MAPPING",[km]:"AGX_TONE_MAPPING",[Gm]:"NEUTRAL_TONE_MAPPING",[zm]:"CUSTOM_TONE_MAPPING"};function mE(n,e,t,i,r,s){let a=new _r(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,c=null,l=null,u=new us;u.setAttribute("position",new Tr([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Tr([0,2,0,0,2,0],2));let d=new hf({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),h=new wr(u,d),m=new $c(-1,1,1,-1,0,1),v=null,S=null,g=!1,_,M=null,C=[],E=!1;this.setSize=function(U,N){a.setSize(U,N),o!==null&&o.setSize(U,N),c!==null&&c.setSize(U,N);for(let x=0;x<C.length;x++){let T=C[x];T.setSize&&T.setSize(U,N)}},this.setEffects=function(U){C=U,E=C.length>0&&C[0].isRenderPass===!0;let N=a.width,x=a.height;C.length>0&&o===null&&(o=new _r(N,x,{type:$r,depthBuffer:!1,stencilBuffer:!1}),c=new _r(N,x,{type:$r,depthBuffer:!1,stencilBuffer:!1}));let T=r===!0&&C.some(Z=>Z.needsDepthTexture===!0);T!==(a.depthTexture!==null)&&(T===!0&&l===null&&(l=new Gs(N,x),s===!0&&(l.format=Hs,l.type=ho)),a.dispose(),a.depthTexture=T?l:null,a.resolveDepthBuffer=T,a.storeMultisampledDepthBuffer=T);for(let Z=0;Z<C.length;Z++){let X=C[Z];X.setSize&&X.setSize(N,x),T&&X.needsDepthTexture===!0&&X.setDepthTexture&&X.setDepthTexture(l)}},this.begin=function(U,N){if(g||U.toneMapping===fs&&C.length===0)return!1;if(M=N,N!==null){let x=N.width,T=N.height;(a.width!==x||a.height!==T)&&this.setSize(x,T)}return E===!1&&U.setRenderTarget(a),_=U.toneMapping,U.toneMapping=fs,!0},this.hasRenderPass=function(){return E},this.end=function(U,N){U.toneMapping=_,g=!0;let x=a,T=o;for(let Z=0;Z<C.length;Z++){let X=C[Z];X.enabled!==!1&&(X.render(U,T,x,N),X.needsSwap!==!1&&(x=T,T=T===o?c:o))}if(v!==U.outputColorSpace||S!==U.toneMapping){v=U.outputColorSpace,S=U.toneMapping,d.defines={},Un.getTransfer(v)===$n&&(d.defines.SRGB_TRANSFER="");let Z=pE[S];Z&&(d.defines[Z]=""),d.needsUpdate=!0}d.uniforms.tDiffuse.value=x.texture,U.setRenderTarget(M),U.render(h,m),M=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),c!==null&&c.dispose(),u.dispose(),d.dispose()}}var yv=new rr,Sv=new Gs(1,1),bv=new kc(1),Mv=new Nc,Ev=new of,Av=new zc,Q_=[],ev=[],tv=new Float32Array(16),nv=new Float32Array(9),iv=new Float32Array(4);function El(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=Q_[r];if(s===void 0&&(s=new Float32Array(r),Q_[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function Ii(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Pi(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function vd(n,e){let t=ev[e];t===void 0&&(t=new Int32Array(e),ev[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function gE(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function _E(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2fv(this.addr,e),Pi(t,e)}}function vE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Ii(t,e))return;n.uniform3fv(this.addr,e),Pi(t,e)}}function xE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4fv(this.addr,e),Pi(t,e)}}function yE(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;iv.set(i),n.uniformMatrix2fv(this.addr,!1,iv),Pi(t,i)}}function SE(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;nv.set(i),n.uniformMatrix3fv(this.addr,!1,nv),Pi(t,i)}}function bE(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;tv.set(i),n.uniformMatrix4fv(this.addr,!1,tv),Pi(t,i)}}function ME(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function EE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2iv(this.addr,e),Pi(t,e)}}function AE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ii(t,e))return;n.uniform3iv(this.addr,e),Pi(t,e)}}function TE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4iv(this.addr,e),Pi(t,e)}}function wE(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function CE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2uiv(this.addr,e),Pi(t,e)}}function RE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ii(t,e))return;n.uniform3uiv(this.addr,e),Pi(t,e)}}function IE(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4uiv(this.addr,e),Pi(t,e)}}function xd(n){return n.version===0&&(n.compareFunction=Jm,n.needsUpdate=!0),n}function PE(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=xd(Sv):s=yv,t.setTexture2D(e||s,r)}function LE(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||Ev,r)}function DE(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=xd(bv):s=Av,t.setTextureCube(e||s,r)}function NE(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||Mv,r)}function OE(n){switch(n){case 5126:return gE;case 35664:return _E;case 35665:return vE;case 35666:return xE;case 35674:return yE;case 35675:return SE;case 35676:return bE;case 5124:case 35670:return ME;case 35667:case 35671:return EE;case 35668:case 35672:return AE;case 35669:case 35673:return TE;case 5125:return wE;case 36294:return CE;case 36295:return RE;case 36296:return IE;case 35678:case 36198:case 36298:case 36306:case 35682:return PE;case 35679:case 36299:case 36307:return LE;case 35680:case 36300:case 36308:case 36293:return DE;case 36289:case 36303:case 36311:case 36292:return NE}}function FE(n,e){n.uniform1fv(this.addr,e)}function UE(n,e){let t=El(e,this.size,2);n.uniform2fv(this.addr,t)}function BE(n,e){let t=El(e,this.size,3);n.uniform3fv(this.addr,t)}function zE(n,e){let t=El(e,this.size,4);n.uniform4fv(this.addr,t)}function kE(n,e){let t=El(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function GE(n,e){let t=El(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function VE(n,e){let t=El(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function HE(n,e){n.uniform1iv(this.addr,e)}function WE(n,e){n.uniform2iv(this.addr,e)}function XE(n,e){n.uniform3iv(this.addr,e)}function YE(n,e){n.uniform4iv(this.addr,e)}function $E(n,e){n.uniform1uiv(this.addr,e)}function qE(n,e){n.uniform2uiv(this.addr,e)}function ZE(n,e){n.uniform3uiv(this.addr,e)}function jE(n,e){n.uniform4uiv(this.addr,e)}function KE(n,e,t){let i=this.cache,r=e.length,s=vd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=xd(Sv):a=yv;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function JE(n,e,t){let i=this.cache,r=e.length,s=vd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||Ev,s[a])}function QE(n,e,t){let i=this.cache,r=e.length,s=vd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=xd(bv):a=Av;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function eA(n,e,t){let i=this.cache,r=e.length,s=vd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||Mv,s[a])}function tA(n){switch(n){case 5126:return FE;case 35664:return UE;case 35665:return BE;case 35666:return zE;case 35674:return kE;case 35675:return GE;case 35676:return VE;case 5124:case 35670:return HE;case 35667:case 35671:return WE;case 35668:case 35672:return XE;case 35669:case 35673:return YE;case 5125:return $E;case 36294:return qE;case 36295:return ZE;case 36296:return jE;case 35678:case 36198:case 36298:case 36306:case 35682:return KE;case 35679:case 36299:case 36307:return JE;case 35680:case 36300:case 36308:case 36293:return QE;case 36289:case 36303:case 36311:case 36292:return eA}}var gg=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=OE(t.type)}},_g=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=tA(t.type)}},vg=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},pg=/(\w+)(\])?(\[|\.)?/g;function rv(n,e){n.seq.push(e),n.map[e.id]=e}function nA(n,e,t){let i=n.name,r=i.length;for(pg.lastIndex=0;;){let s=pg.exec(i),a=pg.lastIndex,o=s[1],c=s[2]==="]",l=s[3];if(c&&(o=o|0),l===void 0||l==="["&&a+2===r){rv(t,l===void 0?new gg(o,n,e):new _g(o,n,e));break}else{let d=t.map[o];d===void 0&&(d=new vg(o),rv(t,d)),t=d}}}var Ml=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),c=e.getUniformLocation(t,o.name);nA(o,c,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],c=i[o.id];c.needsUpdate!==!1&&o.setValue(e,c.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function sv(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var iA=37297,rA=0;function sA(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var av=new bn;function aA(n){Un._getMatrix(av,Un.workingColorSpace,n);let e=`mat3( ${av.elements.map(t=>t.toFixed(4))} )`;switch(Un.getTransfer(n)){case Lc:return[e,"LinearTransferOETF"];case $n:return[e,"sRGBTransferOETF"];default:return gn("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function ov(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+sA(n.getShaderSource(e),o)}else return s}function oA(n,e){let t=aA(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var lA={[Om]:"Linear",[Fm]:"Reinhard",[Um]:"Cineon",[Bm]:"ACESFilmic",[km]:"AgX",[Gm]:"Neutral",[zm]:"Custom"};function cA(n,e){let t=lA[e];return t===void 0?(gn("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var md=new be;function uA(){Un.getLuminanceCoefficients(md);let n=md.x.toFixed(4),e=md.y.toFixed(4),t=md.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function hA(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(au).join(`
`)}function fA(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function dA(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function au(n){return n!==""}function lv(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function cv(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var pA=/^[ \t]*#include +<([\w\d./]+)>/gm;function xg(n){return n.replace(pA,mA)}function mA(n,e){let t=Pn[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return xg(t)}var gA=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function uv(n){return n.replace(gA,_A)}function _A(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function hv(n){let e=`precision ${n.precision} float;
	precision ${n.precision} int;
	precision ${n.precision} sampler2D;
	precision ${n.precision} samplerCube;
	precision ${n.precision} sampler3D;
	precision ${n.precision} sampler2DArray;
	precision ${n.precision} sampler2DShadow;
	precision ${n.precision} samplerCubeShadow;
	precision ${n.precision} sampler2DArrayShadow;
	precision ${n.precision} isampler2D;
	precision ${n.precision} isampler3D;
	precision ${n.precision} isamplerCube;
	precision ${n.precision} isampler2DArray;
	precision ${n.precision} usampler2D;
	precision ${n.precision} usampler3D;
	precision ${n.precision} usamplerCube;
	precision ${n.precision} usampler2DArray;
	`;return n.precision==="highp"?e+=`
#define HIGH_PRECISION`:n.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:n.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var vA={[Kc]:"SHADOWMAP_TYPE_PCF",[vl]:"SHADOWMAP_TYPE_VSM"};function xA(n){return vA[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var yA={[yl]:"ENVMAP_MODE_REFRACTION"};function SA(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":yA[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var bA={[wf]:"ENVMAP_BLENDING_MULTIPLY",[w_]:"ENVMAP_BLENDING_MIX",[C_]:"ENVMAP_BLENDING_ADD"};function MA(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":bA[n.combine]||"ENVMAP_BLENDING_NONE"}function EA(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,c=xA(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=SA(t),d=MA(t),h=hA(t),m=fA(s),v=r.createProgram(),S,g,_=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(S=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m].filter(au).join(`
`),S.length>0&&(S+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m].filter(au).join(`
`),g.length>0&&(g+=`
`)):(S=[hv(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(au).join(`
`),g=[hv(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,m,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+d:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==fs?"#define TONE_MAPPING":"",t.toneMapping!==fs?Pn.tonemapping_pars_fragment:"",t.toneMapping!==fs?cA("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Pn.colorspace_pars_fragment,oA("linearToOutputTexel",t.outputColorSpace),uA(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(au).join(`
`)),a=xg(a),a=lv(a,t),a=cv(a,t),o=xg(o),o=lv(o,t),o=cv(o,t),a=uv(a),o=uv(o),t.isRawShaderMaterial!==!0&&(_=`#version 300 es
`,S=[h,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+S,g=["#define varying in",t.glslVersion===Qm?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Qm?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let M=_+S+a,C=_+g+o,E=sv(r,r.VERTEX_SHADER,M),U=sv(r,r.FRAGMENT_SHADER,C);r.attachShader(v,E),r.attachShader(v,U),t.index0AttributeName!==void 0?r.bindAttribLocation(v,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(v,0,"position"),r.linkProgram(v);function N(X){if(n.debug.checkShaderErrors){let $=r.getProgramInfoLog(v)||"",re=r.getShaderInfoLog(E)||"",pe=r.getShaderInfoLog(U)||"",G=$.trim(),_e=re.trim(),xe=pe.trim(),ne=!0,Le=!0;if(r.getProgramParameter(v,r.LINK_STATUS)===!1)if(ne=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,v,E,U);else{let de=ov(r,E,"vertex"),Re=ov(r,U,"fragment");xn("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(v,r.VALIDATE_STATUS)+`

Material Name: `+X.name+`
Material Type: `+X.type+`

Program Info Log: `+G+`
`+de+`
`+Re)}else G!==""?gn("WebGLProgram: Program Info Log:",G):(_e===""||xe==="")&&(Le=!1);Le&&(X.diagnostics={runnable:ne,programLog:G,vertexShader:{log:_e,prefix:S},fragmentShader:{log:xe,prefix:g}})}r.deleteShader(E),r.deleteShader(U),x=new Ml(r,v),T=dA(r,v)}let x;this.getUniforms=function(){return x===void 0&&N(this),x};let T;this.getAttributes=function(){return T===void 0&&N(this),T};let Z=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return Z===!1&&(Z=r.getProgramParameter(v,iA)),Z},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(v),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=rA++,this.cacheKey=e,this.usedTimes=1,this.program=v,this.vertexShader=E,this.fragmentShader=U,this}var AA=0,yg=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new Sg(e),t.set(e,i)),i}},Sg=class{constructor(e){this.id=AA++,this.code=e,this.usedTimes=0}};function TA(n){return n===Ia||n===iu||n===ru}function wA(n,e,t,i,r,s){let a=new Oc,o=new yg,c=new Set,l=[],u=new Map,d=i.logarithmicDepthBuffer,h={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function m(x){return c.add(x),x===0?"uv":`uv${x}`}function v(x,T,Z,X,$,re){let pe=X.fog,G=$.geometry,_e=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?X.environment:null,xe=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,ne=e.get(x.envMap||_e,xe),Le=h[x.type],de=i.precision;x.precision!==null&&(de=i.getMaxPrecision(x.precision),de!==x.precision&&gn("WebGLProgram.getParameters:",x.precision,"not supported, using",de,"instead."));let Re=G.morphAttributes.position||G.morphAttributes.normal||G.morphAttributes.color,ie=Re!==void 0?Re.length:0,Ze=0;G.morphAttributes.position!==void 0&&(Ze=1),G.morphAttributes.normal!==void 0&&(Ze=2),G.morphAttributes.color!==void 0&&(Ze=3);let Ft,Me,We,At;if(Le){let it=ps[Le];Ft=it.vertexShader,Me=it.fragmentShader}else{Ft=x.vertexShader,Me=x.fragmentShader;let it=o.getVertexShaderStage(x),un=o.getFragmentShaderStage(x);o.update(x,it,un),We=it.id,At=un.id}let Wt=n.getRenderTarget(),tt=n.state.buffers.depth.getReversed(),Qt=$.isInstancedMesh===!0,Rn=$.isBatchedMesh===!0,Zt=!!x.map,Cn=!!x.matcap,pt=!!ne,Dt=pt&&ne.isPMREMTexture===!0,nn=!!x.aoMap,Vt=!!x.lightMap,on=!!x.bumpMap&&x.wireframe===!1,rn=!!x.normalMap,ui=!!x.displacementMap,Wn=!!x.emissiveMap,w=!!x.metalnessMap,ei=!!x.roughnessMap,Jn=x.anisotropy>0,j=x.clearcoat>0,kn=x.diffuseRoughness>0,_n=x.dispersion>0,Ln=x.retroreflectivity>0,Qe=x.iridescence>0,gt=x.sheen>0,Bt=x.transmission>0,Kt=Jn&&!!x.anisotropyMap,D=j&&!!x.clearcoatMap,y=j&&!!x.clearcoatNormalMap,se=j&&!!x.clearcoatRoughnessMap,Ye=kn&&!!x.diffuseRoughnessMap,Ne=Qe&&!!x.iridescenceMap,ct=Qe&&!!x.iridescenceThicknessMap,ut=gt&&!!x.sheenColorMap,Te=gt&&!!x.sheenRoughnessMap,De=!!x.specularMap,Ae=!!x.specularColorMap,O=!!x.specularIntensityMap,ue=Bt&&!!x.transmissionMap,oe=Bt&&!!x.thicknessMap,Ie=!!x.gradientMap,Fe=!!x.alphaMap,Be=x.alphaTest>0,et=!!x.alphaHash,kt=!!x.extensions,ze=fs;x.toneMapped&&(Wt===null||Wt.isXRRenderTarget===!0)&&(ze=n.toneMapping);let Rt=Dt?ne.isCompressedCubeTexture?ne.image[0].mipmaps:ne.mipmaps:null,$t={shaderID:Le,shaderType:x.type,shaderName:x.name,vertexShader:Ft,fragmentShader:Me,defines:x.defines,customVertexShaderID:We,customFragmentShaderID:At,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:de,batching:Rn,batchingColor:Rn&&$._colorsTexture!==null,instancing:Qt,instancingColor:Qt&&$.instanceColor!==null,instancingMorph:Qt&&$.morphTexture!==null,outputColorSpace:Wt===null?n.outputColorSpace:Wt.isXRRenderTarget===!0?Wt.texture.colorSpace:Un.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:Zt,matcap:Cn,envMap:pt,envMapMode:pt&&ne.mapping,envMapPMREM:Dt,envMapMaxLod:Dt?Rt.length-1:null,envMapSize:Dt?Rt[0].width:null,aoMap:nn,lightMap:Vt,bumpMap:on,normalMap:rn,displacementMap:ui,emissiveMap:Wn,normalMapObjectSpace:rn&&x.normalMapType===P_,normalMapTangentSpace:rn&&x.normalMapType===dd,packedNormalMap:rn&&x.normalMapType===dd&&TA(x.normalMap.format),metalnessMap:w,roughnessMap:ei,anisotropy:Jn,anisotropyMap:Kt,clearcoat:j,clearcoatMap:D,clearcoatNormalMap:y,clearcoatRoughnessMap:se,diffuseRoughness:kn,diffuseRoughnessMap:Ye,dispersion:_n,retroreflection:Ln,iridescence:Qe,iridescenceMap:Ne,iridescenceThicknessMap:ct,sheen:gt,sheenColorMap:ut,sheenRoughnessMap:Te,specularMap:De,specularColorMap:Ae,specularIntensityMap:O,transmission:Bt,transmissionMap:ue,thicknessMap:oe,gradientMap:Ie,opaque:x.transparent===!1&&x.blending===xl&&x.alphaToCoverage===!1,alphaMap:Fe,alphaTest:Be,alphaHash:et,combine:x.combine,mapUv:Zt&&m(x.map.channel),aoMapUv:nn&&m(x.aoMap.channel),lightMapUv:Vt&&m(x.lightMap.channel),bumpMapUv:on&&m(x.bumpMap.channel),normalMapUv:rn&&m(x.normalMap.channel),displacementMapUv:ui&&m(x.displacementMap.channel),emissiveMapUv:Wn&&m(x.emissiveMap.channel),metalnessMapUv:w&&m(x.metalnessMap.channel),roughnessMapUv:ei&&m(x.roughnessMap.channel),anisotropyMapUv:Kt&&m(x.anisotropyMap.channel),clearcoatMapUv:D&&m(x.clearcoatMap.channel),clearcoatNormalMapUv:y&&m(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:se&&m(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:Ye&&m(x.diffuseRoughnessMap.channel),iridescenceMapUv:Ne&&m(x.iridescenceMap.channel),iridescenceThicknessMapUv:ct&&m(x.iridescenceThicknessMap.channel),sheenColorMapUv:ut&&m(x.sheenColorMap.channel),sheenRoughnessMapUv:Te&&m(x.sheenRoughnessMap.channel),specularMapUv:De&&m(x.specularMap.channel),specularColorMapUv:Ae&&m(x.specularColorMap.channel),specularIntensityMapUv:O&&m(x.specularIntensityMap.channel),transmissionMapUv:ue&&m(x.transmissionMap.channel),thicknessMapUv:oe&&m(x.thicknessMap.channel),alphaMapUv:Fe&&m(x.alphaMap.channel),vertexTangents:!!G.attributes.tangent&&(rn||Jn),vertexNormals:!!G.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!G.attributes.color&&G.attributes.color.itemSize===4,pointsUvs:$.isPoints===!0&&!!G.attributes.uv&&(Zt||Fe),fog:!!pe,useFog:x.fog===!0,fogExp2:!!pe&&pe.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||G.attributes.normal===void 0&&rn===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:d,reversedDepthBuffer:tt,skinning:$.isSkinnedMesh===!0,hasPositionAttribute:G.attributes.position!==void 0,morphTargets:G.morphAttributes.position!==void 0,morphNormals:G.morphAttributes.normal!==void 0,morphColors:G.morphAttributes.color!==void 0,morphTargetsCount:ie,morphTextureStride:Ze,numSunLights:T.sun.length,numDirLights:T.directional.length,numPointLights:T.point.length,numSpotLights:T.spot.length,numSpotLightMaps:T.spotLightMap.length,numRectAreaLights:T.rectArea.length,numHemiLights:T.hemi.length,numSunLightShadows:T.sunShadowMap.length,numDirLightShadows:T.directionalShadowMap.length,numPointLightShadows:T.pointShadowMap.length,numSpotLightShadows:T.spotShadowMap.length,numSpotLightShadowsWithMaps:T.numSpotLightShadowsWithMaps,numLightProbes:T.numLightProbes,numLightProbeGrids:re.filter(it=>it.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:x.dithering,shadowMapEnabled:n.shadowMap.enabled&&Z.length>0,shadowMapType:n.shadowMap.type,toneMapping:ze,decodeVideoTexture:Zt&&x.map.isVideoTexture===!0&&Un.getTransfer(x.map.colorSpace)===$n,decodeVideoTextureEmissive:Wn&&x.emissiveMap.isVideoTexture===!0&&Un.getTransfer(x.emissiveMap.colorSpace)===$n,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Cr,flipSided:x.side===Ji,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:kt&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(kt&&x.extensions.multiDraw===!0||Rn)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return $t.vertexUv1s=c.has(1),$t.vertexUv2s=c.has(2),$t.vertexUv3s=c.has(3),c.clear(),$t}function S(x){let T=[];if(x.shaderID?T.push(x.shaderID):(T.push(x.customVertexShaderID),T.push(x.customFragmentShaderID)),x.defines!==void 0)for(let Z in x.defines)T.push(Z),T.push(x.defines[Z]);return x.isRawShaderMaterial===!1&&(g(T,x),_(T,x),T.push(n.outputColorSpace)),T.push(x.customProgramCacheKey),T.join()}function g(x,T){x.push(T.precision),x.push(T.outputColorSpace),x.push(T.envMapMode),x.push(T.envMapPMREM),x.push(T.envMapMaxLod),x.push(T.envMapSize),x.push(T.mapUv),x.push(T.alphaMapUv),x.push(T.lightMapUv),x.push(T.aoMapUv),x.push(T.bumpMapUv),x.push(T.normalMapUv),x.push(T.displacementMapUv),x.push(T.emissiveMapUv),x.push(T.metalnessMapUv),x.push(T.roughnessMapUv),x.push(T.anisotropyMapUv),x.push(T.clearcoatMapUv),x.push(T.clearcoatNormalMapUv),x.push(T.clearcoatRoughnessMapUv),x.push(T.diffuseRoughnessMapUv),x.push(T.iridescenceMapUv),x.push(T.iridescenceThicknessMapUv),x.push(T.sheenColorMapUv),x.push(T.sheenRoughnessMapUv),x.push(T.specularMapUv),x.push(T.specularColorMapUv),x.push(T.specularIntensityMapUv),x.push(T.transmissionMapUv),x.push(T.thicknessMapUv),x.push(T.combine),x.push(T.fogExp2),x.push(T.sizeAttenuation),x.push(T.morphTargetsCount),x.push(T.numSunLights),x.push(T.numDirLights),x.push(T.numPointLights),x.push(T.numSpotLights),x.push(T.numSpotLightMaps),x.push(T.numHemiLights),x.push(T.numRectAreaLights),x.push(T.numSunLightShadows),x.push(T.numDirLightShadows),x.push(T.numPointLightShadows),x.push(T.numSpotLightShadows),x.push(T.numSpotLightShadowsWithMaps),x.push(T.numLightProbes),x.push(T.numLightProbeGrids),x.push(T.shadowMapType),x.push(T.toneMapping),x.push(T.numClippingPlanes),x.push(T.numClipIntersection),x.push(T.depthPacking)}function _(x,T){a.disableAll(),T.instancing&&a.enable(0),T.instancingColor&&a.enable(1),T.instancingMorph&&a.enable(2),T.matcap&&a.enable(3),T.envMap&&a.enable(4),T.normalMapObjectSpace&&a.enable(5),T.normalMapTangentSpace&&a.enable(6),T.clearcoat&&a.enable(7),T.iridescence&&a.enable(8),T.alphaTest&&a.enable(9),T.vertexColors&&a.enable(10),T.vertexAlphas&&a.enable(11),T.vertexUv1s&&a.enable(12),T.vertexUv2s&&a.enable(13),T.vertexUv3s&&a.enable(14),T.vertexTangents&&a.enable(15),T.anisotropy&&a.enable(16),T.alphaHash&&a.enable(17),T.batching&&a.enable(18),T.dispersion&&a.enable(19),T.retroreflection&&a.enable(24),T.diffuseRoughness&&a.enable(25),T.batchingColor&&a.enable(20),T.gradientMap&&a.enable(21),T.packedNormalMap&&a.enable(22),T.vertexNormals&&a.enable(23),x.push(a.mask),a.disableAll(),T.fog&&a.enable(0),T.useFog&&a.enable(1),T.flatShading&&a.enable(2),T.logarithmicDepthBuffer&&a.enable(3),T.reversedDepthBuffer&&a.enable(4),T.skinning&&a.enable(5),T.morphTargets&&a.enable(6),T.morphNormals&&a.enable(7),T.morphColors&&a.enable(8),T.premultipliedAlpha&&a.enable(9),T.shadowMapEnabled&&a.enable(10),T.doubleSided&&a.enable(11),T.flipSided&&a.enable(12),T.useDepthPacking&&a.enable(13),T.dithering&&a.enable(14),T.transmission&&a.enable(15),T.sheen&&a.enable(16),T.opaque&&a.enable(17),T.pointsUvs&&a.enable(18),T.decodeVideoTexture&&a.enable(19),T.decodeVideoTextureEmissive&&a.enable(20),T.alphaToCoverage&&a.enable(21),T.numLightProbeGrids>0&&a.enable(22),T.hasPositionAttribute&&a.enable(23),x.push(a.mask)}function M(x){let T=h[x.type],Z;if(T){let X=ps[T];Z=Y_.clone(X.uniforms)}else Z=x.uniforms;return Z}function C(x,T){let Z=u.get(T);return Z!==void 0?++Z.usedTimes:(Z=new EA(n,T,x,r),l.push(Z),u.set(T,Z)),Z}function E(x){if(--x.usedTimes===0){let T=l.indexOf(x);l[T]=l[l.length-1],l.pop(),u.delete(x.cacheKey),x.destroy()}}function U(x){o.remove(x)}function N(){o.dispose()}return{getParameters:v,getProgramCacheKey:S,getUniforms:M,acquireProgram:C,releaseProgram:E,releaseShaderCache:U,programs:l,dispose:N}}function CA(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,c){n.get(a)[o]=c}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function RA(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function fv(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function dv(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(h){let m=0;return h.isInstancedMesh&&(m+=2),h.isSkinnedMesh&&(m+=1),m}function o(h,m,v,S,g,_){let M=n[e];return M===void 0?(M={id:h.id,object:h,geometry:m,material:v,materialVariant:a(h),groupOrder:S,renderOrder:h.renderOrder,z:g,group:_},n[e]=M):(M.id=h.id,M.object=h,M.geometry=m,M.material=v,M.materialVariant=a(h),M.groupOrder=S,M.renderOrder=h.renderOrder,M.z=g,M.group=_),e++,M}function c(h,m,v,S,g,_,M){M.reversedDepth===!0&&(g=-g);let C=o(h,m,v,S,g,_);v.transmission>0?i.push(C):v.transparent===!0?r.push(C):t.push(C)}function l(h,m,v,S,g,_){let M=o(h,m,v,S,g,_);v.transmission>0?i.unshift(M):v.transparent===!0?r.unshift(M):t.unshift(M)}function u(h,m){t.length>1&&t.sort(h||RA),i.length>1&&i.sort(m||fv),r.length>1&&r.sort(m||fv)}function d(){for(let h=e,m=n.length;h<m;h++){let v=n[h];if(v.id===null)break;v.id=null,v.object=null,v.geometry=null,v.material=null,v.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:c,unshift:l,finish:d,sort:u}}function IA(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new dv,n.set(i,[a])):r>=s.length?(a=new dv,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function PA(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new be,color:new Dn};break;case"SpotLight":t={position:new be,direction:new be,color:new Dn,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new be,color:new Dn,distance:0,decay:0};break;case"HemisphereLight":t={direction:new be,skyColor:new Dn,groundColor:new Dn};break;case"RectAreaLight":t={color:new Dn,position:new be,halfWidth:new be,halfHeight:new be};break}return n[e.id]=t,t}}}function LA(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new yn};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new yn};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new yn,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var DA=0;function NA(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function OA(n){let e=new PA,t=LA(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)i.probe.push(new be);let r=new be,s=new li,a=new li;function o(l){let u=0,d=0,h=0;for(let re=0;re<9;re++)i.probe[re].set(0,0,0);let m=0,v=0,S=0,g=0,_=0,M=0,C=0,E=0,U=0,N=0,x=0,T=0,Z=0,X=0;l.sort(NA);for(let re=0,pe=l.length;re<pe;re++){let G=l[re],_e=G.color,xe=G.intensity,ne=G.distance,Le=null;if(G.shadow&&G.shadow.map&&(G.shadow.map.texture.format===Ia?Le=G.shadow.map.texture:Le=G.shadow.map.depthTexture||G.shadow.map.texture),G.isAmbientLight)u+=_e.r*xe,d+=_e.g*xe,h+=_e.b*xe;else if(G.isLightProbe){for(let de=0;de<9;de++)i.probe[de].addScaledVector(G.sh.coefficients[de],xe);X++}else if(G.isSunLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize.copy(Re.mapSize).multiply(Re.getFrameExtents()),i.sunShadow[v]=ie,i.sunShadowMap[v]=Le;let Ze=Re.getViewportCount();for(let Ft=0;Ft<Ze;Ft++)i.sunShadowMatrix[S+Ft]=Re.getMatrix(Ft),i.sunShadowCascade[S+Ft]=Re._cascadeData[Ft];S+=Ze,v++}i.sun[m]=de,m++}else if(G.isDirectionalLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,i.directionalShadow[g]=ie,i.directionalShadowMap[g]=Le,i.directionalShadowMatrix[g]=G.shadow.matrix,U++}i.directional[g]=de,g++}else if(G.isSpotLight){let de=e.get(G);de.position.setFromMatrixPosition(G.matrixWorld),de.color.copy(_e).multiplyScalar(xe),de.distance=ne,de.coneCos=Math.cos(G.angle),de.penumbraCos=Math.cos(G.angle*(1-G.penumbra)),de.decay=G.decay,i.spot[M]=de;let Re=G.shadow;if(G.map&&(i.spotLightMap[T]=G.map,T++,Re.updateMatrices(G),G.castShadow&&Z++),i.spotLightMatrix[M]=Re.matrix,G.castShadow){let ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,i.spotShadow[M]=ie,i.spotShadowMap[M]=Le,x++}M++}else if(G.isRectAreaLight){let de=e.get(G);de.color.copy(_e).multiplyScalar(xe),de.halfWidth.set(G.width*.5,0,0),de.halfHeight.set(0,G.height*.5,0),i.rectArea[C]=de,C++}else if(G.isPointLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),de.distance=G.distance,de.decay=G.decay,G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,ie.shadowCameraNear=Re.camera.near,ie.shadowCameraFar=Re.camera.far,i.pointShadow[_]=ie,i.pointShadowMap[_]=Le,i.pointShadowMatrix[_]=G.shadow.matrix,N++}i.point[_]=de,_++}else if(G.isHemisphereLight){let de=e.get(G);de.skyColor.copy(G.color).multiplyScalar(xe),de.groundColor.copy(G.groundColor).multiplyScalar(xe),i.hemi[E]=de,E++}}C>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=zt.LTC_FLOAT_1,i.rectAreaLTC2=zt.LTC_FLOAT_2):(i.rectAreaLTC1=zt.LTC_HALF_1,i.rectAreaLTC2=zt.LTC_HALF_2)),i.ambient[0]=u,i.ambient[1]=d,i.ambient[2]=h;let $=i.hash;($.sunLength!==m||$.directionalLength!==g||$.pointLength!==_||$.spotLength!==M||$.rectAreaLength!==C||$.hemiLength!==E||$.numSunShadows!==v||$.numDirectionalShadows!==U||$.numPointShadows!==N||$.numSpotShadows!==x||$.numSpotMaps!==T||$.numLightProbes!==X)&&(i.sun.length=m,i.directional.length=g,i.spot.length=M,i.rectArea.length=C,i.point.length=_,i.hemi.length=E,i.sunShadow.length=v,i.sunShadowMap.length=v,i.sunShadowMatrix.length=S,i.sunShadowCascade.length=S,i.directionalShadow.length=U,i.directionalShadowMap.length=U,i.directionalShadowMatrix.length=U,i.pointShadow.length=N,i.pointShadowMap.length=N,i.pointShadowMatrix.length=N,i.spotShadow.length=x,i.spotShadowMap.length=x,i.spotLightMatrix.length=x+T-Z,i.spotLightMap.length=T,i.numSpotLightShadowsWithMaps=Z,i.numLightProbes=X,$.sunLength=m,$.directionalLength=g,$.pointLength=_,$.spotLength=M,$.rectAreaLength=C,$.hemiLength=E,$.numSunShadows=v,$.numDirectionalShadows=U,$.numPointShadows=N,$.numSpotShadows=x,$.numSpotMaps=T,$.numLightProbes=X,i.version=DA++)}function c(l,u){let d=0,h=0,m=0,v=0,S=0,g=0,_=u.matrixWorldInverse;for(let M=0,C=l.length;M<C;M++){let E=l[M];if(E.isSunLight){let U=i.sun[d];U.direction.setFromMatrixPosition(E.matrixWorld),U.direction.transformDirection(_),d++}else if(E.isDirectionalLight){let U=i.directional[h];U.direction.setFromMatrixPosition(E.matrixWorld),r.setFromMatrixPosition(E.target.matrixWorld),U.direction.sub(r),U.direction.transformDirection(_),h++}else if(E.isSpotLight){let U=i.spot[v];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),U.direction.setFromMatrixPosition(E.matrixWorld),r.setFromMatrixPosition(E.target.matrixWorld),U.direction.sub(r),U.direction.transformDirection(_),v++}else if(E.isRectAreaLight){let U=i.rectArea[S];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),a.identity(),s.copy(E.matrixWorld),s.premultiply(_),a.extractRotation(s),U.halfWidth.set(E.width*.5,0,0),U.halfHeight.set(0,E.height*.5,0),U.halfWidth.applyMatrix4(a),U.halfHeight.applyMatrix4(a),S++}else if(E.isPointLight){let U=i.point[m];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),m++}else if(E.isHemisphereLight){let U=i.hemi[g];U.direction.setFromMatrixPosition(E.matrixWorld),U.direction.transformDirection(_),g++}}}return{setup:o,setupView:c,state:i}}function pv(n){let e=new OA(n),t=[],i=[],r=[];function s(d){u.camera=d,t.length=0,i.length=0,r.length=0}function a(d){d.isLightProbeGrid?r.push(d):t.push(d)}function o(d){i.push(d)}function c(){e.setup(t),r.sort((d,h)=>d.priority-h.priority||d.id-h.id)}function l(d){e.setupView(t,d)}let u={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:c,setupLightsView:l,pushLight:a,pushShadow:o}}function FA(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new pv(n),e.set(r,[o])):s>=a.length?(o=new pv(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var UA=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,BA=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,zA=[new be(1,0,0),new be(-1,0,0),new be(0,1,0),new be(0,-1,0),new be(0,0,1),new be(0,0,-1)],kA=[new be(0,-1,0),new be(0,-1,0),new be(0,0,1),new be(0,0,-1),new be(0,-1,0),new be(0,-1,0)],mv=new li,su=new be,mg=new be;function GA(n,e,t){let i=new Ma,r=new yn,s=new yn,a=new ci,o=new ff,c=new df,l={},u=t.maxTextureSize,d={[Ra]:Ji,[Ji]:Ra,[Cr]:Cr},h=new hs({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new yn},radius:{value:4}},vertexShader:UA,fragmentShader:BA}),m=h.clone();m.defines.HORIZONTAL_PASS=1;let v=new us;v.setAttribute("position",new mr(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let S=new wr(v,h),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=Kc;let _=this.type;this.render=function(N,x,T){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||N.length===0)return;this.type===l_&&(gn("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=Kc);let Z=n.getRenderTarget(),X=n.getActiveCubeFace(),$=n.getActiveMipmapLevel(),re=n.state;re.setBlending(lo),re.buffers.depth.getReversed()===!0?re.buffers.color.setClear(0,0,0,0):re.buffers.color.setClear(1,1,1,1),re.buffers.depth.setTest(!0),re.setScissorTest(!1);let pe=_!==this.type;pe&&x.traverse(function(G){G.material&&(Array.isArray(G.material)?G.material.forEach(_e=>_e.needsUpdate=!0):G.material.needsUpdate=!0)});for(let G=0,_e=N.length;G<_e;G++){let xe=N[G],ne=xe.shadow;if(ne===void 0){gn("WebGLShadowMap:",xe,"has no shadow.");continue}if(ne.autoUpdate===!1&&ne.needsUpdate===!1)continue;r.copy(ne.mapSize);let Le=ne.getFrameExtents();r.multiply(Le),s.copy(ne.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/Le.x),r.x=s.x*Le.x,ne.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/Le.y),r.y=s.y*Le.y,ne.mapSize.y=s.y));let de=n.state.buffers.depth.getReversed();if(ne.camera._reversedDepth=de,ne.map===null||pe===!0){if(ne.map!==null&&(ne.map.depthTexture!==null&&(ne.map.depthTexture.dispose(),ne.map.depthTexture=null),ne.map.dispose()),this.type===vl){if(xe.isPointLight){gn("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}ne.map=new _r(r.x,r.y,{format:Ia,type:$r,minFilter:ji,magFilter:ji,generateMipmaps:!1}),ne.map.texture.name=xe.name+".shadowMap",ne.map.depthTexture=new Gs(r.x,r.y,Yr),ne.map.depthTexture.name=xe.name+".shadowMapDepth",ne.map.depthTexture.format=zs,ne.map.depthTexture.compareFunction=null,ne.map.depthTexture.minFilter=Bi,ne.map.depthTexture.magFilter=Bi}else xe.isPointLight?(ne.map=new ou(r.x),ne.map.depthTexture=new kc(r.x,Xr)):(ne.map=new _r(r.x,r.y),ne.map.depthTexture=new Gs(r.x,r.y,Xr)),ne.map.depthTexture.name=xe.name+".shadowMap",ne.map.depthTexture.format=zs,this.type===Kc?(ne.map.depthTexture.compareFunction=de?Km:jm,ne.map.depthTexture.minFilter=ji,ne.map.depthTexture.magFilter=ji):(ne.map.depthTexture.compareFunction=null,ne.map.depthTexture.minFilter=Bi,ne.map.depthTexture.magFilter=Bi);ne.camera.updateProjectionMatrix()}ne.map.isWebGLCubeRenderTarget!==!0&&(ne.map.width!==r.x||ne.map.height!==r.y)&&ne.map.setSize(r.x,r.y);let Re=ne.map.isWebGLCubeRenderTarget?6:ne.getViewportCount();xe.isPointLight!==!0&&ne.updateMatrices(xe,T);let ie=(ne.camera.layers.mask&4294967294)!==0?ne.camera.layers:T.layers;for(let Ze=0;Ze<Re;Ze++){let Ft=ne.getCamera(Ze);if(xe.isPointLight){let Me=ne.camera,We=ne.matrix,At=xe.distance||Me.far;At!==Me.far&&(Me.far=At,Me.updateProjectionMatrix()),su.setFromMatrixPosition(xe.matrixWorld),Me.position.copy(su),mg.copy(Me.position),mg.add(zA[Ze]),Me.up.copy(kA[Ze]),Me.lookAt(mg),Me.updateMatrixWorld(),We.makeTranslation(-su.x,-su.y,-su.z),mv.multiplyMatrices(Me.projectionMatrix,Me.matrixWorldInverse),ne._frustum.setFromProjectionMatrix(mv,Me.coordinateSystem,Me.reversedDepth)}if(ne.map.isWebGLCubeRenderTarget)n.setRenderTarget(ne.map,Ze),n.clear();else{Ze===0&&(n.setRenderTarget(ne.map),n.clear());let Me=ne.getViewport(Ze);a.set(s.x*Me.x,s.y*Me.y,s.x*Me.z,s.y*Me.w),re.viewport(a)}i=ne.getFrustum(Ze),E(x,T,Ft,xe,ie,this.type)}ne.isPointLightShadow!==!0&&this.type===vl&&M(ne,T),ne.needsUpdate=!1}_=this.type,g.needsUpdate=!1,n.setRenderTarget(Z,X,$)};function M(N,x){let T=e.update(S);h.defines.VSM_SAMPLES!==N.blurSamples&&(h.defines.VSM_SAMPLES=N.blurSamples,m.defines.VSM_SAMPLES=N.blurSamples,h.needsUpdate=!0,m.needsUpdate=!0),N.mapPass===null?N.mapPass=new _r(r.x,r.y,{format:Ia,type:$r}):(N.mapPass.width!==N.map.width||N.mapPass.height!==N.map.height)&&N.mapPass.setSize(N.map.width,N.map.height),h.uniforms.shadow_pass.value=N.map.depthTexture,h.uniforms.resolution.value.set(N.map.width,N.map.height),h.uniforms.radius.value=N.radius,n.setRenderTarget(N.mapPass),n.clear(),n.renderBufferDirect(x,null,T,h,S,null),m.uniforms.shadow_pass.value=N.mapPass.texture,m.uniforms.resolution.value.set(N.map.width,N.map.height),m.uniforms.radius.value=N.radius,n.setRenderTarget(N.map),n.clear(),n.renderBufferDirect(x,null,T,m,S,null)}function C(N,x,T,Z){let X=null,$=T.isPointLight===!0?N.customDistanceMaterial:N.customDepthMaterial;if($!==void 0)X=$;else if(X=T.isPointLight===!0?c:o,n.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let re=X.uuid,pe=x.uuid,G=l[re];G===void 0&&(G={},l[re]=G);let _e=G[pe];_e===void 0&&(_e=X.clone(),G[pe]=_e,x.addEventListener("dispose",U)),X=_e}if(X.visible=x.visible,X.wireframe=x.wireframe,Z===vl?X.side=x.shadowSide!==null?x.shadowSide:x.side:X.side=x.shadowSide!==null?x.shadowSide:d[x.side],X.alphaMap=x.alphaMap,X.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,X.map=x.map,X.clipShadows=x.clipShadows,X.clippingPlanes=x.clippingPlanes,X.clipIntersection=x.clipIntersection,X.displacementMap=x.displacementMap,X.displacementScale=x.displacementScale,X.displacementBias=x.displacementBias,X.wireframeLinewidth=x.wireframeLinewidth,X.linewidth=x.linewidth,T.isPointLight===!0&&X.isMeshDistanceMaterial===!0){let re=n.properties.get(X);re.light=T}return X}function E(N,x,T,Z,X,$){if(N.visible===!1)return;if(N.layers.test(X)&&(N.isMesh||N.isLine||N.isPoints)&&(N.castShadow||N.receiveShadow&&$===vl)&&(!N.frustumCulled||N.intersectsFrustum(i))){N.modelViewMatrix.multiplyMatrices(T.matrixWorldInverse,N.matrixWorld);let G=e.update(N),_e=N.material;if(Array.isArray(_e)){let xe=G.groups;for(let ne=0,Le=xe.length;ne<Le;ne++){let de=xe[ne],Re=_e[de.materialIndex];if(Re&&Re.visible){let ie=C(N,Re,Z,$);N.onBeforeShadow(n,N,x,T,G,ie,de),n.renderBufferDirect(T,null,G,ie,N,de),N.onAfterShadow(n,N,x,T,G,ie,de)}}}else if(_e.visible){let xe=C(N,_e,Z,$);N.onBeforeShadow(n,N,x,T,G,xe,null),n.renderBufferDirect(T,null,G,xe,N,null),N.onAfterShadow(n,N,x,T,G,xe,null)}}let pe=N.children;for(let G=0,_e=pe.length;G<_e;G++)E(pe[G],x,T,Z,X,$)}function U(N){N.target.removeEventListener("dispose",U);for(let T in l){let Z=l[T],X=N.target.uuid;X in Z&&(Z[X].dispose(),delete Z[X])}}}function VA(n,e){function t(){let O=!1,ue=new ci,oe=null,Ie=new ci(0,0,0,0);return{setMask:function(Fe){oe!==Fe&&!O&&(n.colorMask(Fe,Fe,Fe,Fe),oe=Fe)},setLocked:function(Fe){O=Fe},setClear:function(Fe,Be,et,kt,ze){ze===!0&&(Fe*=kt,Be*=kt,et*=kt),ue.set(Fe,Be,et,kt),Ie.equals(ue)===!1&&(n.clearColor(Fe,Be,et,kt),Ie.copy(ue))},reset:function(){O=!1,oe=null,Ie.set(-1,0,0,0)}}}function i(){let O=!1,ue=!1,oe=null,Ie=null,Fe=null;return{setReversed:function(Be){if(ue!==Be){let et=e.get("EXT_clip_control");Be?et.clipControlEXT(et.LOWER_LEFT_EXT,et.ZERO_TO_ONE_EXT):et.clipControlEXT(et.LOWER_LEFT_EXT,et.NEGATIVE_ONE_TO_ONE_EXT),ue=Be;let kt=Fe;Fe=null,this.setClear(kt)}},getReversed:function(){return ue},setTest:function(Be){Be?tt(n.DEPTH_TEST):Qt(n.DEPTH_TEST)},setMask:function(Be){oe!==Be&&!O&&(n.depthMask(Be),oe=Be)},setFunc:function(Be){if(ue&&(Be=V_[Be]),Ie!==Be){switch(Be){case qh:n.depthFunc(n.NEVER);break;case Zh:n.depthFunc(n.ALWAYS);break;case jh:n.depthFunc(n.LESS);break;case ol:n.depthFunc(n.LEQUAL);break;case Kh:n.depthFunc(n.EQUAL);break;case Jh:n.depthFunc(n.GEQUAL);break;case Qh:n.depthFunc(n.GREATER);break;case ef:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}Ie=Be}},setLocked:function(Be){O=Be},setClear:function(Be){Fe!==Be&&(Fe=Be,ue&&(Be=1-Be),n.clearDepth(Be))},reset:function(){O=!1,oe=null,Ie=null,Fe=null,ue=!1}}}function r(){let O=!1,ue=null,oe=null,Ie=null,Fe=null,Be=null,et=null,kt=null,ze=null;return{setTest:function(Rt){O||(Rt?tt(n.STENCIL_TEST):Qt(n.STENCIL_TEST))},setMask:function(Rt){ue!==Rt&&!O&&(n.stencilMask(Rt),ue=Rt)},setFunc:function(Rt,$t,it){(oe!==Rt||Ie!==$t||Fe!==it)&&(n.stencilFunc(Rt,$t,it),oe=Rt,Ie=$t,Fe=it)},setOp:function(Rt,$t,it){(Be!==Rt||et!==$t||kt!==it)&&(n.stencilOp(Rt,$t,it),Be=Rt,et=$t,kt=it)},setLocked:function(Rt){O=Rt},setClear:function(Rt){ze!==Rt&&(n.clearStencil(Rt),ze=Rt)},reset:function(){O=!1,ue=null,oe=null,Ie=null,Fe=null,Be=null,et=null,kt=null,ze=null}}}let s=new t,a=new i,o=new r,c={},l=new WeakMap,u={},d={},h={},m=new WeakMap,v=[],S=null,g=!1,_=null,M=null,C=null,E=null,U=null,N=null,x=null,T=new Dn(0,0,0),Z=0,X=!1,$=null,re=null,pe=null,G=null,_e=null,xe=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),ne=!1,Le=0,de=n.getParameter(n.VERSION);de.indexOf("WebGL")!==-1?(Le=parseFloat(/^WebGL (\d)/.exec(de)[1]),ne=Le>=1):de.indexOf("OpenGL ES")!==-1&&(Le=parseFloat(/^OpenGL ES (\d)/.exec(de)[1]),ne=Le>=2);let Re=null,ie={},Ze=n.getParameter(n.SCISSOR_BOX),Ft=n.getParameter(n.VIEWPORT),Me=new ci().fromArray(Ze),We=new ci().fromArray(Ft);function At(O,ue,oe,Ie){let Fe=new Uint8Array(4),Be=n.createTexture();n.bindTexture(O,Be),n.texParameteri(O,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(O,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let et=0;et<oe;et++)O===n.TEXTURE_3D||O===n.TEXTURE_2D_ARRAY?n.texImage3D(ue,0,n.RGBA,1,1,Ie,0,n.RGBA,n.UNSIGNED_BYTE,Fe):n.texImage2D(ue+et,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,Fe);return Be}let Wt={};Wt[n.TEXTURE_2D]=At(n.TEXTURE_2D,n.TEXTURE_2D,1),Wt[n.TEXTURE_CUBE_MAP]=At(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),Wt[n.TEXTURE_2D_ARRAY]=At(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),Wt[n.TEXTURE_3D]=At(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),tt(n.DEPTH_TEST),a.setFunc(ol),on(!1),rn(Rm),tt(n.CULL_FACE),nn(lo);function tt(O){u[O]!==!0&&(n.enable(O),u[O]=!0)}function Qt(O){u[O]!==!1&&(n.disable(O),u[O]=!1)}function Rn(O,ue){return h[O]!==ue?(n.bindFramebuffer(O,ue),h[O]=ue,O===n.DRAW_FRAMEBUFFER&&(h[n.FRAMEBUFFER]=ue),O===n.FRAMEBUFFER&&(h[n.DRAW_FRAMEBUFFER]=ue),!0):!1}function Zt(O,ue){let oe=v,Ie=!1;if(O){oe=m.get(ue),oe===void 0&&(oe=[],m.set(ue,oe));let Fe=O.textures;if(oe.length!==Fe.length||oe[0]!==n.COLOR_ATTACHMENT0){for(let Be=0,et=Fe.length;Be<et;Be++)oe[Be]=n.COLOR_ATTACHMENT0+Be;oe.length=Fe.length,Ie=!0}}else oe[0]!==n.BACK&&(oe[0]=n.BACK,Ie=!0);Ie&&n.drawBuffers(oe)}function Cn(O){return S!==O?(n.useProgram(O),S=O,!0):!1}let pt={[co]:n.FUNC_ADD,[u_]:n.FUNC_SUBTRACT,[h_]:n.FUNC_REVERSE_SUBTRACT};pt[f_]=n.MIN,pt[d_]=n.MAX;let Dt={[p_]:n.ZERO,[m_]:n.ONE,[g_]:n.SRC_COLOR,[Dm]:n.SRC_ALPHA,[b_]:n.SRC_ALPHA_SATURATE,[y_]:n.DST_COLOR,[v_]:n.DST_ALPHA,[__]:n.ONE_MINUS_SRC_COLOR,[Nm]:n.ONE_MINUS_SRC_ALPHA,[S_]:n.ONE_MINUS_DST_COLOR,[x_]:n.ONE_MINUS_DST_ALPHA,[M_]:n.CONSTANT_COLOR,[E_]:n.ONE_MINUS_CONSTANT_COLOR,[A_]:n.CONSTANT_ALPHA,[T_]:n.ONE_MINUS_CONSTANT_ALPHA};function nn(O,ue,oe,Ie,Fe,Be,et,kt,ze,Rt){if(O===lo){g===!0&&(Qt(n.BLEND),g=!1);return}if(g===!1&&(tt(n.BLEND),g=!0),O!==c_){if(O!==_||Rt!==X){if((M!==co||U!==co)&&(n.blendEquation(n.FUNC_ADD),M=co,U=co),Rt)switch(O){case xl:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Im:n.blendFunc(n.ONE,n.ONE);break;case Pm:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case Lm:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:xn("WebGLState: Invalid blending: ",O);break}else switch(O){case xl:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case Im:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case Pm:xn("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case Lm:xn("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:xn("WebGLState: Invalid blending: ",O);break}C=null,E=null,N=null,x=null,T.set(0,0,0),Z=0,_=O,X=Rt}return}Fe=Fe||ue,Be=Be||oe,et=et||Ie,(ue!==M||Fe!==U)&&(n.blendEquationSeparate(pt[ue],pt[Fe]),M=ue,U=Fe),(oe!==C||Ie!==E||Be!==N||et!==x)&&(n.blendFuncSeparate(Dt[oe],Dt[Ie],Dt[Be],Dt[et]),C=oe,E=Ie,N=Be,x=et),(kt.equals(T)===!1||ze!==Z)&&(n.blendColor(kt.r,kt.g,kt.b,ze),T.copy(kt),Z=ze),_=O,X=!1}function Vt(O,ue){O.side===Cr?Qt(n.CULL_FACE):tt(n.CULL_FACE);let oe=O.side===Ji;ue&&(oe=!oe),on(oe),O.blending===xl&&O.transparent===!1?nn(lo):nn(O.blending,O.blendEquation,O.blendSrc,O.blendDst,O.blendEquationAlpha,O.blendSrcAlpha,O.blendDstAlpha,O.blendColor,O.blendAlpha,O.premultipliedAlpha),a.setFunc(O.depthFunc),a.setTest(O.depthTest),a.setMask(O.depthWrite),s.setMask(O.colorWrite);let Ie=O.stencilWrite;o.setTest(Ie),Ie&&(o.setMask(O.stencilWriteMask),o.setFunc(O.stencilFunc,O.stencilRef,O.stencilFuncMask),o.setOp(O.stencilFail,O.stencilZFail,O.stencilZPass)),Wn(O.polygonOffset,O.polygonOffsetFactor,O.polygonOffsetUnits),O.alphaToCoverage===!0?tt(n.SAMPLE_ALPHA_TO_COVERAGE):Qt(n.SAMPLE_ALPHA_TO_COVERAGE)}function on(O){$!==O&&(O?n.frontFace(n.CW):n.frontFace(n.CCW),$=O)}function rn(O){O!==a_?(tt(n.CULL_FACE),O!==re&&(O===Rm?n.cullFace(n.BACK):O===o_?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):Qt(n.CULL_FACE),re=O}function ui(O){O!==pe&&(ne&&n.lineWidth(O),pe=O)}function Wn(O,ue,oe){O?(tt(n.POLYGON_OFFSET_FILL),(G!==ue||_e!==oe)&&(G=ue,_e=oe,a.getReversed()&&(ue=-ue,oe=-oe),n.polygonOffset(ue,oe))):Qt(n.POLYGON_OFFSET_FILL)}function w(O){O?tt(n.SCISSOR_TEST):Qt(n.SCISSOR_TEST)}function ei(O){O===void 0&&(O=n.TEXTURE0+xe-1),Re!==O&&(n.activeTexture(O),Re=O)}function Jn(O,ue,oe){oe===void 0&&(Re===null?oe=n.TEXTURE0+xe-1:oe=Re);let Ie=ie[oe];Ie===void 0&&(Ie={type:void 0,texture:void 0},ie[oe]=Ie),(Ie.type!==O||Ie.texture!==ue)&&(Re!==oe&&(n.activeTexture(oe),Re=oe),n.bindTexture(O,ue||Wt[O]),Ie.type=O,Ie.texture=ue)}function j(){let O=ie[Re];O!==void 0&&O.type!==void 0&&(n.bindTexture(O.type,null),O.type=void 0,O.texture=void 0)}function kn(){try{n.compressedTexImage2D(...arguments)}catch(O){xn("WebGLState:",O)}}function _n(){try{n.compressedTexImage3D(...arguments)}catch(O){xn("WebGLState:",O)}}function Ln(){try{n.texSubImage2D(...arguments)}catch(O){xn("WebGLState:",O)}}function Qe(){try{n.texSubImage3D(...arguments)}catch(O){xn("WebGLState:",O)}}function gt(){try{n.compressedTexSubImage2D(...arguments)}catch(O){xn("WebGLState:",O)}}function Bt(){try{n.compressedTexSubImage3D(...arguments)}catch(O){xn("WebGLState:",O)}}function Kt(){try{n.texStorage2D(...arguments)}catch(O){xn("WebGLState:",O)}}function D(){try{n.texStorage3D(...arguments)}catch(O){xn("WebGLState:",O)}}function y(){try{n.texImage2D(...arguments)}catch(O){xn("WebGLState:",O)}}function se(){try{n.texImage3D(...arguments)}catch(O){xn("WebGLState:",O)}}function Ye(O){return d[O]!==void 0?d[O]:n.getParameter(O)}function Ne(O,ue){d[O]!==ue&&(n.pixelStorei(O,ue),d[O]=ue)}function ct(O){Me.equals(O)===!1&&(n.scissor(O.x,O.y,O.z,O.w),Me.copy(O))}function ut(O){We.equals(O)===!1&&(n.viewport(O.x,O.y,O.z,O.w),We.copy(O))}function Te(O,ue){let oe=l.get(ue);oe===void 0&&(oe=new WeakMap,l.set(ue,oe));let Ie=oe.get(O);Ie===void 0&&(Ie=n.getUniformBlockIndex(ue,O.name),n.uniformBlockBinding(ue,Ie,Ie),oe.set(O,Ie))}function De(O,ue,oe){let Fe=l.get(ue).get(O);c[Fe]!==oe&&(n.bindBufferBase(n.UNIFORM_BUFFER,Fe,oe),c[Fe]=oe)}function Ae(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),u={},d={},Re=null,ie={},h={},c={},m=new WeakMap,v=[],S=null,g=!1,_=null,M=null,C=null,E=null,U=null,N=null,x=null,T=new Dn(0,0,0),Z=0,X=!1,$=null,re=null,pe=null,G=null,_e=null,Me.set(0,0,n.canvas.width,n.canvas.height),We.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:tt,disable:Qt,bindFramebuffer:Rn,drawBuffers:Zt,useProgram:Cn,setBlending:nn,setMaterial:Vt,setFlipSided:on,setCullFace:rn,setLineWidth:ui,setPolygonOffset:Wn,setScissorTest:w,activeTexture:ei,bindTexture:Jn,unbindTexture:j,compressedTexImage2D:kn,compressedTexImage3D:_n,texImage2D:y,texImage3D:se,pixelStorei:Ne,getParameter:Ye,updateUBOMapping:Te,uniformBlockBinding:De,texStorage2D:Kt,texStorage3D:D,texSubImage2D:Ln,texSubImage3D:Qe,compressedTexSubImage2D:gt,compressedTexSubImage3D:Bt,scissor:ct,viewport:ut,reset:Ae}}function HA(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new yn,u=new WeakMap,d=new Set,h,m=new WeakMap,v=new Set,S=new FinalizationRegistry(D=>v.delete(D)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function _(D,y){return g?new OffscreenCanvas(D,y):Dc("canvas")}function M(D,y,se){let Ye=1,Ne=Kt(D);if((Ne.width>se||Ne.height>se)&&(Ye=se/Math.max(Ne.width,Ne.height)),Ye<1)if(typeof HTMLImageElement<"u"&&D instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&D instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&D instanceof ImageBitmap||typeof VideoFrame<"u"&&D instanceof VideoFrame){let ct=Math.floor(Ye*Ne.width),ut=Math.floor(Ye*Ne.height);h===void 0&&(h=_(ct,ut));let Te=y?_(ct,ut):h;return Te.width=ct,Te.height=ut,Te.getContext("2d").drawImage(D,0,0,ct,ut),gn("WebGLRenderer: Texture has been resized from ("+Ne.width+"x"+Ne.height+") to ("+ct+"x"+ut+")."),Te}else return"data"in D&&gn("WebGLRenderer: Image in DataTexture is too big ("+Ne.width+"x"+Ne.height+")."),D;return D}function C(D){return D.generateMipmaps}function E(D){n.generateMipmap(D)}function U(D){return D.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:D.isWebGL3DRenderTarget?n.TEXTURE_3D:D.isWebGLArrayRenderTarget||D.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function N(D,y,se,Ye,Ne,ct=!1){if(D!==null){if(n[D]!==void 0)return n[D];gn("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+D+"'")}let ut;Ye&&(ut=e.get("EXT_texture_norm16"),ut||gn("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Te=y;if(y===n.RED&&(se===n.FLOAT&&(Te=n.R32F),se===n.HALF_FLOAT&&(Te=n.R16F),se===n.UNSIGNED_BYTE&&(Te=n.R8),se===n.UNSIGNED_SHORT&&ut&&(Te=ut.R16_EXT),se===n.SHORT&&ut&&(Te=ut.R16_SNORM_EXT)),y===n.RED_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.R8UI),se===n.UNSIGNED_SHORT&&(Te=n.R16UI),se===n.UNSIGNED_INT&&(Te=n.R32UI),se===n.BYTE&&(Te=n.R8I),se===n.SHORT&&(Te=n.R16I),se===n.INT&&(Te=n.R32I)),y===n.RG&&(se===n.FLOAT&&(Te=n.RG32F),se===n.HALF_FLOAT&&(Te=n.RG16F),se===n.UNSIGNED_BYTE&&(Te=n.RG8),se===n.UNSIGNED_SHORT&&ut&&(Te=ut.RG16_EXT),se===n.SHORT&&ut&&(Te=ut.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RG8UI),se===n.UNSIGNED_SHORT&&(Te=n.RG16UI),se===n.UNSIGNED_INT&&(Te=n.RG32UI),se===n.BYTE&&(Te=n.RG8I),se===n.SHORT&&(Te=n.RG16I),se===n.INT&&(Te=n.RG32I)),y===n.RGB_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RGB8UI),se===n.UNSIGNED_SHORT&&(Te=n.RGB16UI),se===n.UNSIGNED_INT&&(Te=n.RGB32UI),se===n.BYTE&&(Te=n.RGB8I),se===n.SHORT&&(Te=n.RGB16I),se===n.INT&&(Te=n.RGB32I)),y===n.RGBA_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RGBA8UI),se===n.UNSIGNED_SHORT&&(Te=n.RGBA16UI),se===n.UNSIGNED_INT&&(Te=n.RGBA32UI),se===n.BYTE&&(Te=n.RGBA8I),se===n.SHORT&&(Te=n.RGBA16I),se===n.INT&&(Te=n.RGBA32I)),y===n.RGB&&(se===n.UNSIGNED_SHORT&&ut&&(Te=ut.RGB16_EXT),se===n.SHORT&&ut&&(Te=ut.RGB16_SNORM_EXT),se===n.UNSIGNED_INT_5_9_9_9_REV&&(Te=n.RGB9_E5),se===n.UNSIGNED_INT_10F_11F_11F_REV&&(Te=n.R11F_G11F_B10F)),y===n.RGBA){let De=ct?Lc:Un.getTransfer(Ne);se===n.FLOAT&&(Te=n.RGBA32F),se===n.HALF_FLOAT&&(Te=n.RGBA16F),se===n.UNSIGNED_BYTE&&(Te=De===$n?n.SRGB8_ALPHA8:n.RGBA8),se===n.UNSIGNED_SHORT&&ut&&(Te=ut.RGBA16_EXT),se===n.SHORT&&ut&&(Te=ut.RGBA16_SNORM_EXT),se===n.UNSIGNED_SHORT_4_4_4_4&&(Te=n.RGBA4),se===n.UNSIGNED_SHORT_5_5_5_1&&(Te=n.RGB5_A1)}return(Te===n.R16F||Te===n.R32F||Te===n.RG16F||Te===n.RG32F||Te===n.RGBA16F||Te===n.RGBA32F)&&e.get("EXT_color_buffer_float"),Te}function x(D,y){let se;return D?y===null||y===Xr||y===ho?se=n.DEPTH24_STENCIL8:y===Yr?se=n.DEPTH32F_STENCIL8:y===Sl&&(se=n.DEPTH24_STENCIL8,gn("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Xr||y===ho?se=n.DEPTH_COMPONENT24:y===Yr?se=n.DEPTH_COMPONENT32F:y===Sl&&(se=n.DEPTH_COMPONENT16),se}function T(D,y){return C(D)===!0||D.isFramebufferTexture&&D.minFilter!==Bi&&D.minFilter!==ji?Math.log2(Math.max(y.width,y.height))+1:D.mipmaps.length>0?D.mipmaps.length:D.isCompressedTexture&&Array.isArray(D.image)?y.mipmaps.length:1}function Z(D){let y=new WeakRef(D);i.get(D).__ref=y,v.add(y),S.register(D,y,y)}function X(D){let y=i.get(D).__ref;y!==void 0&&(v.delete(y),S.unregister(y))}function $(D){pe(D.target)}function re(D){G(D.target)}function pe(D){D.removeEventListener("dispose",$),X(D),xe(D),D.isVideoTexture&&u.delete(D),D.isHTMLTexture&&d.delete(D)}function G(D){D.removeEventListener("dispose",re),X(D),Le(D)}function _e(){for(let D of v){let y=D.deref();y!==void 0&&(y.isRenderTarget===!0?G(y):pe(y))}v.clear(),d.clear()}function xe(D){let y=i.get(D);if(y.__webglInit===void 0)return;let se=D.source,Ye=m.get(se);if(Ye){let Ne=Ye[y.__cacheKey];Ne.usedTimes--,Ne.usedTimes===0&&ne(D),Object.keys(Ye).length===0&&m.delete(se)}i.remove(D)}function ne(D){let y=i.get(D);n.deleteTexture(y.__webglTexture);let se=D.source,Ye=m.get(se);delete Ye[y.__cacheKey],a.memory.textures--}function Le(D){let y=i.get(D);y.__depthDisposeCallback&&y.__depthDisposeCallback();let se=D.depthTexture;if(se&&se.renderTarget===D&&pe(se),D.isWebGLCubeRenderTarget)for(let Ne=0;Ne<6;Ne++){if(Array.isArray(y.__webglFramebuffer[Ne]))for(let ct=0;ct<y.__webglFramebuffer[Ne].length;ct++)n.deleteFramebuffer(y.__webglFramebuffer[Ne][ct]);else n.deleteFramebuffer(y.__webglFramebuffer[Ne]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[Ne])}else{if(Array.isArray(y.__webglFramebuffer))for(let Ne=0;Ne<y.__webglFramebuffer.length;Ne++)n.deleteFramebuffer(y.__webglFramebuffer[Ne]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let Ne=0;Ne<y.__webglColorRenderbuffer.length;Ne++)y.__webglColorRenderbuffer[Ne]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[Ne]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let Ye=D.textures;for(let Ne=0,ct=Ye.length;Ne<ct;Ne++){let ut=i.get(Ye[Ne]);ut.__webglTexture&&(n.deleteTexture(ut.__webglTexture),a.memory.textures--),i.remove(Ye[Ne])}i.remove(D)}let de=0;function Re(){de=0}function ie(){return de}function Ze(D){de=D}function Ft(){let D=de;return D>=r.maxTextures&&gn("WebGLTextures: Trying to use "+(D+1)+" texture units while this GPU supports only "+r.maxTextures),de+=1,D}function Me(D){let y=[];return y.push(D.wrapS),y.push(D.wrapT),y.push(D.wrapR||0),y.push(D.magFilter),y.push(D.minFilter),y.push(D.anisotropy),y.push(D.internalFormat),y.push(D.format),y.push(D.type),y.push(D.generateMipmaps),y.push(D.mipmapsAutoUpdate),y.push(D.premultiplyAlpha),y.push(D.flipY),y.push(D.unpackAlignment),y.push(D.colorSpace),y.join()}function We(D,y){let se=i.get(D);if(D.isVideoTexture&&gt(D),D.isRenderTargetTexture===!1&&D.isExternalTexture!==!0&&D.version>0&&se.__version!==D.version){let Ye=D.image;if(Ye===null)gn("WebGLRenderer: Texture marked for update but no image data found.");else if(Ye.complete===!1)gn("WebGLRenderer: Texture marked for update but image is incomplete");else{Vt(se,D,y);return}}else D.isExternalTexture&&(se.__webglTexture=D.sourceTexture?D.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,se.__webglTexture,n.TEXTURE0+y)}function At(D,y){let se=i.get(D);if(D.isRenderTargetTexture===!1&&D.version>0&&se.__version!==D.version){Vt(se,D,y);return}else D.isExternalTexture&&(se.__webglTexture=D.sourceTexture?D.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,se.__webglTexture,n.TEXTURE0+y)}function Wt(D,y){let se=i.get(D);if(D.isRenderTargetTexture===!1&&D.version>0&&se.__version!==D.version){Vt(se,D,y);return}t.bindTexture(n.TEXTURE_3D,se.__webglTexture,n.TEXTURE0+y)}function tt(D,y){let se=i.get(D);if(D.version>0&&se.__version!==D.version){on(se,D,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,se.__webglTexture,n.TEXTURE0+y)}let Qt={[tf]:n.REPEAT,[cs]:n.CLAMP_TO_EDGE,[nf]:n.MIRRORED_REPEAT},Rn={[Bi]:n.NEAREST,[R_]:n.NEAREST_MIPMAP_NEAREST,[Jc]:n.NEAREST_MIPMAP_LINEAR,[ji]:n.LINEAR,[If]:n.LINEAR_MIPMAP_NEAREST,[Vs]:n.LINEAR_MIPMAP_LINEAR},Zt={[D_]:n.NEVER,[Jm]:n.ALWAYS,[N_]:n.LESS,[jm]:n.LEQUAL,[O_]:n.EQUAL,[Km]:n.GEQUAL,[F_]:n.GREATER,[U_]:n.NOTEQUAL};function Cn(D,y){if(y.type===Yr&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===ji||y.magFilter===If||y.magFilter===Jc||y.magFilter===Vs||y.minFilter===ji||y.minFilter===If||y.minFilter===Jc||y.minFilter===Vs)&&gn("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(D,n.TEXTURE_WRAP_S,Qt[y.wrapS]),n.texParameteri(D,n.TEXTURE_WRAP_T,Qt[y.wrapT]),(D===n.TEXTURE_3D||D===n.TEXTURE_2D_ARRAY)&&n.texParameteri(D,n.TEXTURE_WRAP_R,Qt[y.wrapR]),n.texParameteri(D,n.TEXTURE_MAG_FILTER,Rn[y.magFilter]),n.texParameteri(D,n.TEXTURE_MIN_FILTER,Rn[y.minFilter]),y.compareFunction&&(n.texParameteri(D,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(D,n.TEXTURE_COMPARE_FUNC,Zt[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===Bi||y.minFilter!==Jc&&y.minFilter!==Vs||y.type===Yr&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let se=e.get("EXT_texture_filter_anisotropic");n.texParameterf(D,se.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function pt(D,y){let se=!1;D.__webglInit===void 0&&(D.__webglInit=!0,y.addEventListener("dispose",$),Z(y));let Ye=y.source,Ne=m.get(Ye);Ne===void 0&&(Ne={},m.set(Ye,Ne));let ct=Me(y);if(ct!==D.__cacheKey){Ne[ct]===void 0&&(Ne[ct]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,se=!0),Ne[ct].usedTimes++;let ut=Ne[D.__cacheKey];ut!==void 0&&(Ne[D.__cacheKey].usedTimes--,ut.usedTimes===0&&ne(y)),D.__cacheKey=ct,D.__webglTexture=Ne[ct].texture}return se}function Dt(D,y,se){return Math.floor(Math.floor(D/se)/y)}function nn(D,y,se,Ye){let ct=D.updateRanges;if(ct.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,se,Ye,y.data);else{ct.sort((O,ue)=>O.start-ue.start);let ut=0;for(let O=1;O<ct.length;O++){let ue=ct[ut],oe=ct[O],Ie=ue.start+ue.count,Fe=Dt(oe.start,y.width,4),Be=Dt(ue.start,y.width,4);oe.start<=Ie+1&&Fe===Be&&Dt(oe.start+oe.count-1,y.width,4)===Fe?ue.count=Math.max(ue.count,oe.start+oe.count-ue.start):(++ut,ct[ut]=oe)}ct.length=ut+1;let Te=t.getParameter(n.UNPACK_ROW_LENGTH),De=t.getParameter(n.UNPACK_SKIP_PIXELS),Ae=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let O=0,ue=ct.length;O<ue;O++){let oe=ct[O],Ie=Math.floor(oe.start/4),Fe=Math.ceil(oe.count/4),Be=Ie%y.width,et=Math.floor(Ie/y.width),kt=Fe,ze=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,Be),t.pixelStorei(n.UNPACK_SKIP_ROWS,et),t.texSubImage2D(n.TEXTURE_2D,0,Be,et,kt,ze,se,Ye,y.data)}D.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,Te),t.pixelStorei(n.UNPACK_SKIP_PIXELS,De),t.pixelStorei(n.UNPACK_SKIP_ROWS,Ae)}}function Vt(D,y,se){let Ye=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(Ye=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(Ye=n.TEXTURE_3D);let Ne=pt(D,y),ct=y.source;t.bindTexture(Ye,D.__webglTexture,n.TEXTURE0+se);let ut=i.get(ct);if(ct.version!==ut.__version||Ne===!0){if(t.activeTexture(n.TEXTURE0+se),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let ze=Un.getPrimaries(Un.workingColorSpace),Rt=y.colorSpace===Ws?null:Un.getPrimaries(y.colorSpace),$t=y.colorSpace===Ws||ze===Rt?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,$t)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let De=M(y.image,!1,r.maxTextureSize);De=Bt(y,De);let Ae=s.convert(y.format,y.colorSpace),O=s.convert(y.type),ue=N(y.internalFormat,Ae,O,y.normalized,y.colorSpace,y.isVideoTexture);Cn(Ye,y);let oe,Ie=y.mipmaps,Fe=y.isVideoTexture!==!0,Be=ut.__version===void 0||Ne===!0,et=ct.dataReady,kt=T(y,De);if(y.isDepthTexture)ue=x(y.format===Hs,y.type),Be&&(Fe?t.texStorage2D(n.TEXTURE_2D,1,ue,De.width,De.height):t.texImage2D(n.TEXTURE_2D,0,ue,De.width,De.height,0,Ae,O,null));else if(y.isDataTexture)if(Ie.length>0){Fe&&Be&&t.texStorage2D(n.TEXTURE_2D,kt,ue,Ie[0].width,Ie[0].height);for(let ze=0,Rt=Ie.length;ze<Rt;ze++)oe=Ie[ze],Fe?et&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,O,oe.data):t.texImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,Ae,O,oe.data);y.generateMipmaps=!1}else Fe?(Be&&t.texStorage2D(n.TEXTURE_2D,kt,ue,De.width,De.height),et&&nn(y,De,Ae,O)):t.texImage2D(n.TEXTURE_2D,0,ue,De.width,De.height,0,Ae,O,De.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){Fe&&Be&&t.texStorage3D(n.TEXTURE_2D_ARRAY,kt,ue,Ie[0].width,Ie[0].height,De.depth);for(let ze=0,Rt=Ie.length;ze<Rt;ze++)if(oe=Ie[ze],y.format!==qr)if(Ae!==null)if(Fe){if(et)if(y.layerUpdates.size>0){let $t=lg(oe.width,oe.height,y.format,y.type);for(let it of y.layerUpdates){let un=oe.data.subarray(it*$t/oe.data.BYTES_PER_ELEMENT,(it+1)*$t/oe.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,it,oe.width,oe.height,1,Ae,un)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,oe.width,oe.height,De.depth,Ae,oe.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ze,ue,oe.width,oe.height,De.depth,0,oe.data,0,0);else gn("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else Fe?et&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,oe.width,oe.height,De.depth,Ae,O,oe.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ze,ue,oe.width,oe.height,De.depth,0,Ae,O,oe.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{Fe&&Be&&t.texStorage2D(n.TEXTURE_2D,kt,ue,Ie[0].width,Ie[0].height);for(let ze=0,Rt=Ie.length;ze<Rt;ze++)oe=Ie[ze],y.format!==qr?Ae!==null?Fe?et&&t.compressedTexSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,oe.data):t.compressedTexImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,oe.data):gn("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):Fe?et&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,O,oe.data):t.texImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,Ae,O,oe.data)}else if(y.isDataArrayTexture)if(Fe){if(Be&&t.texStorage3D(n.TEXTURE_2D_ARRAY,kt,ue,De.width,De.height,De.depth),et)if(y.layerUpdates.size>0){let ze=lg(De.width,De.height,y.format,y.type);for(let Rt of y.layerUpdates){let $t=De.data.subarray(Rt*ze/De.data.BYTES_PER_ELEMENT,(Rt+1)*ze/De.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Rt,De.width,De.height,1,Ae,O,$t)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,De.width,De.height,De.depth,Ae,O,De.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,ue,De.width,De.height,De.depth,0,Ae,O,De.data);else if(y.isData3DTexture)Fe?(Be&&t.texStorage3D(n.TEXTURE_3D,kt,ue,De.width,De.height,De.depth),et&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,De.width,De.height,De.depth,Ae,O,De.data)):t.texImage3D(n.TEXTURE_3D,0,ue,De.width,De.height,De.depth,0,Ae,O,De.data);else if(y.isFramebufferTexture){if(Be)if(Fe)t.texStorage2D(n.TEXTURE_2D,kt,ue,De.width,De.height);else{let ze=De.width,Rt=De.height;for(let $t=0;$t<kt;$t++)t.texImage2D(n.TEXTURE_2D,$t,ue,ze,Rt,0,Ae,O,null),ze>>=1,Rt>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let ze=n.canvas;if(ze.hasAttribute("layoutsubtree")||ze.setAttribute("layoutsubtree","true"),De.parentNode!==ze){ze.appendChild(De),d.add(y),ze.onpaint=Rt=>{let $t=Rt.changedElements;for(let it of d)$t.includes(it.image)&&(it.needsUpdate=!0)},ze.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,De);else{let $t=n.RGBA,it=n.RGBA,un=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,$t,it,un,De)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(Ie.length>0){if(Fe&&Be){let ze=Kt(Ie[0]);t.texStorage2D(n.TEXTURE_2D,kt,ue,ze.width,ze.height)}for(let ze=0,Rt=Ie.length;ze<Rt;ze++)oe=Ie[ze],Fe?et&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,Ae,O,oe):t.texImage2D(n.TEXTURE_2D,ze,ue,Ae,O,oe);y.generateMipmaps=!1}else if(Fe){if(Be){let ze=Kt(De);t.texStorage2D(n.TEXTURE_2D,kt,ue,ze.width,ze.height)}et&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,Ae,O,De)}else t.texImage2D(n.TEXTURE_2D,0,ue,Ae,O,De);C(y)&&y.mipmapsAutoUpdate===!0&&E(Ye),ut.__version=ct.version,y.onUpdate&&y.onUpdate(y)}D.__version=y.version}function on(D,y,se){if(y.image.length!==6)return;let Ye=pt(D,y),Ne=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,D.__webglTexture,n.TEXTURE0+se);let ct=i.get(Ne);if(Ne.version!==ct.__version||Ye===!0){t.activeTexture(n.TEXTURE0+se);let ut=Un.getPrimaries(Un.workingColorSpace),Te=y.colorSpace===Ws?null:Un.getPrimaries(y.colorSpace),De=y.colorSpace===Ws||ut===Te?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,De);let Ae=y.isCompressedTexture||y.image[0].isCompressedTexture,O=y.image[0]&&y.image[0].isDataTexture,ue=[];for(let it=0;it<6;it++)!Ae&&!O?ue[it]=M(y.image[it],!0,r.maxCubemapSize):ue[it]=O?y.image[it].image:y.image[it],ue[it]=Bt(y,ue[it]);let oe=ue[0],Ie=s.convert(y.format,y.colorSpace),Fe=s.convert(y.type),Be=N(y.internalFormat,Ie,Fe,y.normalized,y.colorSpace),et=y.isVideoTexture!==!0,kt=ct.__version===void 0||Ye===!0,ze=Ne.dataReady,Rt=T(y,oe);Cn(n.TEXTURE_CUBE_MAP,y);let $t;if(y.isDepthTexture){if(Be=x(y.format===Hs,y.type),kt)if(et)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,Be,oe.width,oe.height);else for(let it=0;it<6;it++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,0,Be,oe.width,oe.height,0,Ie,Fe,null)}else if(Ae){et&&kt&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Rt,Be,oe.width,oe.height);for(let it=0;it<6;it++){$t=ue[it].mipmaps;for(let un=0;un<$t.length;un++){let qn=$t[un];y.format!==qr?Ie!==null?et?ze&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un,0,0,qn.width,qn.height,Ie,qn.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un,Be,qn.width,qn.height,0,qn.data):gn("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):et?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un,0,0,qn.width,qn.height,Ie,Fe,qn.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un,Be,qn.width,qn.height,0,Ie,Fe,qn.data)}}}else{if($t=y.mipmaps,et&&kt){$t.length>0&&Rt++;let it=Kt(ue[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Rt,Be,it.width,it.height)}for(let it=0;it<6;it++)if(O){et?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,0,0,0,ue[it].width,ue[it].height,Ie,Fe,ue[it].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,0,Be,ue[it].width,ue[it].height,0,Ie,Fe,ue[it].data);for(let un=0;un<$t.length;un++){let An=$t[un].image[it].image;et?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un+1,0,0,An.width,An.height,Ie,Fe,An.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un+1,Be,An.width,An.height,0,Ie,Fe,An.data)}}else{et?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,0,0,0,Ie,Fe,ue[it]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,0,Be,Ie,Fe,ue[it]);for(let un=0;un<$t.length;un++){let qn=$t[un];et?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un+1,0,0,Ie,Fe,qn.image[it]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+it,un+1,Be,Ie,Fe,qn.image[it])}}}C(y)&&y.mipmapsAutoUpdate===!0&&E(n.TEXTURE_CUBE_MAP),ct.__version=Ne.version,y.onUpdate&&y.onUpdate(y)}D.__version=y.version}function rn(D,y,se,Ye,Ne,ct){let ut=s.convert(se.format,se.colorSpace),Te=s.convert(se.type),De=N(se.internalFormat,ut,Te,se.normalized,se.colorSpace),Ae=i.get(y),O=i.get(se);if(O.__renderTarget=y,!Ae.__hasExternalTextures){let ue=Math.max(1,y.width>>ct),oe=Math.max(1,y.height>>ct);Ne===n.TEXTURE_3D||Ne===n.TEXTURE_2D_ARRAY?t.texImage3D(Ne,ct,De,ue,oe,y.depth,0,ut,Te,null):t.texImage2D(Ne,ct,De,ue,oe,0,ut,Te,null)}t.bindFramebuffer(n.FRAMEBUFFER,D),Qe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ye,Ne,O.__webglTexture,0,Ln(y)):(Ne===n.TEXTURE_2D||Ne>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&Ne<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,Ye,Ne,O.__webglTexture,ct),t.bindFramebuffer(n.FRAMEBUFFER,null)}function ui(D,y,se){if(n.bindRenderbuffer(n.RENDERBUFFER,D),y.depthBuffer){let Ye=y.depthTexture,Ne=Ye&&Ye.isDepthTexture?Ye.type:null,ct=x(y.stencilBuffer,Ne),ut=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;Qe(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Ln(y),ct,y.width,y.height):se?n.renderbufferStorageMultisample(n.RENDERBUFFER,Ln(y),ct,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,ct,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,ut,n.RENDERBUFFER,D)}else{let Ye=y.textures;for(let Ne=0;Ne<Ye.length;Ne++){let ct=Ye[Ne],ut=s.convert(ct.format,ct.colorSpace),Te=s.convert(ct.type),De=N(ct.internalFormat,ut,Te,ct.normalized,ct.colorSpace);Qe(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Ln(y),De,y.width,y.height):se?n.renderbufferStorageMultisample(n.RENDERBUFFER,Ln(y),De,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,De,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function Wn(D,y,se){let Ye=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,D),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let Ne=i.get(y.depthTexture);Ne.__renderTarget=y;let ct=Ye?y.depthTexture.image[0]:y.depthTexture.image;(!Ne.__webglTexture||ct.width!==y.width||ct.height!==y.height)&&(ct.width=y.width,ct.height=y.height,y.depthTexture.needsUpdate=!0),Ye?tt(y.depthTexture,0):We(y.depthTexture,0);let ut=Ne.__webglTexture,Te=Ln(y),De=Ye?n.TEXTURE_CUBE_MAP_POSITIVE_X+se:n.TEXTURE_2D,Ae=y.depthTexture.format===Hs?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===zs)Qe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ae,De,ut,0,Te):n.framebufferTexture2D(n.FRAMEBUFFER,Ae,De,ut,0);else if(y.depthTexture.format===Hs)Qe(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ae,De,ut,0,Te):n.framebufferTexture2D(n.FRAMEBUFFER,Ae,De,ut,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function w(D){let y=i.get(D),se=D.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==D.depthTexture){let Ye=D.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),Ye){let Ne=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,Ye.removeEventListener("dispose",Ne)};Ye.addEventListener("dispose",Ne),y.__depthDisposeCallback=Ne}y.__boundDepthTexture=Ye}if(D.depthTexture&&!y.__autoAllocateDepthBuffer)if(se)for(let Ye=0;Ye<6;Ye++)Wn(y.__webglFramebuffer[Ye],D,Ye);else D.texture.mipmaps.length>0?Wn(y.__webglFramebuffer[0],D,0):Wn(y.__webglFramebuffer,D,0);else if(se){y.__webglDepthbuffer=[];for(let Ye=0;Ye<6;Ye++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[Ye]),y.__webglDepthbuffer[Ye]===void 0)y.__webglDepthbuffer[Ye]=n.createRenderbuffer(),ui(y.__webglDepthbuffer[Ye],D,!1);else{let Ne=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ct=y.__webglDepthbuffer[Ye];n.bindRenderbuffer(n.RENDERBUFFER,ct),n.framebufferRenderbuffer(n.FRAMEBUFFER,Ne,n.RENDERBUFFER,ct)}}else if(D.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),ui(y.__webglDepthbuffer,D,!1);else{let Ne=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ct=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,ct),n.framebufferRenderbuffer(n.FRAMEBUFFER,Ne,n.RENDERBUFFER,ct)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function ei(D,y,se){let Ye=i.get(D);y!==void 0&&rn(Ye.__webglFramebuffer,D,D.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),se!==void 0&&w(D)}function Jn(D){let y=D.texture,se=i.get(D),Ye=i.get(y);D.addEventListener("dispose",re),Z(D);let Ne=D.textures,ct=D.isWebGLCubeRenderTarget===!0,ut=Ne.length>1;if(ut||(Ye.__webglTexture===void 0&&(Ye.__webglTexture=n.createTexture()),Ye.__version=y.version,a.memory.textures++),ct){se.__webglFramebuffer=[];for(let Te=0;Te<6;Te++)if(y.mipmaps.length>0){se.__webglFramebuffer[Te]=[];for(let De=0;De<y.mipmaps.length;De++)se.__webglFramebuffer[Te][De]=n.createFramebuffer()}else se.__webglFramebuffer[Te]=n.createFramebuffer()}else{if(y.mipmaps.length>0){se.__webglFramebuffer=[];for(let Te=0;Te<y.mipmaps.length;Te++)se.__webglFramebuffer[Te]=n.createFramebuffer()}else se.__webglFramebuffer=n.createFramebuffer();if(ut)for(let Te=0,De=Ne.length;Te<De;Te++){let Ae=i.get(Ne[Te]);Ae.__webglTexture===void 0&&(Ae.__webglTexture=n.createTexture(),a.memory.textures++)}if(D.samples>0&&Qe(D)===!1){se.__webglMultisampledFramebuffer=n.createFramebuffer(),se.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,se.__webglMultisampledFramebuffer);for(let Te=0;Te<Ne.length;Te++){let De=Ne[Te];se.__webglColorRenderbuffer[Te]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,se.__webglColorRenderbuffer[Te]);let Ae=s.convert(De.format,De.colorSpace),O=s.convert(De.type),ue=N(De.internalFormat,Ae,O,De.normalized,De.colorSpace,D.isXRRenderTarget===!0),oe=Ln(D);n.renderbufferStorageMultisample(n.RENDERBUFFER,oe,ue,D.width,D.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.RENDERBUFFER,se.__webglColorRenderbuffer[Te])}n.bindRenderbuffer(n.RENDERBUFFER,null),D.depthBuffer&&(se.__webglDepthRenderbuffer=n.createRenderbuffer(),ui(se.__webglDepthRenderbuffer,D,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(ct){t.bindTexture(n.TEXTURE_CUBE_MAP,Ye.__webglTexture),Cn(n.TEXTURE_CUBE_MAP,y);for(let Te=0;Te<6;Te++)if(y.mipmaps.length>0)for(let De=0;De<y.mipmaps.length;De++)rn(se.__webglFramebuffer[Te][De],D,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Te,De);else rn(se.__webglFramebuffer[Te],D,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Te,0);C(y)?E(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(ut){for(let Te=0,De=Ne.length;Te<De;Te++){let Ae=Ne[Te],O=i.get(Ae),ue=n.TEXTURE_2D;(D.isWebGL3DRenderTarget||D.isWebGLArrayRenderTarget)&&(ue=D.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(ue,O.__webglTexture),Cn(ue,Ae),rn(se.__webglFramebuffer,D,Ae,n.COLOR_ATTACHMENT0+Te,ue,0),C(Ae)&&E(ue)}t.unbindTexture()}else{let Te=n.TEXTURE_2D;if((D.isWebGL3DRenderTarget||D.isWebGLArrayRenderTarget)&&(Te=D.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Te,Ye.__webglTexture),Cn(Te,y),y.mipmaps.length>0)for(let De=0;De<y.mipmaps.length;De++)rn(se.__webglFramebuffer[De],D,y,n.COLOR_ATTACHMENT0,Te,De);else rn(se.__webglFramebuffer,D,y,n.COLOR_ATTACHMENT0,Te,0);C(y)?E(Te):y.mipmaps.length>0&&n.texParameteri(Te,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}D.depthBuffer&&w(D)}function j(D){let y=D.textures;for(let se=0,Ye=y.length;se<Ye;se++){let Ne=y[se];if(C(Ne)&&Ne.mipmapsAutoUpdate===!0){let ct=U(D),ut=i.get(Ne).__webglTexture;t.bindTexture(ct,ut),E(ct),t.unbindTexture()}}}let kn=[];function _n(D){if(D.samples>0){if(Qe(D)===!1){let y=D.textures,se=D.width,Ye=D.height,Ne=n.COLOR_BUFFER_BIT,ct=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ut=i.get(D),Te=y.length>1;if(Te)for(let Ae=0;Ae<y.length;Ae++)t.bindFramebuffer(n.FRAMEBUFFER,ut.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,ut.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,ut.__webglMultisampledFramebuffer),D.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ut.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ut.__webglFramebuffer);for(let Ae=0;Ae<y.length;Ae++){if(D.resolveDepthBuffer&&(D.depthBuffer&&(Ne|=n.DEPTH_BUFFER_BIT),D.stencilBuffer&&D.resolveStencilBuffer&&(Ne|=n.STENCIL_BUFFER_BIT)),Te){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,ut.__webglColorRenderbuffer[Ae]);let O=i.get(y[Ae]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,O,0)}n.blitFramebuffer(0,0,se,Ye,0,0,se,Ye,Ne,n.NEAREST),c===!0&&(kn.length=0,kn.push(n.COLOR_ATTACHMENT0+Ae),D.depthBuffer&&D.storeMultisampledDepthBuffer===!1&&kn.push(ct),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,kn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),Te)for(let Ae=0;Ae<y.length;Ae++){t.bindFramebuffer(n.FRAMEBUFFER,ut.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.RENDERBUFFER,ut.__webglColorRenderbuffer[Ae]);let O=i.get(y[Ae]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,ut.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.TEXTURE_2D,O,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ut.__webglMultisampledFramebuffer)}else if(D.depthBuffer&&D.storeMultisampledDepthBuffer===!1&&c){let y=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function Ln(D){return Math.min(r.maxSamples,D.samples)}function Qe(D){let y=i.get(D);return D.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function gt(D){let y=a.render.frame;u.get(D)!==y&&(u.set(D,y),D.update())}function Bt(D,y){let se=D.colorSpace,Ye=D.format,Ne=D.type;return D.isCompressedTexture===!0||D.isVideoTexture===!0||se!==Pc&&se!==Ws&&(Un.getTransfer(se)===$n?(Ye!==qr||Ne!==sr)&&gn("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):xn("WebGLTextures: Unsupported texture color space:",se)),y}function Kt(D){return typeof HTMLImageElement<"u"&&D instanceof HTMLImageElement?(l.width=D.naturalWidth||D.width,l.height=D.naturalHeight||D.height):typeof VideoFrame<"u"&&D instanceof VideoFrame?(l.width=D.displayWidth,l.height=D.displayHeight):(l.width=D.width,l.height=D.height),l}this.allocateTextureUnit=Ft,this.resetTextureUnits=Re,this.getTextureUnits=ie,this.setTextureUnits=Ze,this.setTexture2D=We,this.setTexture2DArray=At,this.setTexture3D=Wt,this.setTextureCube=tt,this.rebindTextures=ei,this.setupRenderTarget=Jn,this.updateRenderTargetMipmap=j,this.updateMultisampleRenderTarget=_n,this.setupDepthRenderbuffer=w,this.setupFrameBufferTexture=rn,this.useMultisampledRTT=Qe,this.dispose=_e}function WA(n,e){function t(i,r=Ws){let s,a=Un.getTransfer(r);if(i===sr)return n.UNSIGNED_BYTE;if(i===Lf)return n.UNSIGNED_SHORT_4_4_4_4;if(i===Df)return n.UNSIGNED_SHORT_5_5_5_1;if(i===Xm)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===Ym)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===Hm)return n.BYTE;if(i===Wm)return n.SHORT;if(i===Sl)return n.UNSIGNED_SHORT;if(i===Pf)return n.INT;if(i===Xr)return n.UNSIGNED_INT;if(i===Yr)return n.FLOAT;if(i===$r)return n.HALF_FLOAT;if(i===$m)return n.ALPHA;if(i===qm)return n.RGB;if(i===qr)return n.RGBA;if(i===zs)return n.DEPTH_COMPONENT;if(i===Hs)return n.DEPTH_STENCIL;if(i===Zm)return n.RED;if(i===Nf)return n.RED_INTEGER;if(i===Ia)return n.RG;if(i===Of)return n.RG_INTEGER;if(i===Ff)return n.RGBA_INTEGER;if(i===Qc||i===eu||i===tu||i===nu)if(a===$n)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===Qc)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===eu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===tu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===nu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===Qc)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===eu)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===tu)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===nu)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===Uf||i===Bf||i===zf||i===kf)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===Uf)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===Bf)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===zf)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===kf)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===Gf||i===Vf||i===Hf||i===Wf||i===Xf||i===iu||i===Yf)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===Gf||i===Vf)return a===$n?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===Hf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===Wf)return s.COMPRESSED_R11_EAC;if(i===Xf)return s.COMPRESSED_SIGNED_R11_EAC;if(i===iu)return s.COMPRESSED_RG11_EAC;if(i===Yf)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===$f||i===qf||i===Zf||i===jf||i===Kf||i===Jf||i===Qf||i===ed||i===td||i===nd||i===id||i===rd||i===sd||i===ad)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===$f)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===qf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===Zf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===jf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===Kf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===Jf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Qf)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===ed)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===td)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===nd)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===id)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===rd)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===sd)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===ad)return a===$n?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===od||i===ld||i===cd)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===od)return a===$n?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===ld)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===cd)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===ud||i===hd||i===ru||i===fd)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===ud)return s.COMPRESSED_RED_RGTC1_EXT;if(i===hd)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===ru)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===fd)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===ho?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var XA=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,YA=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,bg=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new Gc(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new hs({vertexShader:XA,fragmentShader:YA,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new wr(new Vc(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Mg=class extends Wr{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",c=1,l=null,u=null,d=null,h=null,m=null,v=null,S=typeof XRWebGLBinding<"u",g=new bg,_={},M=t.getContextAttributes(),C=null,E=null,U=[],N=[],x=new yn,T=null,Z=null,X=new Zi;X.viewport=new ci;let $=new Zi;$.viewport=new ci;let re=[X,$],pe=new Af,G=null,_e=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Me){let We=U[Me];return We===void 0&&(We=new fl,U[Me]=We),We.getTargetRaySpace()},this.getControllerGrip=function(Me){let We=U[Me];return We===void 0&&(We=new fl,U[Me]=We),We.getGripSpace()},this.getHand=function(Me){let We=U[Me];return We===void 0&&(We=new fl,U[Me]=We),We.getHandSpace()};function xe(Me){let We=N.indexOf(Me.inputSource);if(We===-1)return;let At=U[We];At!==void 0&&(At.update(Me.inputSource,Me.frame,l||a),At.dispatchEvent({type:Me.type,data:Me.inputSource}))}function ne(){r.removeEventListener("select",xe),r.removeEventListener("selectstart",xe),r.removeEventListener("selectend",xe),r.removeEventListener("squeeze",xe),r.removeEventListener("squeezestart",xe),r.removeEventListener("squeezeend",xe),r.removeEventListener("end",ne),r.removeEventListener("inputsourceschange",Le);for(let Me=0;Me<U.length;Me++){let We=N[Me];We!==null&&(N[Me]=null,U[Me].disconnect(We))}G=null,_e=null,g.reset();for(let Me in _)delete _[Me];if(e.setRenderTarget(C),m=null,h=null,d=null,r=null,E=null,Ft.stop(),i.isPresenting=!1,e.setPixelRatio(T),e.setSize(x.width,x.height,!1),Z!==null){let Me=Z.camera;Me.fov=Z.fov,Me.zoom=Z.zoom,Me.updateProjectionMatrix(),Z=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Me){s=Me,i.isPresenting===!0&&gn("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Me){o=Me,i.isPresenting===!0&&gn("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||a},this.setReferenceSpace=function(Me){l=Me},this.getBaseLayer=function(){return h!==null?h:m},this.getBinding=function(){return d===null&&S&&(d=new XRWebGLBinding(r,t)),d},this.getFrame=function(){return v},this.getSession=function(){return r},this.setSession=async function(Me){if(r=Me,r!==null){if(C=e.getRenderTarget(),r.addEventListener("select",xe),r.addEventListener("selectstart",xe),r.addEventListener("selectend",xe),r.addEventListener("squeeze",xe),r.addEventListener("squeezestart",xe),r.addEventListener("squeezeend",xe),r.addEventListener("end",ne),r.addEventListener("inputsourceschange",Le),M.xrCompatible!==!0&&await t.makeXRCompatible(),T=e.getPixelRatio(),e.getSize(x),S&&"createProjectionLayer"in XRWebGLBinding.prototype){let At=null,Wt=null,tt=null;M.depth&&(tt=M.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,At=M.stencil?Hs:zs,Wt=M.stencil?ho:Xr);let Qt={colorFormat:t.RGBA8,depthFormat:tt,scaleFactor:s};d=this.getBinding(),h=d.createProjectionLayer(Qt),r.updateRenderState({layers:[h]}),e.setPixelRatio(1),e.setSize(h.textureWidth,h.textureHeight,!1),E=new _r(h.textureWidth,h.textureHeight,{format:qr,type:sr,depthTexture:new Gs(h.textureWidth,h.textureHeight,Wt,void 0,void 0,void 0,void 0,void 0,void 0,At),stencilBuffer:M.stencil,colorSpace:e.outputColorSpace,samples:M.antialias?4:0,resolveDepthBuffer:h.ignoreDepthValues===!1,resolveStencilBuffer:h.ignoreDepthValues===!1,storeMultisampledDepthBuffer:h.ignoreDepthValues===!1,storeMultisampledStencilBuffer:h.ignoreDepthValues===!1})}else{let At={antialias:M.antialias,alpha:!0,depth:M.depth,stencil:M.stencil,framebufferScaleFactor:s};m=new XRWebGLLayer(r,t,At),r.updateRenderState({baseLayer:m}),e.setPixelRatio(1),e.setSize(m.framebufferWidth,m.framebufferHeight,!1),E=new _r(m.framebufferWidth,m.framebufferHeight,{format:qr,type:sr,colorSpace:e.outputColorSpace,stencilBuffer:M.stencil,resolveDepthBuffer:m.ignoreDepthValues===!1,resolveStencilBuffer:m.ignoreDepthValues===!1,storeMultisampledDepthBuffer:m.ignoreDepthValues===!1,storeMultisampledStencilBuffer:m.ignoreDepthValues===!1})}E.isXRRenderTarget=!0,this.setFoveation(c),l=null,a=await r.requestReferenceSpace(o),Ft.setContext(r),Ft.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function Le(Me){for(let We=0;We<Me.removed.length;We++){let At=Me.removed[We],Wt=N.indexOf(At);Wt>=0&&(N[Wt]=null,U[Wt].disconnect(At))}for(let We=0;We<Me.added.length;We++){let At=Me.added[We],Wt=N.indexOf(At);if(Wt===-1){for(let Qt=0;Qt<U.length;Qt++)if(Qt>=N.length){N.push(At),Wt=Qt;break}else if(N[Qt]===null){N[Qt]=At,Wt=Qt;break}if(Wt===-1)break}let tt=U[Wt];tt&&tt.connect(At)}}function de(Me,We){We===null?Me.matrixWorld.copy(Me.matrix):Me.matrixWorld.multiplyMatrices(We.matrixWorld,Me.matrix),Me.matrixWorldInverse.copy(Me.matrixWorld).invert()}this.updateCamera=function(Me){if(r===null)return;let We=Me.near,At=Me.far;g.texture!==null&&(g.depthNear>0&&(We=g.depthNear),g.depthFar>0&&(At=g.depthFar)),pe.near=$.near=X.near=We,pe.far=$.far=X.far=At,(G!==pe.near||_e!==pe.far)&&(r.updateRenderState({depthNear:pe.near,depthFar:pe.far}),G=pe.near,_e=pe.far),pe.layers.mask=Me.layers.mask|6,X.layers.mask=pe.layers.mask&-5,$.layers.mask=pe.layers.mask&-3;let Wt=Me.parent,tt=pe.cameras;de(pe,Wt);for(let Qt=0;Qt<tt.length;Qt++)de(tt[Qt],Wt);pe.projectionMatrix.copy(X.projectionMatrix),pe.projectionMatrixInverse.copy(X.projectionMatrixInverse),Z===null&&Me.isPerspectiveCamera&&(Z={camera:Me,fov:Me.fov,zoom:Me.zoom}),Re(Me,pe,Wt)};function Re(Me,We,At){At===null?Me.matrix.copy(We.matrixWorld):(Me.matrix.copy(At.matrixWorld),Me.matrix.invert(),Me.matrix.multiply(We.matrixWorld)),Me.matrix.decompose(Me.position,Me.quaternion,Me.scale),Me.updateMatrixWorld(!0),Me.projectionMatrix.copy(We.projectionMatrix),Me.projectionMatrixInverse.copy(We.projectionMatrixInverse),Me.isPerspectiveCamera&&(Me.fov=ul*2*Math.atan(1/Me.projectionMatrix.elements[5]),Me.zoom=1)}this.getCamera=function(){return pe},this.getFoveation=function(){if(!(h===null&&m===null))return c},this.setFoveation=function(Me){c=Me,h!==null&&(h.fixedFoveation=Me),m!==null&&m.fixedFoveation!==void 0&&(m.fixedFoveation=Me)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(pe)},this.getCameraTexture=function(Me){return _[Me]};let ie=null;function Ze(Me,We){if(u=We.getViewerPose(l||a),v=We,u!==null){let At=u.views;m!==null&&(e.setRenderTargetFramebuffer(E,m.framebuffer),e.setRenderTarget(E));let Wt=!1;At.length!==pe.cameras.length&&(pe.cameras.length=0,Wt=!0);for(let Zt=0;Zt<At.length;Zt++){let Cn=At[Zt],pt=null;if(m!==null)pt=m.getViewport(Cn);else{let nn=d.getViewSubImage(h,Cn);pt=nn.viewport,Zt===0&&(e.setRenderTargetTextures(E,nn.colorTexture,nn.depthStencilTexture),e.setRenderTarget(E))}let Dt=re[Zt];Dt===void 0&&(Dt=new Zi,Dt.layers.enable(Zt),Dt.viewport=new ci,re[Zt]=Dt),Dt.matrix.fromArray(Cn.transform.matrix),Dt.matrix.decompose(Dt.position,Dt.quaternion,Dt.scale),Dt.projectionMatrix.fromArray(Cn.projectionMatrix),Dt.projectionMatrixInverse.copy(Dt.projectionMatrix).invert(),Dt.viewport.set(pt.x,pt.y,pt.width,pt.height),Zt===0&&(pe.matrix.copy(Dt.matrix),pe.matrix.decompose(pe.position,pe.quaternion,pe.scale)),Wt===!0&&pe.cameras.push(Dt)}let tt=r.enabledFeatures;if(tt&&tt.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&S){d=i.getBinding();let Zt=d.getDepthInformation(At[0]);Zt&&Zt.isValid&&Zt.texture&&g.init(Zt,r.renderState)}if(tt&&tt.includes("camera-access")&&S){e.state.unbindTexture(),d=i.getBinding();for(let Zt=0;Zt<At.length;Zt++){let Cn=At[Zt].camera;if(Cn){let pt=_[Cn];pt||(pt=new Gc,_[Cn]=pt);let Dt=d.getCameraImage(Cn);pt.sourceTexture=Dt}}}}for(let At=0;At<U.length;At++){let Wt=N[At],tt=U[At];Wt!==null&&tt!==void 0&&tt.update(Wt,We,l||a)}ie&&ie(Me,We),We.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:We}),v=null}let Ft=new gv;Ft.setAnimationLoop(Ze),this.setAnimationLoop=function(Me){ie=Me},this.dispose=function(){}}},$A=new li,Tv=new bn;Tv.set(-1,0,0,0,1,0,0,0,1);function qA(n,e){function t(g,_){g.matrixAutoUpdate===!0&&g.updateMatrix(),_.value.copy(g.matrix)}function i(g,_){_.color.getRGB(g.fogColor.value,sg(n)),_.isFog?(g.fogNear.value=_.near,g.fogFar.value=_.far):_.isFogExp2&&(g.fogDensity.value=_.density)}function r(g,_,M,C,E){_.isNodeMaterial?_.uniformsNeedUpdate=!1:_.isMeshBasicMaterial?s(g,_):_.isMeshLambertMaterial?(s(g,_),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)):_.isMeshToonMaterial?(s(g,_),d(g,_)):_.isMeshPhongMaterial?(s(g,_),u(g,_),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)):_.isMeshStandardMaterial?(s(g,_),h(g,_),_.isMeshPhysicalMaterial&&m(g,_,E)):_.isMeshMatcapMaterial?(s(g,_),v(g,_)):_.isMeshDepthMaterial?s(g,_):_.isMeshDistanceMaterial?(s(g,_),S(g,_)):_.isMeshNormalMaterial?s(g,_):_.isLineBasicMaterial?(a(g,_),_.isLineDashedMaterial&&o(g,_)):_.isPointsMaterial?c(g,_,M,C):_.isSpriteMaterial?l(g,_):_.isShadowMaterial?(g.color.value.copy(_.color),g.opacity.value=_.opacity):_.isShaderMaterial&&(_.uniformsNeedUpdate=!1)}function s(g,_){g.opacity.value=_.opacity,_.color&&g.diffuse.value.copy(_.color),_.emissive&&g.emissive.value.copy(_.emissive).multiplyScalar(_.emissiveIntensity),_.map&&(g.map.value=_.map,t(_.map,g.mapTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.bumpMap&&(g.bumpMap.value=_.bumpMap,t(_.bumpMap,g.bumpMapTransform),g.bumpScale.value=_.bumpScale,_.side===Ji&&(g.bumpScale.value*=-1)),_.normalMap&&(g.normalMap.value=_.normalMap,t(_.normalMap,g.normalMapTransform),g.normalScale.value.copy(_.normalScale),_.side===Ji&&g.normalScale.value.negate()),_.displacementMap&&(g.displacementMap.value=_.displacementMap,t(_.displacementMap,g.displacementMapTransform),g.displacementScale.value=_.displacementScale,g.displacementBias.value=_.displacementBias),_.emissiveMap&&(g.emissiveMap.value=_.emissiveMap,t(_.emissiveMap,g.emissiveMapTransform)),_.specularMap&&(g.specularMap.value=_.specularMap,t(_.specularMap,g.specularMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest);let M=e.get(_),C=M.envMap,E=M.envMapRotation;C&&(g.envMap.value=C,g.envMapRotation.value.setFromMatrix4($A.makeRotationFromEuler(E)).transpose(),C.isCubeTexture&&C.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(Tv),g.reflectivity.value=_.reflectivity,g.ior.value=_.ior,g.refractionRatio.value=_.refractionRatio),_.lightMap&&(g.lightMap.value=_.lightMap,g.lightMapIntensity.value=_.lightMapIntensity,t(_.lightMap,g.lightMapTransform)),_.aoMap&&(g.aoMap.value=_.aoMap,g.aoMapIntensity.value=_.aoMapIntensity,t(_.aoMap,g.aoMapTransform))}function a(g,_){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,_.map&&(g.map.value=_.map,t(_.map,g.mapTransform))}function o(g,_){g.dashSize.value=_.dashSize,g.totalSize.value=_.dashSize+_.gapSize,g.scale.value=_.scale}function c(g,_,M,C){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,g.size.value=_.size*M,g.scale.value=C*.5,_.map&&(g.map.value=_.map,t(_.map,g.uvTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest)}function l(g,_){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,g.rotation.value=_.rotation,_.map&&(g.map.value=_.map,t(_.map,g.mapTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest)}function u(g,_){g.specular.value.copy(_.specular),g.shininess.value=Math.max(_.shininess,1e-4)}function d(g,_){_.gradientMap&&(g.gradientMap.value=_.gradientMap)}function h(g,_){g.metalness.value=_.metalness,_.metalnessMap&&(g.metalnessMap.value=_.metalnessMap,t(_.metalnessMap,g.metalnessMapTransform)),g.roughness.value=_.roughness,_.roughnessMap&&(g.roughnessMap.value=_.roughnessMap,t(_.roughnessMap,g.roughnessMapTransform)),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)}function m(g,_,M){g.ior.value=_.ior,_.diffuseRoughness>0&&(g.diffuseRoughness.value=_.diffuseRoughness,_.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=_.diffuseRoughnessMap,t(_.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),_.sheen>0&&(g.sheenColor.value.copy(_.sheenColor).multiplyScalar(_.sheen),g.sheenRoughness.value=_.sheenRoughness,_.sheenColorMap&&(g.sheenColorMap.value=_.sheenColorMap,t(_.sheenColorMap,g.sheenColorMapTransform)),_.sheenRoughnessMap&&(g.sheenRoughnessMap.value=_.sheenRoughnessMap,t(_.sheenRoughnessMap,g.sheenRoughnessMapTransform))),_.clearcoat>0&&(g.clearcoat.value=_.clearcoat,g.clearcoatRoughness.value=_.clearcoatRoughness,_.clearcoatMap&&(g.clearcoatMap.value=_.clearcoatMap,t(_.clearcoatMap,g.clearcoatMapTransform)),_.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=_.clearcoatRoughnessMap,t(_.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),_.clearcoatNormalMap&&(g.clearcoatNormalMap.value=_.clearcoatNormalMap,t(_.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(_.clearcoatNormalScale),_.side===Ji&&g.clearcoatNormalScale.value.negate())),_.dispersion>0&&(g.dispersion.value=_.dispersion),_.retroreflectivity>0&&(g.retroreflectivity.value=_.retroreflectivity),_.iridescence>0&&(g.iridescence.value=_.iridescence,g.iridescenceIOR.value=_.iridescenceIOR,g.iridescenceThicknessMinimum.value=_.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=_.iridescenceThicknessMaximum,_.iridescenceMap&&(g.iridescenceMap.value=_.iridescenceMap,t(_.iridescenceMap,g.iridescenceMapTransform)),_.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=_.iridescenceThicknessMap,t(_.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),_.transmission>0&&(g.transmission.value=_.transmission,g.transmissionSamplerMap.value=M.texture,g.transmissionSamplerSize.value.set(M.width,M.height),_.transmissionMap&&(g.transmissionMap.value=_.transmissionMap,t(_.transmissionMap,g.transmissionMapTransform)),g.thickness.value=_.thickness,_.thicknessMap&&(g.thicknessMap.value=_.thicknessMap,t(_.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=_.attenuationDistance,g.attenuationColor.value.copy(_.attenuationColor)),_.anisotropy>0&&(g.anisotropyVector.value.set(_.anisotropy*Math.cos(_.anisotropyRotation),_.anisotropy*Math.sin(_.anisotropyRotation)),_.anisotropyMap&&(g.anisotropyMap.value=_.anisotropyMap,t(_.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=_.specularIntensity,g.specularColor.value.copy(_.specularColor),_.specularColorMap&&(g.specularColorMap.value=_.specularColorMap,t(_.specularColorMap,g.specularColorMapTransform)),_.specularIntensityMap&&(g.specularIntensityMap.value=_.specularIntensityMap,t(_.specularIntensityMap,g.specularIntensityMapTransform))}function v(g,_){_.matcap&&(g.matcap.value=_.matcap)}function S(g,_){let M=e.get(_).light;g.referencePosition.value.setFromMatrixPosition(M.matrixWorld),g.nearDistance.value=M.shadow.camera.near,g.farDistance.value=M.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function ZA(n,e,t,i){let r={},s={};function a(M,C){let E=C.program;i.uniformBlockBinding(M,E,r[M.id])}function o(M,C){let E=r[M.id];E===void 0&&(v(M),E=c(M),r[M.id]=E,M.addEventListener("dispose",g));let U=C.program;i.updateUBOMapping(M,U);let N=e.render.frame;s[M.id]!==N&&(l(M),s[M.id]=N)}function c(M){let C=n.createBuffer(),E=M.__size,U=M.usage;return n.bindBuffer(n.UNIFORM_BUFFER,C),n.bufferData(n.UNIFORM_BUFFER,E,U),n.bindBuffer(n.UNIFORM_BUFFER,null),C}function l(M){let C=r[M.id],E=M.uniforms,U=M.__cache;n.bindBuffer(n.UNIFORM_BUFFER,C);for(let N=0,x=E.length;N<x;N++){let T=E[N];if(Array.isArray(T))for(let Z=0,X=T.length;Z<X;Z++)u(T[Z],N,Z,U);else u(T,N,0,U)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function u(M,C,E,U){if(h(M,C,E,U)===!0){let N=M.__offset,x=M.value;if(Array.isArray(x)){let T=0;for(let Z=0;Z<x.length;Z++){let X=x[Z],$=S(X,!0);d(X,M.__data,T),T+=$.storage/Float32Array.BYTES_PER_ELEMENT}}else d(x,M.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,N,M.__data)}}function d(M,C,E){typeof M=="number"||typeof M=="boolean"?C[E]=M:M.isMatrix3?(C[E]=M.elements[0],C[E+1]=M.elements[1],C[E+2]=M.elements[2],C[E+3]=0,C[E+4]=M.elements[3],C[E+5]=M.elements[4],C[E+6]=M.elements[5],C[E+7]=0,C[E+8]=M.elements[6],C[E+9]=M.elements[7],C[E+10]=M.elements[8],C[E+11]=0):ArrayBuffer.isView(M)?C.set(M.subarray(0,C.length-E),E):M.toArray(C,E)}function h(M,C,E,U){let N=M.value,x=C+"_"+E;if(Array.isArray(N)){U[x]===void 0&&(U[x]=[]);let T=U[x],Z=!1;for(let X=0;X<N.length;X++)m(N[X],T,X)===!0&&(Z=!0);return Z}return m(N,U,x)}function m(M,C,E){if(C[E]===void 0)return typeof M=="number"||typeof M=="boolean"?C[E]=M:ArrayBuffer.isView(M)?C[E]=M.slice():C[E]=M.clone(),!0;{let U=C[E];if(typeof M=="number"||typeof M=="boolean"){if(U!==M)return C[E]=M,!0}else{if(ArrayBuffer.isView(M))return!0;if(U.equals(M)===!1)return U.copy(M),!0}}return!1}function v(M){let C=M.uniforms,E=0,U=16;for(let x=0,T=C.length;x<T;x++){let Z=Array.isArray(C[x])?C[x]:[C[x]];for(let X=0,$=Z.length;X<$;X++){let re=Z[X],pe=Array.isArray(re.value)?re.value:[re.value],G=Array.isArray(C[x])||Array.isArray(re.value),_e=E;for(let ne=0,Le=pe.length;ne<Le;ne++){let de=pe[ne],Re=S(de,G),ie=E%U,Ze=ie%Re.boundary,Ft=ie+Ze;E+=Ze,Ft!==0&&U-Ft<Re.storage&&(E+=U-Ft),ne===0&&(_e=E),E+=Re.storage}let xe=re.type==="int"?Int32Array:re.type==="uint"?Uint32Array:Float32Array;re.__data=new xe((E-_e)/Float32Array.BYTES_PER_ELEMENT),re.__offset=_e}}let N=E%U;return N>0&&(E+=U-N),M.__size=E,M.__cache={},this}function S(M,C){let E={boundary:0,storage:0};return typeof M=="number"||typeof M=="boolean"?(E.boundary=4,E.storage=4):M.isVector2?(E.boundary=8,E.storage=8):M.isVector3||M.isColor?(E.boundary=16,E.storage=12):M.isVector4?(E.boundary=16,E.storage=16):M.isMatrix3?(E.boundary=16,E.storage=48):M.isMatrix4?(E.boundary=16,E.storage=64):M.isTexture?gn("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(M)?(E.boundary=16,E.storage=M.byteLength):gn("WebGLRenderer: Unsupported uniform value type.",M),C===!0&&(E.boundary=16,E.storage=Math.ceil(E.storage/16)*16),E}function g(M){let C=M.target;C.removeEventListener("dispose",g),n.deleteBuffer(r[C.id]),delete r[C.id],delete s[C.id]}function _(){for(let M in r)n.deleteBuffer(r[M]);r={},s={}}return{bind:a,update:o,dispose:_}}var jA=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),ds=null;function KA(){return ds===null&&(ds=new cf(jA,16,16,Ia,$r),ds.name="DFG_LUT",ds.minFilter=ji,ds.magFilter=ji,ds.wrapS=cs,ds.wrapT=cs,ds.generateMipmaps=!1,ds.needsUpdate=!0),ds}var _d=class{constructor(e={}){let{canvas:t=z_(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:d=!1,reversedDepthBuffer:h=!1,outputBufferType:m=sr}=e;this.isWebGLRenderer=!0;let v;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");v=i.getContextAttributes().alpha}else v=a;let S=m,g=new Set([Ff,Of,Nf]),_=new Set([sr,Xr,Sl,ho,Lf,Df]),M=new Uint32Array(4),C=new Int32Array(4),E={textures:[],min:[],max:[],resolution:[]},U=null,N=null,x=[],T=[],Z=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=fs,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let X=this,$=!1,re=null,pe=null,G=null,_e=null;this._outputColorSpace=dr;let xe=0,ne=0,Le=null,de=-1,Re=null,ie=new ci,Ze=new ci,Ft=null,Me=new Dn(0),We=0,At=t.width,Wt=t.height,tt=1,Qt=null,Rn=null,Zt=new ci(0,0,At,Wt),Cn=new ci(0,0,At,Wt),pt=!1,Dt=new Ma,nn=new uf,Vt=!1,on=!1,rn=new li,ui=new be,Wn=new ci,w={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},ei=!1;function Jn(){return Le===null?tt:1}let j=i;function kn(b,Y){return t.getContext(b,Y)}let _n,Ln,Qe,gt,Bt,Kt,D,y,se,Ye,Ne,ct,ut,Te,De,Ae,O,ue,oe,Ie,Fe,Be,et;try{let b={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:d};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Rt,!1),t.addEventListener("webglcontextrestored",$t,!1),t.addEventListener("webglcontextcreationerror",it,!1),j===null){let Y="webgl2";if(j=kn(Y,b),j===null)throw kn(Y)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}kt()}catch(b){throw t.removeEventListener("webglcontextlost",Rt,!1),t.removeEventListener("webglcontextrestored",$t,!1),t.removeEventListener("webglcontextcreationerror",it,!1),xn("WebGLRenderer: "+b.message),b}function kt(){_n=new lE(j),_n.init(),Fe=new WA(j,_n),Ln=new KM(j,_n,e,Fe),Qe=new VA(j,_n),Ln.reversedDepthBuffer&&h&&Qe.buffers.depth.setReversed(!0),pe=j.createFramebuffer(),G=j.createFramebuffer(),_e=j.createFramebuffer(),gt=new hE(j),Bt=new CA,Kt=new HA(j,_n,Qe,Bt,Ln,Fe,gt),D=new oE(X),y=new dS(j),Be=new ZM(j,y),se=new cE(j,y,gt,Be),Ye=new dE(j,se,y,Be,gt),ue=new fE(j,Ln,Kt),De=new JM(Bt),Ne=new wA(X,D,_n,Ln,Be,De),ct=new qA(X,Bt),ut=new IA,Te=new FA(_n),O=new qM(X,D,Qe,Ye,v,c),Ae=new GA(X,Ye,Ln),et=new ZA(j,gt,Ln,Qe),oe=new jM(j,_n,gt),Ie=new uE(j,_n,gt),gt.programs=Ne.programs,X.capabilities=Ln,X.extensions=_n,X.properties=Bt,X.renderLists=ut,X.shadowMap=Ae,X.state=Qe,X.info=gt}S!==sr&&(Z=new mE(S,t.width,t.height,o,r,s));let ze=new Mg(X,j);this.xr=ze,this.getContext=function(){return j},this.getContextAttributes=function(){return j.getContextAttributes()},this.forceContextLoss=function(){let b=_n.get("WEBGL_lose_context");b&&b.loseContext()},this.forceContextRestore=function(){let b=_n.get("WEBGL_lose_context");b&&b.restoreContext()},this.getPixelRatio=function(){return tt},this.setPixelRatio=function(b){b!==void 0&&(tt=b,this.setSize(At,Wt,!1))},this.getSize=function(b){return b.set(At,Wt)},this.setSize=function(b,Y,ye=!0){if(ze.isPresenting){gn("WebGLRenderer: Can't change size while VR device is presenting.");return}At=b,Wt=Y,t.width=Math.floor(b*tt),t.height=Math.floor(Y*tt),ye===!0&&(t.style.width=b+"px",t.style.height=Y+"px"),Z!==null&&Z.setSize(t.width,t.height),this.setViewport(0,0,b,Y)},this.getDrawingBufferSize=function(b){return b.set(At*tt,Wt*tt).floor()},this.setDrawingBufferSize=function(b,Y,ye){At=b,Wt=Y,tt=ye,t.width=Math.floor(b*ye),t.height=Math.floor(Y*ye),this.setViewport(0,0,b,Y)},this.setEffects=function(b){if(S===sr){xn("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(b){for(let Y=0;Y<b.length;Y++)if(b[Y].isOutputPass===!0){gn("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}Z.setEffects(b||[])},this.getCurrentViewport=function(b){return b.copy(ie)},this.getViewport=function(b){return b.copy(Zt)},this.setViewport=function(b,Y,ye,ce){b.isVector4?Zt.set(b.x,b.y,b.z,b.w):Zt.set(b,Y,ye,ce),Qe.viewport(ie.copy(Zt).multiplyScalar(Jn()).round())},this.getScissor=function(b){return b.copy(Cn)},this.setScissor=function(b,Y,ye,ce){b.isVector4?Cn.set(b.x,b.y,b.z,b.w):Cn.set(b,Y,ye,ce),Qe.scissor(Ze.copy(Cn).multiplyScalar(Jn()).round())},this.getScissorTest=function(){return pt},this.setScissorTest=function(b){Qe.setScissorTest(pt=b)},this.setOpaqueSort=function(b){Qt=b},this.setTransparentSort=function(b){Rn=b},this.getClearColor=function(b){return b.copy(O.getClearColor())},this.setClearColor=function(){O.setClearColor(...arguments)},this.getClearAlpha=function(){return O.getClearAlpha()},this.setClearAlpha=function(){O.setClearAlpha(...arguments)},this.clear=function(b=!0,Y=!0,ye=!0){let ce=0;if(b){let ge=!1;if(Le!==null){let ht=Le.texture.format;ge=g.has(ht)}if(ge){let ht=Le.texture.type,Ht=_.has(ht),ft=O.getClearColor(),Ut=O.getClearAlpha(),qt=ft.r,sn=ft.g,pn=ft.b;Ht?(M[0]=qt,M[1]=sn,M[2]=pn,M[3]=Ut,j.clearBufferuiv(j.COLOR,0,M)):(C[0]=qt,C[1]=sn,C[2]=pn,C[3]=Ut,j.clearBufferiv(j.COLOR,0,C))}else ce|=j.COLOR_BUFFER_BIT}Y&&(ce|=j.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),ye&&(ce|=j.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),ce!==0&&j.clear(ce)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(b){b.setRenderer(this),re=b},this.dispose=function(){t.removeEventListener("webglcontextlost",Rt,!1),t.removeEventListener("webglcontextrestored",$t,!1),t.removeEventListener("webglcontextcreationerror",it,!1),O.dispose(),ut.dispose(),Te.dispose(),Kt.dispose(),Bt.dispose(),D.dispose(),Ye.dispose(),se.dispose(),Be.dispose(),et.dispose(),Ne.dispose(),ze.dispose(),ze.removeEventListener("sessionstart",ys),ze.removeEventListener("sessionend",Xs),ki.stop()};function Rt(b){b.preventDefault(),eg("WebGLRenderer: Context Lost."),$=!0}function $t(){eg("WebGLRenderer: Context Restored."),$=!1;let b=gt.autoReset,Y=Ae.enabled,ye=Ae.autoUpdate,ce=Ae.needsUpdate,ge=Ae.type;kt(),gt.autoReset=b,Ae.enabled=Y,Ae.autoUpdate=ye,Ae.needsUpdate=ce,Ae.type=ge}function it(b){xn("WebGLRenderer: A WebGL context could not be created. Reason: ",b.statusMessage)}function un(b){let Y=b.target;Y.removeEventListener("dispose",un),qn(Y)}function qn(b){An(b),Bt.remove(b)}function An(b){let Y=Bt.get(b).programs;Y!==void 0&&(Y.forEach(function(ye){Ne.releaseProgram(ye)}),b.isShaderMaterial&&Ne.releaseShaderCache(b))}this.renderBufferDirect=function(b,Y,ye,ce,ge,ht){Y===null&&(Y=w);let Ht=ge.isMesh&&ge.matrixWorld.determinantAffine()<0,ft=Fa(b,Y,ye,ce,ge);Qe.setMaterial(ce,Ht);let Ut=ye.index,qt=1;if(ce.wireframe===!0){if(Ut=se.getWireframeAttribute(ye),Ut===void 0)return;qt=2}let sn=ye.drawRange,pn=ye.attributes.position,Gt=sn.start*qt,Tn=(sn.start+sn.count)*qt;ht!==null&&(Gt=Math.max(Gt,ht.start*qt),Tn=Math.min(Tn,(ht.start+ht.count)*qt)),Ut!==null?(Gt=Math.max(Gt,0),Tn=Math.min(Tn,Ut.count)):pn!=null&&(Gt=Math.max(Gt,0),Tn=Math.min(Tn,pn.count));let Zn=Tn-Gt;if(Zn<0||Zn===1/0)return;Be.setup(ge,ce,ft,ye,Ut);let Bn,On=oe;if(Ut!==null&&(Bn=y.get(Ut),On=Ie,On.setIndex(Bn)),ge.isMesh)ce.wireframe===!0?(Qe.setLineWidth(ce.wireframeLinewidth*Jn()),On.setMode(j.LINES)):On.setMode(j.TRIANGLES);else if(ge.isLine){let oi=ce.linewidth;oi===void 0&&(oi=1),Qe.setLineWidth(oi*Jn()),ge.isLineSegments?On.setMode(j.LINES):ge.isLineLoop?On.setMode(j.LINE_LOOP):On.setMode(j.LINE_STRIP)}else ge.isPoints?On.setMode(j.POINTS):ge.isSprite&&On.setMode(j.TRIANGLES);if(ge.isBatchedMesh)if(_n.get("WEBGL_multi_draw"))On.renderMultiDraw(ge._multiDrawStarts,ge._multiDrawCounts,ge._multiDrawCount);else{let oi=ge._multiDrawStarts,Xt=ge._multiDrawCounts,Vn=ge._multiDrawCount,vn=Ut?y.get(Ut).bytesPerElement:1,xi=Bt.get(ce).currentProgram.getUniforms();for(let ri=0;ri<Vn;ri++)xi.setValue(j,"_gl_DrawID",ri),On.render(oi[ri]/vn,Xt[ri])}else if(ge.isInstancedMesh)On.renderInstances(Gt,Zn,ge.count);else if(ye.isInstancedBufferGeometry){let oi=ye._maxInstanceCount!==void 0?ye._maxInstanceCount:1/0,Xt=Math.min(ye.instanceCount,oi);On.renderInstances(Gt,Zn,Xt)}else On.render(Gt,Zn)};function Dr(b,Y,ye,ce){re!==null&&b.isNodeMaterial&&re.setObject(ce,b),Vt===!0&&De.setState(b,ye,!1),b.transparent===!0&&b.side===Cr&&b.forceSinglePass===!1?(b.side=Ji,b.needsUpdate=!0,Nr(b,Y,ce),b.side=Ra,b.needsUpdate=!0,Nr(b,Y,ce),b.side=Cr):Nr(b,Y,ce)}this.compile=function(b,Y,ye=null){ye===null&&(ye=b),re!==null&&re.renderStart(b,Y,ye),N=Te.get(ye),N.init(Y),T.push(N),ye.traverseVisible(function(ge){ge.isLight&&ge.layers.test(Y.layers)&&(N.pushLight(ge),ge.castShadow&&N.pushShadow(ge))}),b!==ye&&b.traverseVisible(function(ge){ge.isLight&&ge.layers.test(Y.layers)&&(N.pushLight(ge),ge.castShadow&&N.pushShadow(ge))}),N.setupLights(),re!==null&&re.updateLights(N.state.lightsArray),on=this.localClippingEnabled,Vt=De.init(this.clippingPlanes,on),Vt===!0&&De.setGlobalState(this.clippingPlanes,Y),re!==null&&Ae.render(N.state.shadowsArray,ye,Y);let ce=new Set;return b.traverse(function(ge){if(!(ge.isMesh||ge.isPoints||ge.isLine||ge.isSprite))return;let ht=ge.material;if(ht)if(Array.isArray(ht))for(let Ht=0;Ht<ht.length;Ht++){let ft=ht[Ht];Dr(ft,ye,Y,ge),ce.add(ft)}else Dr(ht,ye,Y,ge),ce.add(ht)}),N=T.pop(),re!==null&&re.renderEnd(),ce},this.compileAsync=function(b,Y,ye=null){let ce=this.compile(b,Y,ye);return new Promise(ge=>{function ht(){if(ce.forEach(function(Ht){let Ut=Bt.get(Ht).currentProgram;(Ut===void 0||Ut.isReady())&&ce.delete(Ht)}),ce.size===0){ge(b);return}setTimeout(ht,10)}_n.get("KHR_parallel_shader_compile")!==null?ht():setTimeout(ht,10)})};let vs=null;function xs(b){vs&&vs(b)}function ys(){ki.stop()}function Xs(){ki.start()}let ki=new gv;ki.setAnimationLoop(xs),typeof self<"u"&&ki.setContext(self),this.setAnimationLoop=function(b){vs=b,ze.setAnimationLoop(b),b===null?ki.stop():ki.start()},ze.addEventListener("sessionstart",ys),ze.addEventListener("sessionend",Xs),this.render=function(b,Y){if(Y!==void 0&&Y.isCamera!==!0){xn("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if($===!0)return;re!==null&&re.renderStart(b,Y);let ye=ze.enabled===!0&&ze.isPresenting===!0,ce=Z!==null&&(Le===null||ye)&&Z.begin(X,Le);if(b.matrixWorldAutoUpdate===!0&&b.updateMatrixWorld(),Y.parent===null&&Y.matrixWorldAutoUpdate===!0&&Y.updateMatrixWorld(),ze.enabled===!0&&ze.isPresenting===!0&&(Z===null||Z.isCompositing()===!1)&&(ze.cameraAutoUpdate===!0&&ze.updateCamera(Y),Y=ze.getCamera()),b.isScene===!0&&b.onBeforeRender(X,b,Y,Le),N=Te.get(b,T.length),N.init(Y),N.state.textureUnits=Kt.getTextureUnits(),T.push(N),rn.multiplyMatrices(Y.projectionMatrix,Y.matrixWorldInverse),Y.isArrayCamera?nn.setFromArrayCamera(Y):Dt.setFromProjectionMatrix(rn,Ar,Y.reversedDepth),on=this.localClippingEnabled,Vt=De.init(this.clippingPlanes,on),U=ut.get(b,x.length),U.init(),x.push(U),this.info.render.frame++,ze.enabled===!0&&ze.isPresenting===!0){let Ht=X.xr.getDepthSensingMesh();Ht!==null&&or(Ht,Y,-1/0,X.sortObjects)}or(b,Y,0,X.sortObjects),U.finish(),re!==null&&re.updateLights(N.state.lightsArray),X.sortObjects===!0&&U.sort(Qt,Rn),ei=ze.enabled===!1||ze.isPresenting===!1||ze.hasDepthSensing()===!1,ei&&O.addToRenderList(U,b),this.info.autoReset===!0&&this.info.reset(),Vt===!0&&De.beginShadows();let ge=N.state.shadowsArray;if(Ae.render(ge,b,Y),Vt===!0&&De.endShadows(),(ce&&Z.hasRenderPass())===!1){let Ht=U.opaque,ft=U.transmissive;if(N.setupLights(),Y.isArrayCamera){let Ut=Y.cameras;if(ft.length>0)for(let qt=0,sn=Ut.length;qt<sn;qt++){let pn=Ut[qt];Gi(Ht,ft,b,pn)}ei&&O.render(b);for(let qt=0,sn=Ut.length;qt<sn;qt++){let pn=Ut[qt];$i(U,b,pn,pn.viewport)}}else ft.length>0&&Gi(Ht,ft,b,Y),ei&&O.render(b),$i(U,b,Y)}Le!==null&&ne===0&&(Kt.updateMultisampleRenderTarget(Le),Kt.updateRenderTargetMipmap(Le)),ce&&Z.end(X),b.isScene===!0&&b.onAfterRender(X,b,Y),Be.resetDefaultState(),de=-1,Re=null,T.pop(),T.length>0?(N=T[T.length-1],Kt.setTextureUnits(N.state.textureUnits),Vt===!0&&De.setGlobalState(X.clippingPlanes,N.state.camera)):N=null,x.pop(),x.length>0?U=x[x.length-1]:U=null,re!==null&&re.renderEnd()};function or(b,Y,ye,ce){if(b.visible===!1)return;if(b.layers.test(Y.layers)){if(b.isGroup)ye=b.renderOrder;else if(b.isLOD)b.autoUpdate===!0&&b.update(Y);else if(b.isLight)N.pushLight(b),b.castShadow&&N.pushShadow(b);else if(b.isSprite){let Ht=Y.isArrayCamera?nn:Dt;if(!b.frustumCulled||b.intersectsFrustum(Ht)){ce&&Wn.setFromMatrixPosition(b.matrixWorld).applyMatrix4(rn);let ft=Ye.update(b),Ut=b.material;Ut.visible&&U.push(b,ft,Ut,ye,Wn.z,null,Y)}}else if(b.isMesh||b.isLine||b.isPoints){let Ht=Y.isArrayCamera?nn:Dt;if(!b.frustumCulled||b.intersectsFrustum(Ht)){let ft=Ye.update(b),Ut=b.material;if(ce&&(b.boundingSphere!==void 0?(b.boundingSphere===null&&b.computeBoundingSphere(),Wn.copy(b.boundingSphere.center)):(ft.boundingSphere===null&&ft.computeBoundingSphere(),Wn.copy(ft.boundingSphere.center)),Wn.applyMatrix4(b.matrixWorld).applyMatrix4(rn)),Array.isArray(Ut)){let qt=ft.groups;for(let sn=0,pn=qt.length;sn<pn;sn++){let Gt=qt[sn],Tn=Ut[Gt.materialIndex];Tn&&Tn.visible&&U.push(b,ft,Tn,ye,Wn.z,Gt,Y)}}else Ut.visible&&U.push(b,ft,Ut,ye,Wn.z,null,Y)}}}let ht=b.children;for(let Ht=0,ft=ht.length;Ht<ft;Ht++)or(ht[Ht],Y,ye,ce)}function $i(b,Y,ye,ce){let{opaque:ge,transmissive:ht,transparent:Ht}=b;N.setupLightsView(ye),Vt===!0&&De.setGlobalState(X.clippingPlanes,ye),ce&&Qe.viewport(ie.copy(ce)),ge.length>0&&Zr(ge,Y,ye),ht.length>0&&Zr(ht,Y,ye),Ht.length>0&&Zr(Ht,Y,ye),Qe.buffers.depth.setTest(!0),Qe.buffers.depth.setMask(!0),Qe.buffers.color.setMask(!0),Qe.setPolygonOffset(!1)}function Gi(b,Y,ye,ce){if((ye.isScene===!0?ye.overrideMaterial:null)!==null)return;if(N.state.transmissionRenderTarget[ce.id]===void 0){let Gt=_n.has("EXT_color_buffer_half_float")||_n.has("EXT_color_buffer_float");N.state.transmissionRenderTarget[ce.id]=new _r(1,1,{generateMipmaps:!0,type:Gt?$r:sr,minFilter:Vs,samples:Math.max(4,Ln.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Un.workingColorSpace})}let ht=N.state.transmissionRenderTarget[ce.id],Ht=ce.viewport||ie;ht.setSize(Ht.z*X.transmissionResolutionScale,Ht.w*X.transmissionResolutionScale);let ft=X.getRenderTarget(),Ut=X.getActiveCubeFace(),qt=X.getActiveMipmapLevel();X.setRenderTarget(ht),X.getClearColor(Me),We=X.getClearAlpha(),We<1&&X.setClearColor(16777215,.5),X.clear(),ei&&O.render(ye);let sn=X.toneMapping;X.toneMapping=fs;let pn=ce.viewport;if(ce.viewport!==void 0&&(ce.viewport=void 0),N.setupLightsView(ce),Vt===!0&&De.setGlobalState(X.clippingPlanes,ce),Zr(b,ye,ce),Kt.updateMultisampleRenderTarget(ht),Kt.updateRenderTargetMipmap(ht),_n.has("WEBGL_multisampled_render_to_texture")===!1){let Gt=!1;for(let Tn=0,Zn=Y.length;Tn<Zn;Tn++){let Bn=Y[Tn],{object:On,geometry:oi,material:Xt,group:Vn}=Bn;if(Xt.side===Cr&&On.layers.test(ce.layers)){let vn=Xt.side;Xt.side=Ji,Xt.needsUpdate=!0,jr(On,ye,ce,oi,Xt,Vn),Xt.side=vn,Xt.needsUpdate=!0,Gt=!0}}Gt===!0&&(Kt.updateMultisampleRenderTarget(ht),Kt.updateRenderTargetMipmap(ht))}X.setRenderTarget(ft,Ut,qt),X.setClearColor(Me,We),pn!==void 0&&(ce.viewport=pn),X.toneMapping=sn}function Zr(b,Y,ye){let ce=Y.isScene===!0?Y.overrideMaterial:null;for(let ge=0,ht=b.length;ge<ht;ge++){let Ht=b[ge],{object:ft,geometry:Ut,group:qt}=Ht,sn=Ht.material;sn.allowOverride===!0&&ce!==null&&(sn=ce),ft.layers.test(ye.layers)&&jr(ft,Y,ye,Ut,sn,qt)}}function jr(b,Y,ye,ce,ge,ht){re!==null&&ge.isNodeMaterial&&re.setObject(b,ge),b.onBeforeRender(X,Y,ye,ce,ge,ht),b.modelViewMatrix.multiplyMatrices(ye.matrixWorldInverse,b.matrixWorld),b.normalMatrix.getNormalMatrix(b.modelViewMatrix),ge.onBeforeRender(X,Y,ye,ce,b,ht),ge.transparent===!0&&ge.side===Cr&&ge.forceSinglePass===!1?(ge.side=Ji,ge.needsUpdate=!0,X.renderBufferDirect(ye,Y,ce,ge,b,ht),ge.side=Ra,ge.needsUpdate=!0,X.renderBufferDirect(ye,Y,ce,ge,b,ht),ge.side=Cr):X.renderBufferDirect(ye,Y,ce,ge,b,ht),b.onAfterRender(X,Y,ye,ce,ge,ht)}function Kr(b){let Y=0;for(let ye of b)ye.texture!==null&&Y++;return Y}function Nr(b,Y,ye){Y.isScene!==!0&&(Y=w);let ce=Bt.get(b),ge=N.state.lights,ht=N.state.shadowsArray,Ht=ge.state.version,ft=Ne.getParameters(b,ge.state,ht,Y,ye,N.state.lightProbeGridArray),Ut=Ne.getProgramCacheKey(ft),qt=ce.programs;ce.environment=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?Y.environment:null,ce.fog=Y.fog;let sn=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap;ce.envMap=D.get(b.envMap||ce.environment,sn),ce.envMapRotation=ce.environment!==null&&b.envMap===null?Y.environmentRotation:b.envMapRotation,qt===void 0&&(b.addEventListener("dispose",un),qt=new Map,ce.programs=qt,ce.programVariants=new Map);let pn=qt.get(Ut);if(pn!==void 0){if(ce.currentProgram===pn&&ce.lightsStateVersion===Ht)return es(b,ft),pn}else ft.uniforms=Ne.getUniforms(b),re!==null&&b.isNodeMaterial&&re.build(b,ye,ft),b.onBeforeCompile(ft,X),pn=Ne.acquireProgram(ft,Ut),qt.set(Ut,pn),ce.uniforms=ft.uniforms;let Gt=ce.uniforms;return(!b.isShaderMaterial&&!b.isRawShaderMaterial||b.clipping===!0)&&(Gt.clippingPlanes=De.uniform),es(b,ft),ce.needsLights=Or(b),ce.lightsStateVersion=Ht,ce.needsLights&&(Gt.ambientLightColor.value=ge.state.ambient,Gt.lightProbe.value=ge.state.probe,Gt.sunLights.value=ge.state.sun,Gt.sunLightShadows.value=ge.state.sunShadow,Gt.directionalLights.value=ge.state.directional,Gt.directionalLightShadows.value=ge.state.directionalShadow,Gt.spotLights.value=ge.state.spot,Gt.spotLightShadows.value=ge.state.spotShadow,Gt.rectAreaLights.value=ge.state.rectArea,Gt.ltc_1.value=ge.state.rectAreaLTC1,Gt.ltc_2.value=ge.state.rectAreaLTC2,Gt.pointLights.value=ge.state.point,Gt.pointLightShadows.value=ge.state.pointShadow,Gt.hemisphereLights.value=ge.state.hemi,Gt.sunShadowMatrix.value=ge.state.sunShadowMatrix,Gt.sunShadowCascade.value=ge.state.sunShadowCascade,Gt.directionalShadowMatrix.value=ge.state.directionalShadowMatrix,Gt.spotLightMatrix.value=ge.state.spotLightMatrix,Gt.spotLightMap.value=ge.state.spotLightMap,Gt.pointShadowMatrix.value=ge.state.pointShadowMatrix),ce.numLightProbeGrids=Kr(N.state.lightProbeGridArray),ce.currentProgram=pn,ce.uniformsList=null,pn}function Jr(b,Y,ye,ce,ge){let ht=Bt.get(b),Ht=ht.currentProgram.id+","+ce+","+ge,ft=ht.programVariants.get(Ht);return ft===void 0?(ft=Nr(b,Y,ye),ht.programVariants.set(Ht,ft)):(ht.currentProgram=ft,ht.uniformsList=null,ht.outputColorSpace=ce,ht.toneMapping=ge),ft}function Qr(b){if(b.uniformsList===null){let Y=b.currentProgram.getUniforms();b.uniformsList=Ml.seqWithValue(Y.seq,b.uniforms)}return b.uniformsList}function es(b,Y){let ye=Bt.get(b);ye.outputColorSpace=Y.outputColorSpace,ye.batching=Y.batching,ye.batchingColor=Y.batchingColor,ye.instancing=Y.instancing,ye.instancingColor=Y.instancingColor,ye.instancingMorph=Y.instancingMorph,ye.skinning=Y.skinning,ye.morphTargets=Y.morphTargets,ye.morphNormals=Y.morphNormals,ye.morphColors=Y.morphColors,ye.morphTargetsCount=Y.morphTargetsCount,ye.numClippingPlanes=Y.numClippingPlanes,ye.numIntersection=Y.numClipIntersection,ye.vertexAlphas=Y.vertexAlphas,ye.vertexTangents=Y.vertexTangents,ye.toneMapping=Y.toneMapping}function Fa(b,Y,ye,ce,ge){Y.isScene!==!0&&(Y=w),Kt.resetTextureUnits();let ht=Y.fog,Ht=ce.isMeshStandardMaterial||ce.isMeshLambertMaterial||ce.isMeshPhongMaterial?Y.environment:null,ft=Le===null?X.outputColorSpace:Le.isXRRenderTarget===!0?Le.texture.colorSpace:Un.workingColorSpace,Ut=ce.isMeshStandardMaterial||ce.isMeshLambertMaterial&&!ce.envMap||ce.isMeshPhongMaterial&&!ce.envMap,qt=D.get(ce.envMap||Ht,Ut),sn=ce.vertexColors===!0&&!!ye.attributes.color&&ye.attributes.color.itemSize===4,pn=!!ye.attributes.tangent&&(!!ce.normalMap||ce.anisotropy>0),Gt=!!ye.morphAttributes.position,Tn=!!ye.morphAttributes.normal,Zn=!!ye.morphAttributes.color,Bn=fs;ce.toneMapped&&(Le===null||Le.isXRRenderTarget===!0)&&(Bn=X.toneMapping);let On=ye.morphAttributes.position||ye.morphAttributes.normal||ye.morphAttributes.color,oi=On!==void 0?On.length:0,Xt=Bt.get(ce),Vn=N.state.lights;if(Vt===!0&&(on===!0||b!==Re)){let zn=b===Re&&ce.id===de;De.setState(ce,b,zn)}let vn=!1,xi=!1;ce.version===Xt.__version?Xt.needsLights&&Xt.lightsStateVersion!==Vn.state.version||ge.isBatchedMesh&&Xt.batching===!1||!ge.isBatchedMesh&&Xt.batching===!0||ge.isBatchedMesh&&Xt.batchingColor===!0&&ge._colorsTexture===null||ge.isBatchedMesh&&Xt.batchingColor===!1&&ge._colorsTexture!==null||ge.isInstancedMesh&&Xt.instancing===!1||!ge.isInstancedMesh&&Xt.instancing===!0||ge.isSkinnedMesh&&Xt.skinning===!1||!ge.isSkinnedMesh&&Xt.skinning===!0||ge.isInstancedMesh&&Xt.instancingColor===!0&&ge.instanceColor===null||ge.isInstancedMesh&&Xt.instancingColor===!1&&ge.instanceColor!==null||ge.isInstancedMesh&&Xt.instancingMorph===!0&&ge.morphTexture===null||ge.isInstancedMesh&&Xt.instancingMorph===!1&&ge.morphTexture!==null||Xt.envMap!==qt||ce.fog===!0&&Xt.fog!==ht||Xt.numClippingPlanes!==void 0&&(Xt.numClippingPlanes!==De.numPlanes||Xt.numIntersection!==De.numIntersection)||Xt.vertexAlphas!==sn||Xt.vertexTangents!==pn||Xt.morphTargets!==Gt||Xt.morphNormals!==Tn||Xt.morphColors!==Zn||Xt.morphTargetsCount!==oi||Xt.numLightProbeGrids!==Kr(N.state.lightProbeGridArray)?vn=!0:(Xt.outputColorSpace!==ft||Xt.toneMapping!==Bn)&&(xi=!0):(vn=!0,Xt.__version=ce.version);let ri=Xt.currentProgram;(vn===!0||xi===!0)&&(ri=xi===!0?Jr(ce,Y,ge,ft,Bn):Nr(ce,Y,ge),re&&ce.isNodeMaterial&&re.onUpdateProgram(ce,ri,Xt));let zi=!1,Di=!1,qi=!1,dn=ri.getUniforms(),ti=Xt.uniforms;if(Qe.useProgram(ri.program)&&(zi=!0,Di=!0,qi=!0),ce.id!==de&&(de=ce.id,Di=!0),zi||Re!==b){Qe.buffers.depth.getReversed()&&b.reversedDepth!==!0&&(b._reversedDepth=!0,b.updateProjectionMatrix()),dn.setValue(j,"projectionMatrix",b.projectionMatrix),dn.setValue(j,"viewMatrix",b.matrixWorldInverse);let jn=dn.map.cameraPosition;jn!==void 0&&jn.setValue(j,ui.setFromMatrixPosition(b.matrixWorld)),Ln.logarithmicDepthBuffer&&dn.setValue(j,"logDepthBufFC",2/(Math.log(b.far+1)/Math.LN2)),(ce.isMeshPhongMaterial||ce.isMeshToonMaterial||ce.isMeshLambertMaterial||ce.isMeshBasicMaterial||ce.isMeshStandardMaterial||ce.isShaderMaterial)&&dn.setValue(j,"isOrthographic",b.isOrthographicCamera===!0),Re!==b&&(Re=b,Di=!0,qi=!0)}if(Xt.needsLights&&(Vn.state.sunShadowMap.length>0&&dn.setValue(j,"sunShadowMap",Vn.state.sunShadowMap,Kt),Vn.state.directionalShadowMap.length>0&&dn.setValue(j,"directionalShadowMap",Vn.state.directionalShadowMap,Kt),Vn.state.spotShadowMap.length>0&&dn.setValue(j,"spotShadowMap",Vn.state.spotShadowMap,Kt),Vn.state.pointShadowMap.length>0&&dn.setValue(j,"pointShadowMap",Vn.state.pointShadowMap,Kt)),ge.isSkinnedMesh){dn.setOptional(j,ge,"bindMatrix"),dn.setOptional(j,ge,"bindMatrixInverse");let zn=ge.skeleton;zn&&(zn.boneTexture===null&&zn.computeBoneTexture(),dn.setValue(j,"boneTexture",zn.boneTexture,Kt))}ge.isBatchedMesh&&(dn.setOptional(j,ge,"batchingTexture"),dn.setValue(j,"batchingTexture",ge._matricesTexture,Kt),dn.setOptional(j,ge,"batchingIdTexture"),dn.setValue(j,"batchingIdTexture",ge._indirectTexture,Kt),dn.setOptional(j,ge,"batchingColorTexture"),ge._colorsTexture!==null&&dn.setValue(j,"batchingColorTexture",ge._colorsTexture,Kt));let yi=ye.morphAttributes;if((yi.position!==void 0||yi.normal!==void 0||yi.color!==void 0)&&ue.update(ge,ye,ri),(Di||Xt.receiveShadow!==ge.receiveShadow)&&(Xt.receiveShadow=ge.receiveShadow,dn.setValue(j,"receiveShadow",ge.receiveShadow)),(ce.isMeshStandardMaterial||ce.isMeshLambertMaterial||ce.isMeshPhongMaterial)&&ce.envMap===null&&Y.environment!==null&&(ti.envMapIntensity.value=Y.environmentIntensity),ti.dfgLUT!==void 0&&(ti.dfgLUT.value=KA()),Di){if(dn.setValue(j,"toneMappingExposure",X.toneMappingExposure),Xt.needsLights&&Gn(ti,qi),ht&&ce.fog===!0&&ct.refreshFogUniforms(ti,ht),ct.refreshMaterialUniforms(ti,ce,tt,Wt,N.state.transmissionRenderTarget[b.id]),Xt.needsLights&&Xt.numLightProbeGrids>0){let zn=E,jn=0;for(let Xn of N.state.lightProbeGridArray)Xn.texture!==null&&(zn.textures[jn]=Xn.texture,zn.min[jn]=Xn.boundingBox.min,zn.max[jn]=Xn.boundingBox.max,zn.resolution[jn]=Xn.resolution,jn++);for(let Xn in zn)zn[Xn].length=jn;ti.probesSH.value=zn.textures,ti.probesMin.value=zn.min,ti.probesMax.value=zn.max,ti.probesResolution.value=zn.resolution}Ml.upload(j,Qr(Xt),ti,Kt)}if(ce.isShaderMaterial&&ce.uniformsNeedUpdate===!0&&(Ml.upload(j,Qr(Xt),ti,Kt),ce.uniformsNeedUpdate=!1),ce.isSpriteMaterial&&dn.setValue(j,"center",ge.center),dn.setValue(j,"modelViewMatrix",ge.modelViewMatrix),dn.setValue(j,"normalMatrix",ge.normalMatrix),dn.setValue(j,"modelMatrix",ge.matrixWorld),ce.uniformsGroups!==void 0){let zn=ce.uniformsGroups;for(let jn=0,Xn=zn.length;jn<Xn;jn++){let Fr=zn[jn];et.update(Fr,ri),et.bind(Fr,ri)}}return ri}function Gn(b,Y){b.ambientLightColor.needsUpdate=Y,b.lightProbe.needsUpdate=Y,b.sunLights.needsUpdate=Y,b.sunLightShadows.needsUpdate=Y,b.directionalLights.needsUpdate=Y,b.directionalLightShadows.needsUpdate=Y,b.pointLights.needsUpdate=Y,b.pointLightShadows.needsUpdate=Y,b.spotLights.needsUpdate=Y,b.spotLightShadows.needsUpdate=Y,b.rectAreaLights.needsUpdate=Y,b.hemisphereLights.needsUpdate=Y}function Or(b){return b.isMeshLambertMaterial||b.isMeshToonMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isShadowMaterial||b.isShaderMaterial&&b.lights===!0}this.getActiveCubeFace=function(){return xe},this.getActiveMipmapLevel=function(){return ne},this.getRenderTarget=function(){return Le},this.setRenderTargetTextures=function(b,Y,ye){let ce=Bt.get(b);ce.__autoAllocateDepthBuffer=b.resolveDepthBuffer===!1,ce.__autoAllocateDepthBuffer===!1&&(ce.__useRenderToTexture=!1),Bt.get(b.texture).__webglTexture=Y,Bt.get(b.depthTexture).__webglTexture=ce.__autoAllocateDepthBuffer?void 0:ye,ce.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(b,Y){let ye=Bt.get(b);ye.__webglFramebuffer=Y,ye.__useDefaultFramebuffer=Y===void 0},this.setRenderTarget=function(b,Y=0,ye=0){Le=b,xe=Y,ne=ye;let ce=null,ge=!1,ht=!1;if(b){let ft=Bt.get(b);if(ft.__useDefaultFramebuffer!==void 0){Qe.bindFramebuffer(j.FRAMEBUFFER,ft.__webglFramebuffer),ie.copy(b.viewport),Ze.copy(b.scissor),Ft=b.scissorTest,Qe.viewport(ie),Qe.scissor(Ze),Qe.setScissorTest(Ft),de=-1;return}else if(ft.__webglFramebuffer===void 0)Kt.setupRenderTarget(b);else if(ft.__hasExternalTextures)Kt.rebindTextures(b,Bt.get(b.texture).__webglTexture,Bt.get(b.depthTexture).__webglTexture);else if(b.depthBuffer){let sn=b.depthTexture;if(ft.__boundDepthTexture!==sn){if(sn!==null&&Bt.has(sn)&&(b.width!==sn.image.width||b.height!==sn.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Kt.setupDepthRenderbuffer(b)}}let Ut=b.texture;(Ut.isData3DTexture||Ut.isDataArrayTexture||Ut.isCompressedArrayTexture)&&(ht=!0);let qt=Bt.get(b).__webglFramebuffer;b.isWebGLCubeRenderTarget?(Array.isArray(qt[Y])?ce=qt[Y][ye]:ce=qt[Y],ge=!0):b.samples>0&&Kt.useMultisampledRTT(b)===!1?ce=Bt.get(b).__webglMultisampledFramebuffer:Array.isArray(qt)?ce=qt[ye]:ce=qt,ie.copy(b.viewport),Ze.copy(b.scissor),Ft=b.scissorTest}else ie.copy(Zt).multiplyScalar(tt).floor(),Ze.copy(Cn).multiplyScalar(tt).floor(),Ft=pt;if(ye!==0&&(ce=pe),Qe.bindFramebuffer(j.FRAMEBUFFER,ce)&&Qe.drawBuffers(b,ce),Qe.viewport(ie),Qe.scissor(Ze),Qe.setScissorTest(Ft),ge){let ft=Bt.get(b.texture);j.framebufferTexture2D(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_CUBE_MAP_POSITIVE_X+Y,ft.__webglTexture,ye)}else if(ht){let ft=Y;for(let Ut=0;Ut<b.textures.length;Ut++){let qt=Bt.get(b.textures[Ut]);j.framebufferTextureLayer(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0+Ut,qt.__webglTexture,ye,ft)}}else if(b!==null&&ye!==0){let ft=Bt.get(b.texture);j.framebufferTexture2D(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,ft.__webglTexture,ye)}de=-1};function Ss(b){let Y=Bt.get(b);return(Y.__readFormat!==b.format||Y.__readType!==b.type)&&(Y.__readFormat=b.format,Y.__readType=b.type,Y.__formatReadable=Ln.textureFormatReadable(b.format),Y.__typeReadable=Ln.textureTypeReadable(b.type)),Y}this.readRenderTargetPixels=function(b,Y,ye,ce,ge,ht,Ht,ft=0){if(!(b&&b.isWebGLRenderTarget)){xn("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let Ut=Bt.get(b).__webglFramebuffer;if(b.isWebGLCubeRenderTarget&&Ht!==void 0&&(Ut=Ut[Ht],Array.isArray(Ut)&&(Ut=Ut[0])),Ut){Qe.bindFramebuffer(j.FRAMEBUFFER,Ut);try{let qt=b.textures[ft],sn=qt.format,pn=qt.type;b.textures.length>1&&j.readBuffer(j.COLOR_ATTACHMENT0+ft);let Gt=Ss(qt);if(Gt.__formatReadable===!1){xn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Gt.__typeReadable===!1){xn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}Y>=0&&Y<=b.width-ce&&ye>=0&&ye<=b.height-ge&&j.readPixels(Y,ye,ce,ge,Fe.convert(sn),Fe.convert(pn),ht)}finally{let qt=Le!==null?Bt.get(Le).__webglFramebuffer:null;Qe.bindFramebuffer(j.FRAMEBUFFER,qt)}}},this.readRenderTargetPixelsAsync=async function(b,Y,ye,ce,ge,ht,Ht,ft=0){if(!(b&&b.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let Ut=Bt.get(b).__webglFramebuffer;if(b.isWebGLCubeRenderTarget&&Ht!==void 0&&(Ut=Ut[Ht],Array.isArray(Ut)&&(Ut=Ut[0])),Ut)if(Y>=0&&Y<=b.width-ce&&ye>=0&&ye<=b.height-ge){Qe.bindFramebuffer(j.FRAMEBUFFER,Ut);let qt=b.textures[ft],sn=qt.format,pn=qt.type;b.textures.length>1&&j.readBuffer(j.COLOR_ATTACHMENT0+ft);let Gt=Ss(qt);if(Gt.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Gt.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Tn=j.createBuffer();j.bindBuffer(j.PIXEL_PACK_BUFFER,Tn),j.bufferData(j.PIXEL_PACK_BUFFER,ht.byteLength,j.STREAM_READ),j.readPixels(Y,ye,ce,ge,Fe.convert(sn),Fe.convert(pn),0),j.bindBuffer(j.PIXEL_PACK_BUFFER,null);let Zn=Le!==null?Bt.get(Le).__webglFramebuffer:null;Qe.bindFramebuffer(j.FRAMEBUFFER,Zn);let Bn=j.fenceSync(j.SYNC_GPU_COMMANDS_COMPLETE,0);return j.flush(),await G_(j,Bn,4),j.bindBuffer(j.PIXEL_PACK_BUFFER,Tn),j.getBufferSubData(j.PIXEL_PACK_BUFFER,0,ht),j.bindBuffer(j.PIXEL_PACK_BUFFER,null),j.deleteBuffer(Tn),j.deleteSync(Bn),ht}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(b,Y=null,ye=0){let ce=Math.pow(2,-ye),ge=Math.floor(b.image.width*ce),ht=Math.floor(b.image.height*ce),Ht=Y!==null?Y.x:0,ft=Y!==null?Y.y:0;Kt.setTexture2D(b,0),j.copyTexSubImage2D(j.TEXTURE_2D,ye,0,0,Ht,ft,ge,ht),Qe.unbindTexture()},this.copyTextureToTexture=function(b,Y,ye=null,ce=null,ge=0,ht=0){let Ht,ft,Ut,qt,sn,pn,Gt,Tn,Zn,Bn=b.isCompressedTexture?b.mipmaps[ht]:b.image;if(ye!==null)Ht=ye.max.x-ye.min.x,ft=ye.max.y-ye.min.y,Ut=ye.isBox3?ye.max.z-ye.min.z:1,qt=ye.min.x,sn=ye.min.y,pn=ye.isBox3?ye.min.z:0;else{let dn=Math.pow(2,-ge);Ht=Math.floor(Bn.width*dn),ft=Math.floor(Bn.height*dn),b.isDataArrayTexture?Ut=Bn.depth:b.isData3DTexture?Ut=Math.floor(Bn.depth*dn):Ut=1,qt=0,sn=0,pn=0}ce!==null?(Gt=ce.x,Tn=ce.y,Zn=ce.z):(Gt=0,Tn=0,Zn=0);let On=Fe.convert(Y.format),oi=Fe.convert(Y.type),Xt;Y.isData3DTexture?(Kt.setTexture3D(Y,0),Xt=j.TEXTURE_3D):Y.isDataArrayTexture||Y.isCompressedArrayTexture?(Kt.setTexture2DArray(Y,0),Xt=j.TEXTURE_2D_ARRAY):(Kt.setTexture2D(Y,0),Xt=j.TEXTURE_2D),Qe.activeTexture(j.TEXTURE0),Qe.pixelStorei(j.UNPACK_FLIP_Y_WEBGL,Y.flipY),Qe.pixelStorei(j.UNPACK_PREMULTIPLY_ALPHA_WEBGL,Y.premultiplyAlpha),Qe.pixelStorei(j.UNPACK_ALIGNMENT,Y.unpackAlignment);let Vn=Qe.getParameter(j.UNPACK_ROW_LENGTH),vn=Qe.getParameter(j.UNPACK_IMAGE_HEIGHT),xi=Qe.getParameter(j.UNPACK_SKIP_PIXELS),ri=Qe.getParameter(j.UNPACK_SKIP_ROWS),zi=Qe.getParameter(j.UNPACK_SKIP_IMAGES);Qe.pixelStorei(j.UNPACK_ROW_LENGTH,Bn.width),Qe.pixelStorei(j.UNPACK_IMAGE_HEIGHT,Bn.height),Qe.pixelStorei(j.UNPACK_SKIP_PIXELS,qt),Qe.pixelStorei(j.UNPACK_SKIP_ROWS,sn),Qe.pixelStorei(j.UNPACK_SKIP_IMAGES,pn);let Di=b.isDataArrayTexture||b.isData3DTexture,qi=Y.isDataArrayTexture||Y.isData3DTexture;if(b.isDepthTexture){let dn=Bt.get(b),ti=Bt.get(Y),yi=Bt.get(dn.__renderTarget),zn=Bt.get(ti.__renderTarget);Qe.bindFramebuffer(j.READ_FRAMEBUFFER,yi.__webglFramebuffer),Qe.bindFramebuffer(j.DRAW_FRAMEBUFFER,zn.__webglFramebuffer);for(let jn=0;jn<Ut;jn++)Di&&(j.framebufferTextureLayer(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,Bt.get(b).__webglTexture,ge,pn+jn),j.framebufferTextureLayer(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,Bt.get(Y).__webglTexture,ht,Zn+jn)),j.blitFramebuffer(qt,sn,qt+Ht,sn+ft,Gt,Tn,Gt+Ht,Tn+ft,j.DEPTH_BUFFER_BIT,j.NEAREST);Qe.bindFramebuffer(j.READ_FRAMEBUFFER,null),Qe.bindFramebuffer(j.DRAW_FRAMEBUFFER,null)}else if(ge!==0||b.isRenderTargetTexture||Bt.has(b)){let dn=Bt.get(b),ti=Bt.get(Y);Qe.bindFramebuffer(j.READ_FRAMEBUFFER,G),Qe.bindFramebuffer(j.DRAW_FRAMEBUFFER,_e);for(let yi=0;yi<Ut;yi++)Di?j.framebufferTextureLayer(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,dn.__webglTexture,ge,pn+yi):j.framebufferTexture2D(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,dn.__webglTexture,ge),qi?j.framebufferTextureLayer(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,ti.__webglTexture,ht,Zn+yi):j.framebufferTexture2D(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,ti.__webglTexture,ht),ge!==0?j.blitFramebuffer(qt,sn,qt+Ht,sn+ft,Gt,Tn,Gt+Ht,Tn+ft,j.COLOR_BUFFER_BIT,j.NEAREST):qi?j.copyTexSubImage3D(Xt,ht,Gt,Tn,Zn+yi,qt,sn,Ht,ft):j.copyTexSubImage2D(Xt,ht,Gt,Tn,qt,sn,Ht,ft);Qe.bindFramebuffer(j.READ_FRAMEBUFFER,null),Qe.bindFramebuffer(j.DRAW_FRAMEBUFFER,null)}else qi?b.isDataTexture||b.isData3DTexture?j.texSubImage3D(Xt,ht,Gt,Tn,Zn,Ht,ft,Ut,On,oi,Bn.data):Y.isCompressedArrayTexture?j.compressedTexSubImage3D(Xt,ht,Gt,Tn,Zn,Ht,ft,Ut,On,Bn.data):j.texSubImage3D(Xt,ht,Gt,Tn,Zn,Ht,ft,Ut,On,oi,Bn):b.isDataTexture?j.texSubImage2D(j.TEXTURE_2D,ht,Gt,Tn,Ht,ft,On,oi,Bn.data):b.isCompressedTexture?j.compressedTexSubImage2D(j.TEXTURE_2D,ht,Gt,Tn,Bn.width,Bn.height,On,Bn.data):j.texSubImage2D(j.TEXTURE_2D,ht,Gt,Tn,Ht,ft,On,oi,Bn);Qe.pixelStorei(j.UNPACK_ROW_LENGTH,Vn),Qe.pixelStorei(j.UNPACK_IMAGE_HEIGHT,vn),Qe.pixelStorei(j.UNPACK_SKIP_PIXELS,xi),Qe.pixelStorei(j.UNPACK_SKIP_ROWS,ri),Qe.pixelStorei(j.UNPACK_SKIP_IMAGES,zi),ht===0&&Y.generateMipmaps===!0&&Y.mipmapsAutoUpdate===!0&&j.generateMipmap(Xt),Qe.unbindTexture()},this.initRenderTarget=function(b){Bt.get(b).__webglFramebuffer===void 0&&Kt.setupRenderTarget(b)},this.initTexture=function(b){b.isCubeTexture?Kt.setTextureCube(b,0):b.isData3DTexture?Kt.setTexture3D(b,0):b.isDataArrayTexture||b.isCompressedArrayTexture?Kt.setTexture2DArray(b,0):Kt.setTexture2D(b,0),Qe.unbindTexture()},this.resetState=function(){xe=0,ne=0,Le=null,Qe.reset(),Be.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return Ar}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Un._getDrawingBufferColorSpace(e),t.unpackColorSpace=Un._getUnpackColorSpace()}};var wv={type:"change"},Ag={type:"start"},Rv={type:"end"},yd=new pl,Cv=new pr,QA=Math.cos(70*rg.DEG2RAD),Li=new be,ar=2*Math.PI,Hn={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},Eg=1e-6,Sd=class extends jc{constructor(e,t=null){super(e,t),this.state=Hn.NONE,this.target=new be,this.cursor=new be,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:wa.ROTATE,MIDDLE:wa.DOLLY,RIGHT:wa.PAN},this.touches={ONE:Ca.ROTATE,TWO:Ca.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new be,this._lastQuaternion=new gr,this._lastTargetPosition=new be,this._quat=new gr().setFromUnitVectors(e.up,new be(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new _l,this._sphericalDelta=new _l,this._scale=1,this._panOffset=new be,this._rotateStart=new yn,this._rotateEnd=new yn,this._rotateDelta=new yn,this._panStart=new yn,this._panEnd=new yn,this._panDelta=new yn,this._dollyStart=new yn,this._dollyEnd=new yn,this._dollyDelta=new yn,this._dollyDirection=new be,this._mouse=new yn,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=tT.bind(this),this._onPointerDown=eT.bind(this),this._onPointerUp=nT.bind(this),this._onContextMenu=cT.bind(this),this._onMouseWheel=sT.bind(this),this._onKeyDown=aT.bind(this),this._onTouchStart=oT.bind(this),this._onTouchMove=lT.bind(this),this._onMouseDown=iT.bind(this),this._onMouseMove=rT.bind(this),this._interceptControlDown=uT.bind(this),this._interceptControlUp=hT.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=Hn.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(wv),this.update(),this.state=Hn.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Li.copy(t).sub(this.target),Li.applyQuaternion(this._quat),this._spherical.setFromVector3(Li),this.autoRotate&&this.state===Hn.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=ar:i>Math.PI&&(i-=ar),r<-Math.PI?r+=ar:r>Math.PI&&(r-=ar),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Li.setFromSpherical(this._spherical),Li.applyQuaternion(this._quatInverse),t.copy(this.target).add(Li),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Li.length();a=this._clampDistance(o*this._scale);let c=o-a;this.object.position.addScaledVector(this._dollyDirection,c),this.object.updateMatrixWorld(),s=!!c}else if(this.object.isOrthographicCamera){let o=new be(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let c=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=c!==this.object.zoom;let l=new be(this._mouse.x,this._mouse.y,0);l.unproject(this.object),this.object.position.sub(l).add(o),this.object.updateMatrixWorld(),a=Li.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(yd.origin.copy(this.object.position),yd.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(yd.direction))<QA?this.object.lookAt(this.target):(Cv.setFromNormalAndCoplanarPoint(this.object.up,this.target),yd.intersectPlane(Cv,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>Eg||8*(1-this._lastQuaternion.dot(this.object.quaternion))>Eg||this._lastTargetPosition.distanceToSquared(this.target)>Eg?(this.dispatchEvent(wv),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?ar/60*this.autoRotateSpeed*e:ar/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Li.setFromMatrixColumn(t,0),Li.multiplyScalar(-e),this._panOffset.add(Li)}_panUp(e,t){this.screenSpacePanning===!0?Li.setFromMatrixColumn(t,1):(Li.setFromMatrixColumn(t,0),Li.crossVectors(this.object.up,Li)),Li.multiplyScalar(e),this._panOffset.add(Li)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Li.copy(r).sub(this.target);let s=Li.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(ar*this._rotateDelta.x/t.clientHeight),this._rotateUp(ar*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(ar*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-ar*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(ar*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-ar*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(ar*this._rotateDelta.x/t.clientHeight),this._rotateUp(ar*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new yn,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function eT(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function tT(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function nT(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(Rv),this.state=Hn.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function iT(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case wa.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=Hn.DOLLY;break;case wa.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Hn.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Hn.ROTATE}break;case wa.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Hn.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Hn.PAN}break;default:this.state=Hn.NONE}this.state!==Hn.NONE&&this.dispatchEvent(Ag)}function rT(n){switch(this.state){case Hn.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case Hn.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case Hn.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function sT(n){this.enabled===!1||this.enableZoom===!1||this.state!==Hn.NONE||(n.preventDefault(),this.dispatchEvent(Ag),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(Rv))}function aT(n){this.enabled!==!1&&this._handleKeyDown(n)}function oT(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Ca.ROTATE:if(this.enableRotate===!1){this.state=Hn.NONE;break}this._handleTouchStartRotate(n),this.state=Hn.TOUCH_ROTATE;break;case Ca.PAN:if(this.enablePan===!1){this.state=Hn.NONE;break}this._handleTouchStartPan(n),this.state=Hn.TOUCH_PAN;break;default:this.state=Hn.NONE}break;case 2:switch(this.touches.TWO){case Ca.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=Hn.TOUCH_DOLLY_PAN;break;case Ca.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=Hn.TOUCH_DOLLY_ROTATE;break;default:this.state=Hn.NONE}break;default:this.state=Hn.NONE}this.state!==Hn.NONE&&this.dispatchEvent(Ag)}function lT(n){switch(this._trackPointer(n),this.state){case Hn.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case Hn.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case Hn.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case Hn.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=Hn.NONE}}function cT(n){this.enabled!==!1&&n.preventDefault()}function uT(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function hT(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}var bd=class{constructor(e,t){this.container=e,this.renderer=new _d({antialias:!0,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(window.devicePixelRatio),e.appendChild(this.renderer.domElement),this.scene=new Fc,this.scene.background=new Dn("#0b0d10"),this.camera=new Zi(35,1,1,1e4),this.scene.add(new Zc(16777215,.45));let i=new qc(16777215,1.6);i.position.set(1,1.5,2),this.camera.add(i),this.scene.add(this.camera),this.controls=new Sd(this.camera,this.renderer.domElement),this.controls.addEventListener("change",()=>this.render()),this.material=new Hc({color:9418974,shininess:30,side:Cr}),this.mesh=null,this.slices=t,this.voxels=null,this.fractions=[.5,.5,.5],this.box=0,this.triangles=0,new ResizeObserver(()=>this.resize()).observe(e),this.resize()}resize(){let{width:e,height:t}=this.container.getBoundingClientRect();!e||!t||(this.renderer.setSize(e,t),this.camera.aspect=e/t,this.camera.updateProjectionMatrix(),this.render())}render(){this.renderer.render(this.scene,this.camera)}showMesh(e,t){let[i,r]=new Uint32Array(e,0,2),s=new Float32Array(e,8,i*3),a=new Uint32Array(e,8+i*12,r*3),o=new us;o.setAttribute("position",new mr(s,3)),o.setIndex(new mr(a,1)),o.computeVertexNormals();let c=!this.mesh;this.mesh&&(this.scene.remove(this.mesh),this.mesh.geometry.dispose()),this.mesh=new wr(o,this.material),this.scene.add(this.mesh),this.triangles=r,c&&(this.camera.position.set(0,0,t*2.2),this.controls.target.set(0,0,0),this.controls.update()),this.render()}setSlices(e,t){this.voxels=e,this.box=t,this.drawSlices()}drawSlices(e=this.fractions){if(this.fractions=e,!this.voxels)return;let t=this.box,i=e.map(s=>Math.min(t-1,Math.max(0,Math.floor(s*t))));[(s,a)=>i[0]*t*t+s*t+a,(s,a)=>s*t*t+i[1]*t+a,(s,a)=>s*t*t+a*t+i[2]].forEach((s,a)=>{let o=this.slices[a];o.width=t,o.height=t;let c=o.getContext("2d"),l=c.createImageData(t,t);for(let u=0;u<t;u+=1)for(let d=0;d<t;d+=1){let h=this.voxels[s(t-1-u,d)],m=4*(u*t+d);l.data[m]=h,l.data[m+1]=h,l.data[m+2]=h,l.data[m+3]=255}c.putImageData(l,0,0)})}};var Iv=new window.BroadcastChannel("pub-sub-es"),fT=n=>typeof n=="string",Tg=(n,e)=>fT(n)&&e?n.toLowerCase():n,Pv=(n,e)=>(t,i,r=Number.POSITIVE_INFINITY)=>{let s=Tg(t,e?.caseInsensitive),a=n[s]||[];return a.push({handler:i,times:+r||Number.POSITIVE_INFINITY}),n[s]=a,{event:s,handler:i}},dT=n=>typeof n=="object";function wg(n,e){function t(i,r){let s,a;dT(i)?(a=i.handler,s=i.event):(s=i,a=r);let o=Tg(s,e?.caseInsensitive),c=n[o];if(!c)return;let l=c.findIndex(u=>u.handler===a);l===-1||l>=c.length||c.splice(l,1)}return t}var pT=n=>!!n,Lv=(n,e)=>{let t=wg(n);return(...i)=>{let[r,s,a]=i,o=Tg(r,e?.caseInsensitive),c=n[o];if(!pT(c))return;let l=[...c];for(let h of l)--h.times<1&&t(o,h.handler);let u=a?.async!==void 0?a.async:e?.async,d=()=>{for(let h of l)h.handler(s)};if(u?setTimeout(d,0):d(),e?.isGlobal&&!a?.isNoGlobalBroadcast)try{Iv.postMessage({event:o,news:s})}catch(h){if(h instanceof Error&&h.name==="DataCloneError")console.warn(`Could not broadcast '${o.toString()}' globally. Payload is not clonable.`);else throw h}}};function mT(n){return Object.keys(n)}var Dv=n=>()=>{for(let e of mT(n))delete n[e]},Nv=()=>({}),gT=n=>{let e=!!n?.async,t=!!n?.caseInsensitive,i=n?.stack||Nv();return{publish:Lv(i,{async:e,caseInsensitive:t}),subscribe:Pv(i,{caseInsensitive:t}),unsubscribe:wg(i,{caseInsensitive:t}),clear:Dv(i),stack:i}},cu=Nv(),_T={publish:Lv(cu,{isGlobal:!0}),subscribe:Pv(cu),unsubscribe:wg(cu),clear:Dv(cu),stack:cu};Iv.onmessage=({data:{event:n,news:e}})=>_T.publish(n,e,{isNoGlobalBroadcast:!0});var Ov=gT;var tx=gy(Fv(),1),vT=n=>n*n*n,nx=n=>n<.5?4*n*n*n:(n-1)*(2*n-2)*(2*n-2)+1,xT=n=>--n*n*n+1,yT=n=>n,ST=n=>n*n,bT=n=>n<.5?2*n*n:-1+(4-2*n)*n,MT=n=>n*(2-n),_s=n=>n,Ig=(n,e)=>{if(n===e)return!0;if(n.length!==e.length)return!1;let t=new Set(n),i=new Set(e);return t.size!==i.size?!1:e.every(r=>t.has(r))},ET=n=>Math.sqrt(n.reduce((e,t)=>e+t**2,0)),AT=n=>n.reduce((e,t)=>t>e?t:e,Number.NEGATIVE_INFINITY),Uv=(n,e=_s)=>{let t=[];for(let i=0;i<n;i++)t.push(e(i,n));return t},TT=(n,e)=>{let t=[];return n.forEach(i=>{t[i]=!0}),e.forEach(i=>{t[i]=!0}),t.reduce((i,r,s)=>(r&&i.push(s),i),[])},i0=(n,...e)=>(e.forEach(t=>{let i=Object.keys(t).reduce((r,s)=>(r[s]=Object.getOwnPropertyDescriptor(t,s),r),{});Object.getOwnPropertySymbols(t).forEach(r=>{let s=Object.getOwnPropertyDescriptor(t,r);s?.enumerable&&(i[r]=s)}),Object.defineProperties(n,i)}),n);function wT(...n){return e=>n.reduce((t,i)=>i(t),e)}var CT=n=>e=>i0({__proto__:{constructor:n}},e),Bv=(n,e)=>t=>i0(t,{get[n](){return e}}),RT=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),IT=n=>new Worker(window.URL.createObjectURL(new Blob([`(${n.toString()})()`],{type:"text/javascript"}))),Al=(n=1)=>new Promise(e=>{let t=0,i=()=>requestAnimationFrame(()=>{t++,t<n?i():e(void 0)});i()}),ix=(n,e,t)=>{let i,r=0;t=t===null?e:t;let s=(...c)=>{let l=()=>{r>0&&(n(...c),r=0)};clearTimeout(i),i=setTimeout(l,t)},a=!1,o=(...c)=>{a?(r++,s(...c)):(n(...c),s(...c),a=!0,r=0,setTimeout(()=>{a=!1},e))};return o.reset=()=>{a=!1},o.cancel=()=>{clearTimeout(i)},o.now=(...c)=>n(...c),o},PT=1e-6,po=typeof Float32Array<"u"?Float32Array:Array;function Pg(){var n=new po(16);return po!=Float32Array&&(n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[11]=0,n[12]=0,n[13]=0,n[14]=0),n[0]=1,n[5]=1,n[10]=1,n[15]=1,n}function zv(n){var e=new po(16);return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],e}function Kg(n,e){var t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=e[9],h=e[10],m=e[11],v=e[12],S=e[13],g=e[14],_=e[15],M=t*o-i*a,C=t*c-r*a,E=t*l-s*a,U=i*c-r*o,N=i*l-s*o,x=r*l-s*c,T=u*S-d*v,Z=u*g-h*v,X=u*_-m*v,$=d*g-h*S,re=d*_-m*S,pe=h*_-m*g,G=M*pe-C*re+E*$+U*X-N*Z+x*T;return G?(G=1/G,n[0]=(o*pe-c*re+l*$)*G,n[1]=(r*re-i*pe-s*$)*G,n[2]=(S*x-g*N+_*U)*G,n[3]=(h*N-d*x-m*U)*G,n[4]=(c*X-a*pe-l*Z)*G,n[5]=(t*pe-r*X+s*Z)*G,n[6]=(g*E-v*x-_*C)*G,n[7]=(u*x-h*E+m*C)*G,n[8]=(a*re-o*X+l*T)*G,n[9]=(i*X-t*re-s*T)*G,n[10]=(v*N-S*E+_*M)*G,n[11]=(d*E-u*N-m*M)*G,n[12]=(o*Z-a*$-c*T)*G,n[13]=(t*$-i*Z+r*T)*G,n[14]=(S*C-v*U-g*M)*G,n[15]=(u*U-d*C+h*M)*G,n):null}function er(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3],o=e[4],c=e[5],l=e[6],u=e[7],d=e[8],h=e[9],m=e[10],v=e[11],S=e[12],g=e[13],_=e[14],M=e[15],C=t[0],E=t[1],U=t[2],N=t[3];return n[0]=C*i+E*o+U*d+N*S,n[1]=C*r+E*c+U*h+N*g,n[2]=C*s+E*l+U*m+N*_,n[3]=C*a+E*u+U*v+N*M,C=t[4],E=t[5],U=t[6],N=t[7],n[4]=C*i+E*o+U*d+N*S,n[5]=C*r+E*c+U*h+N*g,n[6]=C*s+E*l+U*m+N*_,n[7]=C*a+E*u+U*v+N*M,C=t[8],E=t[9],U=t[10],N=t[11],n[8]=C*i+E*o+U*d+N*S,n[9]=C*r+E*c+U*h+N*g,n[10]=C*s+E*l+U*m+N*_,n[11]=C*a+E*u+U*v+N*M,C=t[12],E=t[13],U=t[14],N=t[15],n[12]=C*i+E*o+U*d+N*S,n[13]=C*r+E*c+U*h+N*g,n[14]=C*s+E*l+U*m+N*_,n[15]=C*a+E*u+U*v+N*M,n}function kv(n,e){return n[0]=1,n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=1,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=1,n[11]=0,n[12]=e[0],n[13]=e[1],n[14]=e[2],n[15]=1,n}function wd(n,e){return n[0]=e[0],n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=e[1],n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=e[2],n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n}function LT(n,e,t){var i=t[0],r=t[1],s=t[2],a=Math.sqrt(i*i+r*r+s*s),o,c,l;return a<PT?null:(a=1/a,i*=a,r*=a,s*=a,o=Math.sin(e),c=Math.cos(e),l=1-c,n[0]=i*i*l+c,n[1]=r*i*l+s*o,n[2]=s*i*l-r*o,n[3]=0,n[4]=i*r*l-s*o,n[5]=r*r*l+c,n[6]=s*r*l+i*o,n[7]=0,n[8]=i*s*l+r*o,n[9]=r*s*l-i*o,n[10]=s*s*l+c,n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n)}function DT(n,e){return n[0]=e[12],n[1]=e[13],n[2]=e[14],n}function NT(n,e){var t=e[0],i=e[1],r=e[2],s=e[4],a=e[5],o=e[6],c=e[8],l=e[9],u=e[10];return n[0]=Math.sqrt(t*t+i*i+r*r),n[1]=Math.sqrt(s*s+a*a+o*o),n[2]=Math.sqrt(c*c+l*l+u*u),n}function OT(){var n=new po(4);return po!=Float32Array&&(n[0]=0,n[1]=0,n[2]=0,n[3]=0),n}function du(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3];return n[0]=t[0]*i+t[4]*r+t[8]*s+t[12]*a,n[1]=t[1]*i+t[5]*r+t[9]*s+t[13]*a,n[2]=t[2]*i+t[6]*r+t[10]*s+t[14]*a,n[3]=t[3]*i+t[7]*r+t[11]*s+t[15]*a,n}(function(){var n=OT();return function(e,t,i,r,s,a){var o,c;for(t||(t=4),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],n[2]=e[o+2],n[3]=e[o+3],s(n,n,a),e[o]=n[0],e[o+1]=n[1],e[o+2]=n[2],e[o+3]=n[3];return e}})();function FT(){var n=new po(2);return po!=Float32Array&&(n[0]=0,n[1]=0),n}function UT(n,e){var t=n[0],i=n[1],r=e[0],s=e[1];return Math.abs(Math.atan2(i*r-t*s,t*r+i*s))}(function(){var n=FT();return function(e,t,i,r,s,a){var o,c;for(t||(t=2),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],s(n,n,a),e[o]=n[0],e[o+1]=n[1];return e}})();var BT=(n=[0,0],e=1,t=0,i=[0,0],r=[[0,1/0],[0,1/0]],s=[[-1/0,1/0],[-1/0,1/0]])=>{let a=new Float32Array(16),o=new Float32Array(16),c=new Float32Array(16),l=Pg(),u=[...i.slice(0,2),0,1],d=Array.isArray(r[0])?[...r[0]]:[...r],h=Array.isArray(r[0])?[...r[1]]:[...r],m=Array.isArray(s[0])?[...s[0]]:[...s],v=Array.isArray(s[0])?[...s[1]]:[...s],S=()=>NT(a,l).slice(0,2),g=()=>{let ie=S();return Math.min(ie[0],ie[1])},_=()=>{let ie=S();return Math.max(ie[0],ie[1])},M=()=>Math.acos(l[0]/_()),C=()=>[[...d],[...h]],E=()=>[[...m],[...v]],U=()=>{let ie=S();return[1/ie[0],1/ie[1]]},N=()=>1/g(),x=()=>1/_(),T=()=>DT(a,l).slice(0,2),Z=()=>du(a,u,Kg(c,l)).slice(0,2),X=()=>l,$=()=>u.slice(0,2),re=([ie=0,Ze=0]=[],Ft=1,Me=0)=>{l=Pg(),pe([-ie,-Ze]),_e(Me),G(1/Ft)},pe=([ie=0,Ze=0]=[])=>{a[0]=ie,a[1]=Ze,a[2]=0;let Ft=kv(o,a);er(l,Ft,l)},G=(ie,Ze)=>{let Ft=Array.isArray(ie),Me=Ft?ie[0]:ie,We=Ft?ie[1]:ie;if(Me<=0||We<=0||Me===1&&We===1)return;let At=S(),Wt=At[0]*Me,tt=At[1]*We;if(Me=Math.max(d[0],Math.min(Wt,d[1]))/At[0],We=Math.max(h[0],Math.min(tt,h[1]))/At[1],Me===1&&We===1)return;a[0]=Me,a[1]=We,a[2]=1;let Qt=wd(o,a),Rn=Ze?[...Ze,0]:u,Zt=kv(a,Rn);er(l,Zt,er(l,Qt,er(l,Kg(c,Zt),l)))},_e=ie=>{let Ze=Pg();LT(Ze,ie,[0,0,1]),er(l,Ze,l)},xe=ie=>{let Ze=Array.isArray(ie[0]);d[0]=Ze?ie[0][0]:ie[0],d[1]=Ze?ie[0][1]:ie[1],h[0]=Ze?ie[1][0]:ie[0],h[1]=Ze?ie[1][1]:ie[1]},ne=ie=>{let Ze=Array.isArray(ie[0]);m[0]=Ze?ie[0][0]:ie[0],m[1]=Ze?ie[0][1]:ie[1],v[0]=Ze?ie[1][0]:ie[0],v[1]=Ze?ie[1][1]:ie[1]},Le=ie=>{!ie||ie.length<16||(l=ie)},de=ie=>{u=[...ie.slice(0,2),0,1]},Re=()=>{re(n,e,t)};return re(n,e,t),{get translation(){return T()},get target(){return Z()},get scaling(){return S()},get minScaling(){return g()},get maxScaling(){return _()},get scaleBounds(){return C()},get translationBounds(){return E()},get distance(){return U()},get minDistance(){return N()},get maxDistance(){return x()},get rotation(){return M()},get view(){return X()},get viewCenter(){return $()},lookAt:re,translate:pe,pan:pe,rotate:_e,scale:G,zoom:G,reset:Re,set:(...ie)=>(console.warn("`set()` is deprecated. Please use `setView()` instead."),Le(...ie)),setScaleBounds:xe,setTranslationBounds:ne,setView:Le,setViewCenter:de}},zT=["pan","rotate"],Gv={alt:"altKey",cmd:"metaKey",ctrl:"ctrlKey",meta:"metaKey",shift:"shiftKey"},kT=(n,{distance:e=1,target:t=[0,0],rotation:i=0,isNdc:r=!0,isFixed:s=!1,isPan:a=!0,isPanInverted:o=[!1,!0],panSpeed:c=1,isRotate:l=!0,rotateSpeed:u=1,defaultMouseDownMoveAction:d="pan",mouseDownMoveModKey:h="alt",isZoom:m=!0,zoomSpeed:v=1,viewCenter:S,scaleBounds:g,translationBounds:_,onKeyDown:M=()=>{},onKeyUp:C=()=>{},onMouseDown:E=()=>{},onMouseUp:U=()=>{},onMouseMove:N=()=>{},onWheel:x=()=>{}}={})=>{let T=BT(t,e,i,S,g,_),Z=0,X=0,$=0,re=0,pe=0,G=0,_e=!1,xe=0,ne=1,Le=1,de=1,Re=!1,ie=!1,Ze=!1,Ft=d==="pan",Me=a,We=a,At=o,Wt=o,tt=m,Qt=m,Rn=()=>{Me=Array.isArray(a)?!!a[0]:a,We=Array.isArray(a)?!!a[1]:a,At=Array.isArray(o)?!!o[0]:o,Wt=Array.isArray(o)?!!o[1]:o,tt=Array.isArray(m)?!!m[0]:m,Qt=Array.isArray(m)?!!m[1]:m};Rn();let Zt=r?gt=>gt/ne*2*de:gt=>gt,Cn=r?gt=>gt/Le*2:gt=>-gt,pt=r?gt=>(-1+gt/ne*2)*de:gt=>gt,Dt=r?gt=>1-gt/Le*2:gt=>gt,nn=()=>{if(s){let D=ie;return ie=!1,D}Re=!1;let gt=Z,Bt=X;if((Me||We)&&_e&&(Ft&&!Ze||!Ft&&Ze)){let D=At?pe-gt:gt-pe,y=Me?Zt(c*D):0,se=Wt?G-Bt:Bt-G,Ye=We?Cn(c*se):0;(y!==0||Ye!==0)&&(T.pan([y,Ye]),Re=!0)}if((tt||Qt)&&xe){let D=v*Math.exp(xe/Le),y=pt($),se=Dt(re);T.scale([tt?1/D:1,Qt?1/D:1],[y,se]),Re=!0}if(l&&_e&&(Ft&&Ze||!Ft&&!Ze)&&Math.abs(pe-gt)+Math.abs(G-Bt)>0){let D=ne/2,y=Le/2,se=pe-D,Ye=y-G,Ne=gt-D,ct=y-Bt,ut=UT([se,Ye],[Ne,ct]),Te=se*ct-Ne*Ye;T.rotate(u*ut*Math.sign(Te)),Re=!0}xe=0,pe=gt,G=Bt;let Kt=Re||ie;return ie=!1,Kt},Vt=({defaultMouseDownMoveAction:gt=null,isFixed:Bt=null,isPan:Kt=null,isPanInverted:D=null,isRotate:y=null,isZoom:se=null,panSpeed:Ye=null,rotateSpeed:Ne=null,zoomSpeed:ct=null,mouseDownMoveModKey:ut=null}={})=>{d=gt!==null&&zT.includes(gt)?gt:d,Ft=d==="pan",s=Bt!==null?Bt:s,a=Kt!==null?Kt:a,o=D!==null?D:o,l=y!==null?y:l,m=se!==null?se:m,c=+Ye>0?Ye:c,u=+Ne>0?Ne:u,v=+ct>0?ct:v,Rn(),h=ut!==null&&Object.keys(Gv).includes(ut)?ut:h},on=()=>{let gt=n.getBoundingClientRect();ne=gt.width,Le=gt.height,de=ne/Le},rn=gt=>{Ze=!1,C(gt)},ui=gt=>{Ze=gt[Gv[h]],M(gt)},Wn=gt=>{_e=!1,U(gt)},w=gt=>{_e=gt.buttons===1,E(gt)},Jn=document.createEvent("MouseEvent").offsetX!==void 0?gt=>{$=gt.offsetX,re=gt.offsetY}:gt=>{let Bt=n.getBoundingClientRect();$=gt.clientX-Bt.left,re=gt.clientY-Bt.top},j=gt=>{Z=gt.clientX,X=gt.clientY},kn=gt=>{j(gt),N(gt)},_n=gt=>{if((tt||Qt)&&!s){gt.preventDefault(),j(gt),Jn(gt);let Bt=gt.deltaMode===1?12:1;xe+=Bt*(gt.deltaY||gt.deltaX||0)}x(gt)},Ln=()=>{T=void 0,window.removeEventListener("keydown",ui),window.removeEventListener("keyup",rn),n.removeEventListener("mousedown",w),window.removeEventListener("mouseup",Wn),window.removeEventListener("mousemove",kn),n.removeEventListener("wheel",_n)};window.addEventListener("keydown",ui,{passive:!0}),window.addEventListener("keyup",rn,{passive:!0}),n.addEventListener("mousedown",w,{passive:!0}),window.addEventListener("mouseup",Wn,{passive:!0}),window.addEventListener("mousemove",kn,{passive:!0}),n.addEventListener("wheel",_n,{passive:!1}),T.config=Vt,T.dispose=Ln,T.refresh=on,T.tick=nn;let Qe=gt=>function(){gt.apply(null,arguments),ie=!0};return T.lookAt=Qe(T.lookAt),T.translate=Qe(T.translate),T.pan=Qe(T.pan),T.rotate=Qe(T.rotate),T.scale=Qe(T.scale),T.zoom=Qe(T.zoom),T.reset=Qe(T.reset),T.set=Qe(T.set),T.setScaleBounds=Qe(T.setScaleBounds),T.setTranslationBounds=Qe(T.setTranslationBounds),T.setView=Qe(T.setView),T.setViewCenter=Qe(T.setViewCenter),on(),T};function GT(n,e,t=2){let i=n.length,r=VT(n,0,i,t,!0),s=[];if(!r||r.next===r.prev)return s;let a,o,c;if(n.length>80*t){a=n[0],o=n[1];let l=a,u=o;for(let d=t;d<i;d+=t){let h=n[d],m=n[d+1];h<a&&(a=h),m<o&&(o=m),h>l&&(l=h),m>u&&(u=m)}c=Math.max(l-a,u-o),c=c!==0?32767/c:0}return _u(r,s,t,a,o,c,0),s}function VT(n,e,t,i,r){let s;if(r===ew(n,e,t,i)>0)for(let a=e;a<t;a+=i)s=Vv(a/i|0,n[a],n[a+1],s);else for(let a=t-i;a>=e;a-=i)s=Vv(a/i|0,n[a],n[a+1],s);return s&&zd(s,s.next)&&(vu(s),s=s.next),s}function gu(n,e){if(!n)return n;e||(e=n);let t=n,i;do if(i=!1,!t.steiner&&(zd(t,t.next)||Ei(t.prev,t,t.next)===0)){if(vu(t),t=e=t.prev,t===t.next)break;i=!0}else t=t.next;while(i||t!==e);return e}function _u(n,e,t,i,r,s,a){if(!n)return;!a&&s&&$T(n,i,r,s);let o=n;for(;n.prev!==n.next;){let c=n.prev,l=n.next;if(s?WT(n,i,r,s):HT(n)){e.push(c.i,n.i,l.i),vu(n),n=l.next,o=l.next;continue}if(n=l,n===o){a?a===1?(n=XT(gu(n),e),_u(n,e,t,i,r,s,2)):a===2&&YT(n,e,t,i,r,s):_u(gu(n),e,t,i,r,s,1);break}}}function HT(n){let e=n.prev,t=n,i=n.next;if(Ei(e,t,i)>=0)return!1;let r=e.x,s=t.x,a=i.x,o=e.y,c=t.y,l=i.y,u=Math.min(r,s,a),d=Math.min(o,c,l),h=Math.max(r,s,a),m=Math.max(o,c,l),v=i.next;for(;v!==e;){if(v.x>=u&&v.x<=h&&v.y>=d&&v.y<=m&&pu(r,o,s,c,a,l,v.x,v.y)&&Ei(v.prev,v,v.next)>=0)return!1;v=v.next}return!0}function WT(n,e,t,i){let r=n.prev,s=n,a=n.next;if(Ei(r,s,a)>=0)return!1;let o=r.x,c=s.x,l=a.x,u=r.y,d=s.y,h=a.y,m=Math.min(o,c,l),v=Math.min(u,d,h),S=Math.max(o,c,l),g=Math.max(u,d,h),_=Jg(m,v,e,t,i),M=Jg(S,g,e,t,i),C=n.prevZ,E=n.nextZ;for(;C&&C.z>=_&&E&&E.z<=M;){if(C.x>=m&&C.x<=S&&C.y>=v&&C.y<=g&&C!==r&&C!==a&&pu(o,u,c,d,l,h,C.x,C.y)&&Ei(C.prev,C,C.next)>=0||(C=C.prevZ,E.x>=m&&E.x<=S&&E.y>=v&&E.y<=g&&E!==r&&E!==a&&pu(o,u,c,d,l,h,E.x,E.y)&&Ei(E.prev,E,E.next)>=0))return!1;E=E.nextZ}for(;C&&C.z>=_;){if(C.x>=m&&C.x<=S&&C.y>=v&&C.y<=g&&C!==r&&C!==a&&pu(o,u,c,d,l,h,C.x,C.y)&&Ei(C.prev,C,C.next)>=0)return!1;C=C.prevZ}for(;E&&E.z<=M;){if(E.x>=m&&E.x<=S&&E.y>=v&&E.y<=g&&E!==r&&E!==a&&pu(o,u,c,d,l,h,E.x,E.y)&&Ei(E.prev,E,E.next)>=0)return!1;E=E.nextZ}return!0}function XT(n,e){let t=n;do{let i=t.prev,r=t.next.next;!zd(i,r)&&rx(i,t,t.next,r)&&Cd(i,r)&&Cd(r,i)&&(e.push(i.i,t.i,r.i),vu(t),vu(t.next),t=n=r),t=t.next}while(t!==n);return gu(t)}function YT(n,e,t,i,r,s){let a=n;do{let o=a.next.next;for(;o!==a.prev;){if(a.i!==o.i&&jT(a,o)){let c=QT(a,o);a=gu(a,a.next),c=gu(c,c.next),_u(a,e,t,i,r,s,0),_u(c,e,t,i,r,s,0);return}o=o.next}a=a.next}while(a!==n)}function $T(n,e,t,i){let r=n;do r.z===0&&(r.z=Jg(r.x,r.y,e,t,i)),r.prevZ=r.prev,r.nextZ=r.next,r=r.next;while(r!==n);r.prevZ.nextZ=null,r.prevZ=null,qT(r)}function qT(n){let e,t=1;do{let i=n,r;n=null;let s=null;for(e=0;i;){e++;let a=i,o=0;for(let l=0;l<t&&(o++,a=a.nextZ,!!a);l++);let c=t;for(;o>0||c>0&&a;)o!==0&&(c===0||!a||i.z<=a.z)?(r=i,i=i.nextZ,o--):(r=a,a=a.nextZ,c--),s?s.nextZ=r:n=r,r.prevZ=s,s=r;i=a}s.nextZ=null,t*=2}while(e>1);return n}function Jg(n,e,t,i,r){return n=(n-t)*r|0,e=(e-i)*r|0,n=(n|n<<8)&16711935,n=(n|n<<4)&252645135,n=(n|n<<2)&858993459,n=(n|n<<1)&1431655765,e=(e|e<<8)&16711935,e=(e|e<<4)&252645135,e=(e|e<<2)&858993459,e=(e|e<<1)&1431655765,n|e<<1}function ZT(n,e,t,i,r,s,a,o){return(r-a)*(e-o)>=(n-a)*(s-o)&&(n-a)*(i-o)>=(t-a)*(e-o)&&(t-a)*(s-o)>=(r-a)*(i-o)}function pu(n,e,t,i,r,s,a,o){return!(n===a&&e===o)&&ZT(n,e,t,i,r,s,a,o)}function jT(n,e){return n.next.i!==e.i&&n.prev.i!==e.i&&!KT(n,e)&&(Cd(n,e)&&Cd(e,n)&&JT(n,e)&&(Ei(n.prev,n,e.prev)||Ei(n,e.prev,e))||zd(n,e)&&Ei(n.prev,n,n.next)>0&&Ei(e.prev,e,e.next)>0)}function Ei(n,e,t){return(e.y-n.y)*(t.x-e.x)-(e.x-n.x)*(t.y-e.y)}function zd(n,e){return n.x===e.x&&n.y===e.y}function rx(n,e,t,i){let r=Ed(Ei(n,e,t)),s=Ed(Ei(n,e,i)),a=Ed(Ei(t,i,n)),o=Ed(Ei(t,i,e));return!!(r!==s&&a!==o||r===0&&Md(n,t,e)||s===0&&Md(n,i,e)||a===0&&Md(t,n,i)||o===0&&Md(t,e,i))}function Md(n,e,t){return e.x<=Math.max(n.x,t.x)&&e.x>=Math.min(n.x,t.x)&&e.y<=Math.max(n.y,t.y)&&e.y>=Math.min(n.y,t.y)}function Ed(n){return n>0?1:n<0?-1:0}function KT(n,e){let t=n;do{if(t.i!==n.i&&t.next.i!==n.i&&t.i!==e.i&&t.next.i!==e.i&&rx(t,t.next,n,e))return!0;t=t.next}while(t!==n);return!1}function Cd(n,e){return Ei(n.prev,n,n.next)<0?Ei(n,e,n.next)>=0&&Ei(n,n.prev,e)>=0:Ei(n,e,n.prev)<0||Ei(n,n.next,e)<0}function JT(n,e){let t=n,i=!1,r=(n.x+e.x)/2,s=(n.y+e.y)/2;do t.y>s!=t.next.y>s&&t.next.y!==t.y&&r<(t.next.x-t.x)*(s-t.y)/(t.next.y-t.y)+t.x&&(i=!i),t=t.next;while(t!==n);return i}function QT(n,e){let t=Qg(n.i,n.x,n.y),i=Qg(e.i,e.x,e.y),r=n.next,s=e.prev;return n.next=e,e.prev=n,t.next=r,r.prev=t,i.next=t,t.prev=i,s.next=i,i.prev=s,i}function Vv(n,e,t,i){let r=Qg(n,e,t);return i?(r.next=i.next,r.prev=i,i.next.prev=r,i.next=r):(r.prev=r,r.next=r),r}function vu(n){n.next.prev=n.prev,n.prev.next=n.next,n.prevZ&&(n.prevZ.nextZ=n.nextZ),n.nextZ&&(n.nextZ.prevZ=n.prevZ)}function Qg(n,e,t){return{i:n,x:e,y:t,prev:null,next:null,z:0,prevZ:null,nextZ:null,steiner:!1}}function ew(n,e,t,i){let r=0;for(let s=e,a=t-i;s<t;s+=i)r+=(n[a]-n[s])*(n[s+1]+n[a+1]),a=s;return r}var tw=`
precision mediump float;
varying vec4 color;
void main() {
  gl_FragColor = color;
}`,nw=`
uniform mat4 projectionViewModel;
uniform float aspectRatio;

uniform sampler2D colorTex;
uniform float colorTexRes;
uniform float colorTexEps;
uniform float width;
uniform float useOpacity;
uniform float useColorOpacity;
uniform int miter;

attribute vec3 prevPosition;
attribute vec3 currPosition;
attribute vec3 nextPosition;
attribute float opacity;
attribute float offsetScale;
attribute float colorIndex;

varying vec4 color;

void main() {
  vec2 aspectVec = vec2(aspectRatio, 1.0);
  vec4 prevProjected = projectionViewModel * vec4(prevPosition, 1.0);
  vec4 currProjected = projectionViewModel * vec4(currPosition, 1.0);
  vec4 nextProjected = projectionViewModel * vec4(nextPosition, 1.0);

  // get 2D screen space with W divide and aspect correction
  vec2 prevScreen = prevProjected.xy / prevProjected.w * aspectVec;
  vec2 currScreen = currProjected.xy / currProjected.w * aspectVec;
  vec2 nextScreen = nextProjected.xy / nextProjected.w * aspectVec;

  float len = width;

  // starting point uses (next - current)
  vec2 dir = vec2(0.0);
  if (currScreen == prevScreen) {
    dir = normalize(nextScreen - currScreen);
  }
  // ending point uses (current - previous)
  else if (currScreen == nextScreen) {
    dir = normalize(currScreen - prevScreen);
  }
  // somewhere in middle, needs a join
  else {
    // get directions from (C - B) and (B - A)
    vec2 dirA = normalize((currScreen - prevScreen));
    if (miter == 1) {
      vec2 dirB = normalize((nextScreen - currScreen));
      // now compute the miter join normal and length
      vec2 tangent = normalize(dirA + dirB);
      vec2 perp = vec2(-dirA.y, dirA.x);
      vec2 miter = vec2(-tangent.y, tangent.x);
      len = width / dot(miter, perp);
      dir = tangent;
    } else {
      dir = dirA;
    }
  }

  vec2 normal = vec2(-dir.y, dir.x) * len;
  normal.x /= aspectRatio;
  vec4 offset = vec4(normal * offsetScale, 0.0, 0.0);
  gl_Position = currProjected + offset;

  // Get color from texture
  float colorRowIndex = floor((colorIndex + colorTexEps) / colorTexRes);
  vec2 colorTexIndex = vec2(
    (colorIndex / colorTexRes) - colorRowIndex + colorTexEps,
    colorRowIndex / colorTexRes + colorTexEps
  );

  color = texture2D(colorTex, colorTexIndex);
  color.a = useColorOpacity * color.a + useOpacity * opacity;
}`,Lg=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),Qi=Float32Array.BYTES_PER_ELEMENT,iw=n=>n!==void 0&&Number.isFinite(n),Dg=n=>n.length>0&&Array.isArray(n[0]),{push:sx,splice:rw}=Array.prototype,sw=(n,e=[])=>{let t=0;for(let i of n){for(let r=0;r<i-1;r++){let s=t+r*2,a=s+1,o=s+2,c=s+3;e.push(s,a,o,o,a,c)}t+=(i+2)*2}return e};function Ad(n,e=1,t=1){let i=[],r=new Array(e*2);for(let s=0,a=n.length/e;s<a;s++){let o=s*e;for(let c=0;c<e;c++){let l=n[o+c];r[c]=l,r[c+e]=l*t}sx.apply(i,r)}return i}function Pa(n,e,t,i){let r=new Array(i),s=e*i;for(let a=0;a<i;a++)r[a]=n[s+a];return rw.call(n,t*i,0,...r),n}function aw(n,e,t,i=0){let r=[],s=new Array(t).fill(i);for(let a=0,o=n.length/e;a<o;a++){let c=a*e;for(let l=0;l<e;l++)s[l]=n[c+l];sx.apply(r,s)}return r}var uu=(n,{projection:e=Lg,model:t=Lg,view:i=Lg,points:r=[],colorIndices:s=[],color:a=[.8,.5,0,1],opacity:o=null,opacities:c=[],width:l=1,widths:u=[],miter:d=!0,is2d:h=!1,zPos2d:m=0}={})=>{if(!n){console.error("Regl instance is undefined.");return}let v=new Float32Array(16),S,g,_,M,C,E,U,N,x,T,Z,X,$,re,pe,G,_e,xe,ne=h?2:3,Le=()=>+(c.length===g||o!==null),de=()=>{T=n.buffer(),Z=n.buffer(),X=n.buffer(),pe=n.buffer(),G={prevPosition:{buffer:(()=>T),offset:0,stride:Qi*3},currPosition:{buffer:(()=>T),offset:Qi*3*2,stride:Qi*3},nextPosition:{buffer:(()=>T),offset:Qi*3*4,stride:Qi*3},opacity:{buffer:(()=>Z),offset:Qi*2,stride:Qi},offsetScale:{buffer:(()=>X),offset:Qi*2,stride:Qi},colorIndex:{buffer:(()=>pe),offset:Qi*2,stride:Qi}},_e=n.elements(),xe=n({attributes:G,depth:{enable:!h},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},uniforms:{projectionViewModel:(pt,Dt)=>{let nn=pt.projection||Dt.projection,Vt=pt.model||Dt.model,on=pt.view||Dt.view;return er(v,nn,er(v,on,Vt))},aspectRatio:({viewportWidth:pt,viewportHeight:Dt})=>pt/Dt,colorTex:()=>$,colorTexRes:()=>re,colorTexEps:()=>.5/re,pixelRatio:({pixelRatio:pt})=>pt,width:({pixelRatio:pt,viewportHeight:Dt})=>l/Dt*pt,useOpacity:Le,useColorOpacity:()=>+!Le(),miter:+!!d},elements:()=>_e,vert:nw,frag:tw})},Re=()=>{S===1&&r.length%ne>0&&console.warn(`The length of points (${g}) does not match the dimensions (${ne}). Incomplete points are ignored.`),M=r.flat().slice(0,g*ne),h&&(M=aw(M,2,3,m)),s.length!==g&&(s=new Array(g).fill(0)),u.length!==g&&(u=new Array(g).fill(1));let pt=s.slice(),Dt=c.length===g?c.slice():new Array(g).fill(o===null?1:o),nn=u.slice(),Vt=0;for(let on of _){let rn=Vt+on-1;Pa(M,rn,rn,3),Pa(M,Vt,Vt,3),Pa(pt,rn,rn,1),Pa(pt,Vt,Vt,1),Pa(Dt,rn,rn,1),Pa(Dt,Vt,Vt,1),Pa(nn,rn,rn,1),Pa(nn,Vt,Vt,1),Vt+=on+2}C=new Float32Array(Ad(M,3)),E=Ad(pt),U=Ad(Dt),N=Ad(nn,1,-1),x=sw(_),T({usage:"dynamic",type:"float",length:C.length*Qi,data:C}),Z({usage:"dynamic",type:"float",length:U.length*Qi,data:U}),X({usage:"dynamic",type:"float",length:N.length*Qi,data:N}),pe({usage:"dynamic",type:"float",length:E.length*Qi,data:E}),_e({primitive:"triangles",usage:"dynamic",type:x.length>2**16?"uint32":"uint16",data:x})},ie=()=>{Ze(),de()},Ze=()=>{r=[],M=[],C=new Float32Array,N=[],x=[],T.destroy(),X.destroy(),_e.destroy()},Ft=({projection:pt,model:Dt,view:nn}={})=>{pt&&(e=pt),Dt&&(t=Dt),nn&&(i=nn),r&&r.length>1&&xe({projection:e,model:t,view:i})},Me=(pt,Dt)=>{let nn=Dt.flat(2);return nn.length===g?nn:nn.length===S?_.flatMap((Vt,on)=>Array(Vt).fill(nn[on])):pt},We=()=>r,At=(pt=[],{colorIndices:Dt=s,opacities:nn=c,widths:Vt=u,is2d:on=h}={})=>{r=pt,h=on,ne=h?2:3,S=Dg(r)?r.length:1,_=Dg(r)?r.map(rn=>Math.floor(rn.length/ne)):[Math.floor(r.length/ne)],g=_.reduce((rn,ui)=>rn+ui,0),s=Me(s,Dt),c=Me(c,nn),u=Me(u,Vt),r&&g>1?Re():ie()},Wt=()=>{let pt=Dg(a)?a:[a];re=Math.max(2,Math.ceil(Math.sqrt(pt.length)));let Dt=new Uint8Array(re**2*4);pt.forEach((nn,Vt)=>{Dt[Vt*4]=Math.min(255,Math.max(0,Math.round(nn[0]*255))),Dt[Vt*4+1]=Math.min(255,Math.max(0,Math.round(nn[1]*255))),Dt[Vt*4+2]=Math.min(255,Math.max(0,Math.round(nn[2]*255))),Dt[Vt*4+3]=Number.isNaN(+nn[3])?255:Math.min(255,Math.max(0,Math.round(nn[3]*255)))}),$=n.texture({data:Dt,shape:[re,re,4]})},tt=(pt,Dt=o)=>{a=pt,o=Dt,$&&$.destroy(),Wt()},Qt=()=>({color:a,miter:d,width:l}),Rn=({color:pt,opacity:Dt,miter:nn,width:Vt}={})=>{pt&&tt(pt,Dt||o),nn&&(d=!!nn),iw(Vt)&&(l=Vt)},Zt=()=>({points:T,widths:X,opacities:Z,colorIndices:pe}),Cn=()=>({points:C,widths:N,opacities:U,colorIndices:E});return de(),Wt(),r&&r.length>1&&At(r),{clear:ie,destroy:Ze,draw:Ft,getPoints:We,setPoints:At,getData:Cn,getBuffer:Zt,getStyle:Qt,setStyle:Rn}},ow="1.16.0",lw=`
precision mediump float;

uniform sampler2D texture;

varying vec2 uv;

void main () {
  gl_FragColor = texture2D(texture, uv);
}
`,cw=`
precision mediump float;

uniform mat4 modelViewProjection;

attribute vec2 position;

varying vec2 uv;

void main () {
  uv = position;
  gl_Position = modelViewProjection * vec4(-1.0 + 2.0 * uv.x, 1.0 - 2.0 * uv.y, 0, 1);
}
`,gs="auto",uw=0,Ng=1,hw=2,Hv=3,fw=4,dw=Float32Array.BYTES_PER_ELEMENT,ax=["OES_texture_float","OES_element_index_uint","WEBGL_color_buffer_float","EXT_float_blend"],Wv={color:[0,0,0,0],depth:1},Rd="panZoom",ox="lasso",e0="rotate",Xv=[Rd,ox,e0],pw=Rd,mw={cubicIn:vT,cubicInOut:nx,cubicOut:xT,linear:yT,quadIn:ST,quadInOut:bT,quadOut:MT},Yv=nx,ms="continuous",mu="categorical",$v=[ms,mu],t0="deselect",r0="lassoEnd",gw=[t0,r0],qv=3,_w=[0,.666666667,1,1],vw=2,xw=!1,yw=10,Sw=3,bw=r0,Mw=!1,Id=750,Pd=500,Ld=100,Dd=250,Ew=24,s0="lasso",Nd="rotate",Od="merge",Fd="remove",Aw=[s0,Nd,Od,Fd],Ud="alt",a0="cmd",lx="ctrl",cx="meta",o0="shift",Tw=[Ud,a0,lx,cx,o0],ww={[Fd]:Ud,[Nd]:Ud,[s0]:o0,[Od]:a0},Cw=1,Rw=gs,Iw=gs,Pw=1,Og=1,Lw="asinh",Dw=6,Nw=2,Ow=2,Fg=null,Fw=null,Uw=2,Bw=2,Ug=null,zw=null,Bg=null,kw=.66,Gw=1,zg=null,Vw=.15,Hw=25,Ww=1,Xw=1,hu=null,Yw=[.66,.66,.66,Gw],$w=[0,.55,1,1],qw=[1,1,1,1],Zw=[0,0,0,1],kg=null,jw=[.66,.66,.66,.2],Kw=[0,.55,1,1],Jw=[1,1,1,1],Qw=[1,1,1,.5],e1=1,t1=1e3,n1=[0,0],i1=1,r1=0,s1=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),a1="IMAGE_LOAD_ERROR",o1=null,l1=!1,c1=[1,1,1,.5],u1=!0,h1=!0,f1=!1,d1=100,p1=1/500,m1="auto",g1=!1,_1=200,v1=500,ux=new Set(["z","valueZ","valueA","value1","category"]),hx=new Set(["w","valueW","valueB","value2","value"]),l0=15e3,x1=void 0,y1=!1,S1=.5,b1=!1,M1="lasso",fx=Symbol("SKIP_DEPRECATION_VALUE_TRANSLATION"),Zv="Points have not been drawn",Gg="The instance was already destroyed",E1="Ignoring draw call as the previous draw call has not yet finished. To avoid this warning `await` the draw call.";var dx=()=>{let n=[Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array],e=1,t=8;class i{static from(u){if(!(u instanceof ArrayBuffer))throw new Error("Data must be an instance of ArrayBuffer.");let[d,h]=new Uint8Array(u,0,2);if(d!==219)throw new Error("Data does not appear to be in a KDBush format.");let m=h>>4;if(m!==e)throw new Error(`Got v${m} data when expected v${e}.`);let v=n[h&15];if(!v)throw new Error("Unrecognized array type.");let[S]=new Uint16Array(u,2,1),[g]=new Uint32Array(u,4,1);return new i(g,S,v,u)}constructor(u,d=64,h=Float64Array,m){if(isNaN(u)||u<0)throw new Error(`Unexpected numItems value: ${u}.`);this.numItems=+u,this.nodeSize=Math.min(Math.max(+d,2),65535),this.ArrayType=h,this.IndexArrayType=u<65536?Uint16Array:Uint32Array;let v=n.indexOf(this.ArrayType),S=u*2*this.ArrayType.BYTES_PER_ELEMENT,g=u*this.IndexArrayType.BYTES_PER_ELEMENT,_=(8-g%8)%8;if(v<0)throw new Error(`Unexpected typed array class: ${h}.`);m&&m instanceof ArrayBuffer?(this.data=m,this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+g+_,u*2),this._pos=u*2,this._finished=!0):(this.data=new ArrayBuffer(t+S+g+_),this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+g+_,u*2),this._pos=0,this._finished=!1,new Uint8Array(this.data,0,2).set([219,(e<<4)+v]),new Uint16Array(this.data,2,1)[0]=d,new Uint32Array(this.data,4,1)[0]=u)}add(u,d){let h=this._pos>>1;return this.ids[h]=h,this.coords[this._pos++]=u,this.coords[this._pos++]=d,h}finish(){let u=this._pos>>1;if(u!==this.numItems)throw new Error(`Added ${u} items when expected ${this.numItems}.`);return r(this.ids,this.coords,this.nodeSize,0,this.numItems-1,0),this._finished=!0,this}range(u,d,h,m){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:v,coords:S,nodeSize:g}=this,_=[0,v.length-1,0],M=[];for(;_.length;){let C=_.pop()||0,E=_.pop()||0,U=_.pop()||0;if(E-U<=g){for(let Z=U;Z<=E;Z++){let X=S[2*Z],$=S[2*Z+1];X>=u&&X<=h&&$>=d&&$<=m&&M.push(v[Z])}continue}let N=U+E>>1,x=S[2*N],T=S[2*N+1];x>=u&&x<=h&&T>=d&&T<=m&&M.push(v[N]),(C===0?u<=x:d<=T)&&(_.push(U),_.push(N-1),_.push(1-C)),(C===0?h>=x:m>=T)&&(_.push(N+1),_.push(E),_.push(1-C))}return M}within(u,d,h){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:m,coords:v,nodeSize:S}=this,g=[0,m.length-1,0],_=[],M=h*h;for(;g.length;){let C=g.pop()||0,E=g.pop()||0,U=g.pop()||0;if(E-U<=S){for(let Z=U;Z<=E;Z++)c(v[2*Z],v[2*Z+1],u,d)<=M&&_.push(m[Z]);continue}let N=U+E>>1,x=v[2*N],T=v[2*N+1];c(x,T,u,d)<=M&&_.push(m[N]),(C===0?u-h<=x:d-h<=T)&&(g.push(U),g.push(N-1),g.push(1-C)),(C===0?u+h>=x:d+h>=T)&&(g.push(N+1),g.push(E),g.push(1-C))}return _}}function r(l,u,d,h,m,v){if(m-h<=d)return;let S=h+m>>1;s(l,u,S,h,m,v),r(l,u,d,h,S-1,1-v),r(l,u,d,S+1,m,1-v)}function s(l,u,d,h,m,v){for(;m>h;){if(m-h>600){let M=m-h+1,C=d-h+1,E=Math.log(M),U=.5*Math.exp(2*E/3),N=.5*Math.sqrt(E*U*(M-U)/M)*(C-M/2<0?-1:1),x=Math.max(h,Math.floor(d-C*U/M+N)),T=Math.min(m,Math.floor(d+(M-C)*U/M+N));s(l,u,d,x,T,v)}let S=u[2*d+v],g=h,_=m;for(a(l,u,h,d),u[2*m+v]>S&&a(l,u,h,m);g<_;){for(a(l,u,g,_),g++,_--;u[2*g+v]<S;)g++;for(;u[2*_+v]>S;)_--}u[2*h+v]===S?a(l,u,h,_):(_++,a(l,u,_,m)),_<=d&&(h=_+1),d<=_&&(m=_-1)}}function a(l,u,d,h){o(l,d,h),o(u,2*d,2*h),o(u,2*d+1,2*h+1)}function o(l,u,d){let h=l[u];l[u]=l[d],l[d]=h}function c(l,u,d,h){let m=l-d,v=u-h;return m*m+v*v}return i},A1=()=>{addEventListener("message",n=>{let e=n.data.points;e.length===0&&self.postMessage({error:new Error("Invalid point data")});let t=new KDBush(e.length,n.data.nodeSize);for(let[i,r]of e)t.add(i,r);t.finish(),postMessage(t.data,[t.data])})},Vg=dx(),T1=1e6,w1=n=>{let e=dx.toString(),t=n.toString(),i=`const createKDBushClass = ${e};KDBush = createKDBushClass();const createWorker = ${t};createWorker();`,r=new Blob([i],{type:"text/javascript"}),s=URL.createObjectURL(r),a=new Worker(s,{name:"KDBush"});return URL.revokeObjectURL(s),a},C1=(n,e={nodeSize:16,useWorker:void 0})=>new Promise((t,i)=>{if(n instanceof ArrayBuffer)t(Vg.from(n));else if((n.length<T1||e.useWorker===!1)&&e.useWorker!==!0){let r=new Vg(n.length,e.nodeSize);for(let s of n)r.add(s[0],s[1]);r.finish(),t(r)}else{let r=w1(A1);r.onmessage=s=>{s.data.error?i(s.data.error):t(Vg.from(s.data)),r.terminate()},r.postMessage({points:n,nodeSize:e.nodeSize})}}),R1=!0,I1=8,P1=2,L1="freeform",D1=24,N1=2500,O1=250,F1=(n,e,t)=>(1-n)*e+t,U1=(n,e)=>`${n}ms ease-out mainIn ${e}ms 1 normal forwards`,B1=(n,e)=>`${n}ms ease-out effectIn ${e}ms 1 normal forwards`,z1=(n,e)=>`${n}ms linear leftSpinIn ${e}ms 1 normal forwards`,k1=(n,e)=>`${n}ms linear rightSpinIn ${e}ms 1 normal forwards`,G1=(n,e)=>`${n}ms linear circleIn ${e}ms 1 normal forwards`,V1=(n,e,t)=>`
  @keyframes mainIn {
    0% {
      color: ${e};
      opacity: 0;
    }
    0%, ${n}% {
      color: ${e};
      opacity: 1;
    }
    100% {
      color: ${t};
      opacity: 0.8;
    }
  }
`,H1=(n,e,t,i)=>`
  @keyframes effectIn {
    0%, ${n}% {
      opacity: ${t};
      transform: scale(${i});
    }
    ${e}% {
      opacity: 0.66;
      transform: scale(1.5);
    }
    99% {
      opacity: 0;
      transform: scale(2);
    }
    100% {
      opacity: 0;
      transform: scale(0);
    }
  }
`,W1=(n,e,t)=>`
  @keyframes circleIn {
    0% {
      clip-path: ${e};
      opacity: ${t};
    }
    ${n}% {
      clip-path: ${e};
      opacity: 1;
    }
    ${n+.01}%, 100% {
      clip-path: inset(0);
      opacity: 1;
    }
  }
`,X1=(n,e)=>`
  @keyframes leftSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(360deg);
    }
  }
`,Y1=(n,e)=>`
  @keyframes rightSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(180deg);
    }
  }
`,$1=({time:n=Id,extraTime:e=Pd,delay:t=Ld,currentColor:i,targetColor:r,effectOpacity:s,effectScale:a,circleLeftRotation:o,circleRightRotation:c,circleClipPath:l,circleOpacity:u})=>{let d=o/360,h=F1(d,n,e),m=Math.round((1-d)*n/h*100),v=Math.round(m/2),S=m+(100-m)/4;return{rules:{main:V1(m,i,r),effect:H1(m,S,s,a),circleRight:Y1(v,c),circleLeft:X1(m,o),circle:W1(v,l,u)},names:{main:U1(h,t),effect:B1(h,t),circleLeft:z1(h,t),circleRight:k1(h,t),circle:G1(h,t)}}},q1=n=>`${n}ms linear mainOut 0s 1 normal forwards`,Z1=n=>`${n}ms linear effectOut 0s 1 normal forwards`,j1=n=>`${n}ms linear leftSpinOut 0s 1 normal forwards`,K1=n=>`${n}ms linear rightSpinOut 0s 1 normal forwards`,J1=n=>`${n}ms linear circleOut 0s 1 normal forwards`,Q1=(n,e)=>`
  @keyframes mainOut {
    0% {
      color: ${n};
    }
    100% {
      color: ${e};
    }
  }
`,eC=(n,e)=>`
  @keyframes effectOut {
    0% {
      opacity: ${n};
      transform: scale(${e});
    }
    99% {
      opacity: 0;
      transform: scale(${e+.5});
    }
    100% {
      opacity: 0;
      transform: scale(0);
    }
  }
`,tC=(n,e)=>`
  @keyframes rightSpinOut {
    0%, ${n}% {
      transform: rotate(${e}deg);
    }
    100% {
      transform: rotate(0deg);
    }
`,nC=n=>`
  @keyframes leftSpinOut {
    0% {
      transform: rotate(${n}deg);
    }
    100% {
      transform: rotate(0deg);
    }
  }
`,iC=(n,e,t)=>`
  @keyframes circleOut {
    0%, ${n}% {
      clip-path: ${e};
      opacity: ${t};
    }
    ${n+.01}% {
      clip-path: inset(0 0 0 50%);
      opacity: ${t};
    }
    100% {
      clip-path: inset(0 0 0 50%);
      opacity: 0;
    }
  }
`,rC=({time:n=Dd,currentColor:e,targetColor:t,effectOpacity:i,effectScale:r,circleLeftRotation:s,circleRightRotation:a,circleClipPath:o,circleOpacity:c})=>{let l=s/360,u=l*n,d=Math.min(100,l*100),h=d>50?Math.round((1-50/d)*100):0;return{rules:{main:Q1(e,t),effect:eC(i,r),circleRight:tC(h,a),circleLeft:nC(s),circle:iC(h,o,c)},names:{main:q1(u),effect:Z1(u),circleRight:j1(u),circleLeft:K1(u),circle:J1(u)}}},sC=()=>{let n=document.createElement("div"),e=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);n.id=`lasso-long-press-${e}`,n.style.position="fixed",n.style.width="1.25rem",n.style.height="1.25rem",n.style.pointerEvents="none",n.style.transform="translate(-50%,-50%)";let t=document.createElement("div");t.style.position="absolute",t.style.top=0,t.style.left=0,t.style.width="1.25rem",t.style.height="1.25rem",t.style.clipPath="inset(0px 0px 0px 50%)",t.style.opacity=0,n.appendChild(t);let i=document.createElement("div");i.style.position="absolute",i.style.top=0,i.style.left=0,i.style.width="0.8rem",i.style.height="0.8rem",i.style.border="0.2rem solid currentcolor",i.style.borderRadius="0.8rem",i.style.clipPath="inset(0px 50% 0px 0px)",i.style.transform="rotate(0deg)",t.appendChild(i);let r=document.createElement("div");r.style.position="absolute",r.style.top=0,r.style.left=0,r.style.width="0.8rem",r.style.height="0.8rem",r.style.border="0.2rem solid currentcolor",r.style.borderRadius="0.8rem",r.style.clipPath="inset(0px 50% 0px 0px)",r.style.transform="rotate(0deg)",t.appendChild(r);let s=document.createElement("div");return s.style.position="absolute",s.style.top=0,s.style.left=0,s.style.width="1.25rem",s.style.height="1.25rem",s.style.borderRadius="1.25rem",s.style.background="currentcolor",s.style.transform="scale(0)",s.style.opacity=0,n.appendChild(s),{longPress:n,longPressCircle:t,longPressCircleLeft:i,longPressCircleRight:r,longPressEffect:s}},aC=(n,e,t)=>{if(n.length===0)return 0;if(n.length===1)return n[0];let i=2**(-1/e),r=Math.max(0,n.length-t),s=n.slice(r),a=0,o=0,c=0;for(let l=s.length-1;l>=0;l--){let u=s.length-1-l,d=i**u;a+=s[l][0]*d,o+=s[l][1]*d,c+=d}return[a/c,o/c]},La=(n,e=null)=>n===null?e:n,Hg,px=()=>{if(!Hg){let n=document.createElement("style");document.head.appendChild(n),Hg=n.sheet}return Hg},Rr=n=>{let e=px(),t=e.rules.length;return e.insertRule(n,t),t},Ir=n=>{px().deleteRule(n)},oC=`${N1}ms ease scaleInFadeOut 0s 1 normal backwards`,lC=(n,e,t)=>`
@keyframes scaleInFadeOut {
  0% {
    opacity: ${n};
    transform: translate(-50%,-50%) scale(${e}) rotate(${t}deg);
  }
  10% {
    opacity: 1;
    transform: translate(-50%,-50%) scale(1) rotate(${t+20}deg);
  }
  100% {
    opacity: 0;
    transform: translate(-50%,-50%) scale(0.9) rotate(${t+60}deg);
  }
}
`,Wg=null,cC=`${O1}ms ease fadeScaleOut 0s 1 normal backwards`,uC=(n,e,t)=>`
@keyframes fadeScaleOut {
  0% {
    opacity: ${n};
    transform: translate(-50%,-50%) scale(${e}) rotate(${t}deg);
  }
  100% {
    opacity: 0;
    transform: translate(-50%,-50%) scale(0) rotate(${t}deg);
  }
}
`,Xg=null,mx=(n,{onDraw:e=_s,onStart:t=_s,onEnd:i=_s,enableInitiator:r=R1,initiatorParentElement:s=document.body,longPressIndicatorParentElement:a=document.body,minDelay:o=I1,minDist:c=P1,pointNorm:l=_s,type:u=L1,brushSize:d=D1}={})=>{let h=r,m=s,v=a,S=e,g=t,_=i,M=o,C=c,E=l,U=u,N=d,x=document.createElement("div"),T=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);x.id=`lasso-initiator-${T}`,x.style.position="fixed",x.style.display="flex",x.style.justifyContent="center",x.style.alignItems="center",x.style.zIndex=99,x.style.width="4rem",x.style.height="4rem",x.style.borderRadius="4rem",x.style.opacity=.5,x.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)";let{longPress:Z,longPressCircle:X,longPressCircleLeft:$,longPressCircleRight:re,longPressEffect:pe}=sC(),G=!1,_e=!1,xe=[],ne=[],Le=[],de=[],Re,ie=!1,Ze=null,Ft=null,Me=null,We=null,At=null,Wt=null,tt=null,Qt=null,Rn=null,Zt=null,Cn=()=>{G=!1},pt=O=>{let{left:ue,top:oe}=n.getBoundingClientRect();return[O.clientX-ue,O.clientY-oe]};window.addEventListener("mouseup",Cn);let Dt=()=>{x.style.opacity=.5,x.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)"},nn=(O,ue)=>{let oe=getComputedStyle(O),Ie=+oe.opacity,Fe=oe.transform.match(/([0-9.-]+)+/g),Be=+Fe[0],et=+Fe[1],kt=Math.sqrt(Be*Be+et*et),ze=Math.atan2(et,Be)*(180/Math.PI);return ze=ue&&ze<=0?360+ze:ze,{opacity:Ie,scale:kt,rotate:ze}},Vt=O=>{if(!h||G)return;let ue=O.clientX,oe=O.clientY;x.style.top=`${oe}px`,x.style.left=`${ue}px`;let Ie=nn(x),Fe=Ie.opacity,Be=Ie.scale,et=Ie.rotate;x.style.opacity=Fe,x.style.transform=`translate(-50%,-50%) scale(${Be}) rotate(${et}deg)`,x.style.animation="none",Al().then(()=>{Wg!==null&&Ir(Wg),Wg=Rr(lC(Fe,Be,et)),x.style.animation=oC,Al().then(()=>{Dt()})})},on=()=>{let{opacity:O,scale:ue,rotate:oe}=nn(x);x.style.opacity=O,x.style.transform=`translate(-50%,-50%) scale(${ue}) rotate(${oe}deg)`,x.style.animation="none",Al(2).then(()=>{Xg!==null&&Ir(Xg),Xg=Rr(uC(O,ue,oe)),x.style.animation=cC,Al().then(()=>{Dt()})})},rn=(O,ue,{time:oe=Id,extraTime:Ie=Pd,delay:Fe=Ld}={time:Id,extraTime:Pd,delay:Ld})=>{ie=!0;let Be=getComputedStyle(Z);Z.style.color=Be.color,Z.style.top=`${ue}px`,Z.style.left=`${O}px`,Z.style.animation="none";let et=getComputedStyle(X);X.style.clipPath=et.clipPath,X.style.opacity=et.opacity,X.style.animation="none";let kt=nn(pe);pe.style.opacity=kt.opacity,pe.style.transform=`scale(${kt.scale})`,pe.style.animation="none";let ze=nn($);$.style.transform=`rotate(${ze.rotate}deg)`,$.style.animation="none";let Rt=nn(re);re.style.transform=`rotate(${Rt.rotate}deg)`,re.style.animation="none",Al().then(()=>{if(!ie)return;At!==null&&Ir(At),We!==null&&Ir(We),Me!==null&&Ir(Me),Ft!==null&&Ir(Ft),Ze!==null&&Ir(Ze);let{rules:$t,names:it}=$1({time:oe,extraTime:Ie,delay:Fe,currentColor:Be.color||"currentcolor",targetColor:Z.dataset.activeColor,effectOpacity:kt.opacity||0,effectScale:kt.scale||0,circleLeftRotation:ze.rotate||0,circleRightRotation:Rt.rotate||0,circleClipPath:et.clipPath||"inset(0 0 0 50%)",circleOpacity:et.opacity||0});Ze=Rr($t.main),Ft=Rr($t.effect),Me=Rr($t.circleLeft),We=Rr($t.circleRight),At=Rr($t.circle),Z.style.animation=it.main,pe.style.animation=it.effect,$.style.animation=it.circleLeft,re.style.animation=it.circleRight,X.style.animation=it.circle})},ui=({time:O=Dd}={time:Dd})=>{if(!ie)return;ie=!1;let ue=getComputedStyle(Z);Z.style.color=ue.color,Z.style.animation="none";let oe=getComputedStyle(X);X.style.clipPath=oe.clipPath,X.style.opacity=oe.opacity,X.style.animation="none";let Ie=nn(pe);pe.style.opacity=Ie.opacity,pe.style.transform=`scale(${Ie.scale})`,pe.style.animation="none";let Fe=oe.clipPath.slice(-2,-1)==="x",Be=nn($,Fe);$.style.transform=`rotate(${Be.rotate}deg)`,$.style.animation="none";let et=nn(re);re.style.transform=`rotate(${et.rotate}deg)`,re.style.animation="none",Al().then(()=>{Zt!==null&&Ir(Zt),Rn!==null&&Ir(Rn),Qt!==null&&Ir(Qt),tt!==null&&Ir(tt),Wt!==null&&Ir(Wt);let{rules:kt,names:ze}=rC({time:O,currentColor:ue.color||"currentcolor",targetColor:Z.dataset.color,effectOpacity:Ie.opacity||0,effectScale:Ie.scale||0,circleLeftRotation:Be.rotate||0,circleRightRotation:et.rotate||0,circleClipPath:oe.clipPath||"inset(0px)",circleOpacity:oe.opacity||1});Wt=Rr(kt.main),tt=Rr(kt.effect),Qt=Rr(kt.circleLeft),Rn=Rr(kt.circleRight),Zt=Rr(kt.circle),Z.style.animation=ze.main,pe.style.animation=ze.effect,$.style.animation=ze.circleLeft,re.style.animation=ze.circleRight,X.style.animation=ze.circle})},Wn=()=>{S(xe,ne)},w=O=>{xe.push(O),ne.push(O[0],O[1])},ei=O=>{let[ue,oe]=O,[Ie,Fe]=xe[0];xe[1]=[ue,Fe],xe[2]=[ue,oe],xe[3]=[Ie,oe],xe[4]=[Ie,Fe],ne[2]=ue,ne[3]=Fe,ne[4]=ue,ne[5]=oe,ne[6]=Ie,ne[7]=oe,ne[8]=Ie,ne[9]=Fe},Jn=O=>{Le.push(O)},j=()=>Math.abs(E([0,0])[0]-E([N/2,0])[0]),kn=(O,ue,oe)=>{let[Ie,Fe]=O,[Be,et]=ue,kt=Ie-Be,ze=Fe-et,Rt=ET([kt,ze]);return[+ze/Rt*oe,-kt/Rt*oe]},_n=O=>{let ue=Le.at(-1),oe=j(),[Ie,Fe]=kn(O,ue,oe),Be=Le.length;if(Be===1){let ze=[ue[0]+Ie,ue[1]+Fe],Rt=[ue[0]-Ie,ue[1]-Fe];xe.push(ze,Rt),ne.push(ze[0],ze[1],Rt[0],Rt[1]),de.push([Ie,Fe])}else{[Ie,Fe]=kn(O,ue,oe);let ze=[...de,[Ie,Fe]];[Ie,Fe]=aC(ze,1,10);let[Rt,$t]=de.at(-1),it=(Ie+Rt)/2,un=(Fe+$t)/2,qn=[ue[0]+it,ue[1]+un],An=[ue[0]-it,ue[1]-un];xe.splice(Be-1,2,qn,An),ne.splice(2*(Be-1),4,qn[0],qn[1],An[0],An[1]),de.splice(Be,1,[it,un])}let et=[O[0]+Ie,O[1]+Fe],kt=[O[0]-Ie,O[1]-Fe];xe.splice(Be,0,et,kt),ne.splice(2*Be,0,et[0],et[1],kt[0],kt[1]),Le.push(O),de.push([Ie,Fe])},Ln=w,Qe=w,gt=O=>{if(Re)RT(O[0],O[1],Re[0],Re[1])>C&&(Re=O,Ln(E(O)),xe.length>1&&Wn());else{_e||(_e=!0,g()),Re=O;let ue=E(O);Qe(ue)}},Bt=ix(gt,M,M),Kt=(O,ue)=>{let oe=pt(O);return ue?Bt(oe):gt(oe)},D=()=>{xe=[],ne=[],Le=[],de=[],Re=void 0,Wn()},y=O=>{Vt(O)},se=()=>{G=!0,_e=!0,D(),g()},Ye=()=>{on()},Ne=({merge:O=!1,remove:ue=!1}={})=>{_e=!1;let oe=[...xe],Ie=[...ne];return Bt.cancel(),D(),oe.length>0&&_(oe,Ie,{merge:O,remove:ue}),oe},ct=O=>{switch(O){case"rectangle":{U=O,Ln=ei,Qe=w;break}case"brush":{U=O,Ln=_n,Qe=Jn;break}default:{U="freeform",Ln=w,Qe=w;break}}},ut=O=>{if(O==="onDraw")return S;if(O==="onStart")return g;if(O==="onEnd")return _;if(O==="enableInitiator")return h;if(O==="minDelay")return M;if(O==="minDist")return C;if(O==="pointNorm")return E;if(O==="type")return U;if(O==="brushSize")return N},Te=({onDraw:O=null,onStart:ue=null,onEnd:oe=null,enableInitiator:Ie=null,initiatorParentElement:Fe=null,longPressIndicatorParentElement:Be=null,minDelay:et=null,minDist:kt=null,pointNorm:ze=null,type:Rt=null,brushSize:$t=null}={})=>{S=La(O,S),g=La(ue,g),_=La(oe,_),h=La(Ie,h),M=La(et,M),C=La(kt,C),E=La(ze,E),N=La($t,N),Fe!==null&&Fe!==m&&(m.removeChild(x),Fe.appendChild(x),m=Fe),Be!==null&&Be!==v&&(v.removeChild(Z),Be.appendChild(Z),v=Be),h?(x.addEventListener("click",y),x.addEventListener("mousedown",se),x.addEventListener("mouseleave",Ye)):(x.removeEventListener("mousedown",se),x.removeEventListener("mouseleave",Ye)),Rt!==null&&ct(Rt)},De=()=>{m.removeChild(x),v.removeChild(Z),window.removeEventListener("mouseup",Cn),x.removeEventListener("click",y),x.removeEventListener("mousedown",se),x.removeEventListener("mouseleave",Ye)},Ae=()=>O=>i0(O,{clear:D,destroy:De,end:Ne,extend:Kt,get:ut,set:Te,showInitiator:Vt,hideInitiator:on,showLongPressIndicator:rn,hideLongPressIndicator:ui});return m.appendChild(x),v.appendChild(Z),Te({onDraw:S,onStart:g,onEnd:_,enableInitiator:h,initiatorParentElement:m,type:U,brushSize:N}),wT(Bv("initiator",x),Bv("longPressIndicator",Z),Ae(),CT(mx))({})},hC=`
precision highp float;

uniform float antiAliasing;

varying vec4 color;
varying float finalPointSize;

float linearstep(float edge0, float edge1, float x) {
  return clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
}

void main() {
  vec2 c = gl_PointCoord * 2.0 - 1.0;
  float sdf = length(c) * finalPointSize;
  float alpha = linearstep(finalPointSize + antiAliasing, finalPointSize - antiAliasing, sdf);

  gl_FragColor = vec4(color.rgb, alpha * color.a);
}
`,fC=n=>`
precision highp float;

uniform sampler2D colorTex;
uniform float colorTexRes;
uniform float colorTexEps;
uniform sampler2D stateTex;
uniform float stateTexRes;
uniform float stateTexEps;
uniform float devicePixelRatio;
uniform sampler2D encodingTex;
uniform float encodingTexRes;
uniform float encodingTexEps;
uniform float pointSizeExtra;
uniform float pointOpacityMax;
uniform float pointOpacityScale;
uniform float numPoints;
uniform float globalState;
uniform float isColoredByZ;
uniform float isColoredByW;
uniform float isOpacityByZ;
uniform float isOpacityByW;
uniform float isOpacityByDensity;
uniform float isSizedByZ;
uniform float isSizedByW;
uniform float isPixelAligned;
uniform float colorMultiplicator;
uniform float opacityMultiplicator;
uniform float opacityDensity;
uniform float sizeMultiplicator;
uniform float numColorStates;
uniform float pointScale;
uniform float drawingBufferWidth;
uniform float drawingBufferHeight;
uniform mat4 modelViewProjection;

attribute vec2 stateIndex;

varying vec4 color;
varying float finalPointSize;

void main() {
  vec4 state = texture2D(stateTex, stateIndex);

  if (isPixelAligned < 0.5) {
    gl_Position = modelViewProjection * vec4(state.x, state.y, 0.0, 1.0);
  } else {
    vec4 clipSpacePosition = modelViewProjection * vec4(state.x, state.y, 0.0, 1.0);
    vec2 ndcPosition = clipSpacePosition.xy / clipSpacePosition.w;
    vec2 pixelPos = 0.5 * (ndcPosition + 1.0) * vec2(drawingBufferWidth, drawingBufferHeight);
    pixelPos = floor(pixelPos + 0.5); // Snap to nearest pixel
    vec2 snappedPosition = (pixelPos / vec2(drawingBufferWidth, drawingBufferHeight)) * 2.0 - 1.0;
    gl_Position = vec4(snappedPosition, 0.0, 1.0);
  }


  // Determine color index
  float colorIndexZ =  isColoredByZ * floor(state.z * colorMultiplicator);
  float colorIndexW =  isColoredByW * floor(state.w * colorMultiplicator);

  // Multiply by the number of color states per color
  // I.e., normal, active, hover, background, etc.
  float colorIndex = (colorIndexZ + colorIndexW) * numColorStates;

  // Half a "pixel" or "texel" in texture coordinates
  float colorLinearIndex = colorIndex + globalState;

  // Need to add cEps here to avoid floating point issue that can lead to
  // dramatic changes in which color is loaded as floor(3/2.9999) = 1 but
  // floor(3/3.0001) = 0!
  float colorRowIndex = floor((colorLinearIndex + colorTexEps) / colorTexRes);

  vec2 colorTexIndex = vec2(
    (colorLinearIndex / colorTexRes) - colorRowIndex + colorTexEps,
    colorRowIndex / colorTexRes + colorTexEps
  );

  color = texture2D(colorTex, colorTexIndex);

  // Retrieve point size
  float pointSizeIndexZ = isSizedByZ * floor(state.z * sizeMultiplicator);
  float pointSizeIndexW = isSizedByW * floor(state.w * sizeMultiplicator);
  float pointSizeIndex = pointSizeIndexZ + pointSizeIndexW;

  float pointSizeRowIndex = floor((pointSizeIndex + encodingTexEps) / encodingTexRes);
  vec2 pointSizeTexIndex = vec2(
    (pointSizeIndex / encodingTexRes) - pointSizeRowIndex + encodingTexEps,
    pointSizeRowIndex / encodingTexRes + encodingTexEps
  );
  float pointSize = texture2D(encodingTex, pointSizeTexIndex).x;

  // Retrieve opacity
  ${n===3?"":`
        if (isOpacityByDensity < 0.5) {
          float opacityIndexZ = isOpacityByZ * floor(state.z * opacityMultiplicator);
          float opacityIndexW = isOpacityByW * floor(state.w * opacityMultiplicator);
          float opacityIndex = opacityIndexZ + opacityIndexW;

          float opacityRowIndex = floor((opacityIndex + encodingTexEps) / encodingTexRes);
          vec2 opacityTexIndex = vec2(
            (opacityIndex / encodingTexRes) - opacityRowIndex + encodingTexEps,
            opacityRowIndex / encodingTexRes + encodingTexEps
          );
          color.a = texture2D(encodingTex, opacityTexIndex)[${1+n}];
        } else {
          color.a = min(1.0, opacityDensity + globalState);
        }
      `}

  color.a = min(pointOpacityMax, color.a) * pointOpacityScale;
  finalPointSize = (pointSize * pointScale) + pointSizeExtra;
  gl_PointSize = finalPointSize;
}
`,dC=`precision highp float;

varying vec4 color;

void main() {
  gl_FragColor = color;
}
`,pC=`precision highp float;

uniform sampler2D startStateTex;
uniform sampler2D endStateTex;
uniform float t;

varying vec2 particleTextureIndex;

void main() {
  // Interpolate x, y, and value
  vec3 start = texture2D(startStateTex, particleTextureIndex).xyw;
  vec3 end = texture2D(endStateTex, particleTextureIndex).xyw;
  vec3 curr = start * (1.0 - t) + end * t;

  // The category cannot be interpolated
  float endCategory = texture2D(endStateTex, particleTextureIndex).z;

  gl_FragColor = vec4(curr.xy, endCategory, curr.z);
}`,mC=`precision highp float;

attribute vec2 position;
varying vec2 particleTextureIndex;

void main() {
  // map normalized device coords to texture coords
  particleTextureIndex = 0.5 * (1.0 + position);

  gl_Position = vec4(position, 0, 1);
}`,gC=(n,e)=>n?ax.reduce((t,i)=>n.hasExtension(i)?t:(e||console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`),!1),!0):!1,_C=n=>{let e=n.getContext("webgl",{antialias:!0,preserveDrawingBuffer:!0}),t=[];for(let i of ax)e.getExtension(i)?t.push(i):console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`);return(0,tx.default)({gl:e,extensions:t})},Yg=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),vC=n=>{let e=Number.POSITIVE_INFINITY,t=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY,r=Number.NEGATIVE_INFINITY;for(let s=0;s<n.length;s+=2)e=n[s]<e?n[s]:e,t=n[s]>t?n[s]:t,i=n[s+1]<i?n[s+1]:i,r=n[s+1]>r?n[s+1]:r;return[e,i,t,r]},xC=([n,e,t,i])=>Number.isFinite(n)&&Number.isFinite(e)&&Number.isFinite(t)&&Number.isFinite(i)&&t-n>0&&i-e>0,yC=/^#?([a-f\d])([a-f\d])([a-f\d])$/i,SC=(n,e=!1)=>n.replace(yC,(t,i,r,s)=>`#${i}${i}${r}${r}${s}${s}`).substring(1).match(/.{2}/g).map(t=>Number.parseInt(t,16)/255**e),Da=(n,e,{minLength:t=0}={})=>Array.isArray(n)&&n.length>=t&&n.every(e),Na=n=>!Number.isNaN(+n)&&+n>=0,Td=n=>!Number.isNaN(+n)&&+n>0,$g=(n,e)=>t=>n.indexOf(t)>=0?t:e,bC=(n,e=!1,t=l0)=>new Promise((i,r)=>{let s=new Image;e&&(s.crossOrigin="anonymous"),s.src=n,s.onload=()=>{i(s)};let a=()=>{r(new Error(a1))};s.onerror=a,setTimeout(a,t)}),jv=(n,e,t=l0)=>new Promise((i,r)=>{bC(e,e.indexOf(window.location.origin)!==0&&e.indexOf("base64")===-1,t).then(s=>{i(n.texture(s))}).catch(s=>{r(s)})}),MC=(n,e=!1)=>[...SC(n,e),255**!e],EC=/(^#[0-9A-F]{6}$)|(^#[0-9A-F]{3}$)/i,AC=n=>EC.test(n),TC=n=>n>=0&&n<=1,Bd=n=>Array.isArray(n)&&n.every(TC);function Kv(n,e,t,i,r,s){return(t-n)*(s-e)-(r-n)*(i-e)}var wC=(n,[e,t]=[])=>{let i=0;for(let r=0,s=n.length-2;r<n.length;r+=2){let a=n[r],o=n[r+1],c=n[s],l=n[s+1];o<=t?l>t&&Kv(a,o,c,l,e,t)>0&&i++:l<=t&&Kv(a,o,c,l,e,t)<0&&i--,s=r}return i!==0},n0=n=>typeof n=="string"||n instanceof String,CC=n=>Number.isInteger(n)&&n>=0&&n<=255,gx=n=>Array.isArray(n)&&n.every(CC),RC=n=>n.length===3&&(Bd(n)||gx(n)),IC=n=>n.length===4&&(Bd(n)||gx(n)),Oa=n=>Array.isArray(n)&&n.length>0&&(Array.isArray(n[0])||n0(n[0])),PC=(n,e)=>!(Array.isArray(n)&&Array.isArray(e))||n.length!==e.length?!1:n.length===0?!0:Array.isArray(n[0])&&Array.isArray(e[0])?n.every(([t,i,r,s],a)=>{let[o,c,l,u]=e[a];return t===o&&i===c&&r===l&&s===u}):!1,fu=(n,e)=>n>e?n:e,Jv=(n,e)=>n<e?n:e,Yi=(n,e)=>{if(IC(n)){let t=Bd(n);return e&&t||!(e||t)?n:e&&!t?n.map(i=>i/255):n.map(i=>i*255)}if(RC(n)){let t=255**!e,i=Bd(n);return e&&i||!(e||i)?[...n,t]:e&&!i?[...n.map(r=>r/255),t]:[...n.map(r=>r*255),t]}return AC(n)?MC(n,e):(console.warn("Only HEX, RGB, and RGBA are handled by this function. Returning white instead."),e?[1,1,1,1]:[255,255,255,255])},LC=n=>Object.entries(n).reduce((e,[t,i])=>(e[i]?e[i]=[...e[i],t]:e[i]=t,e),{}),Qv=n=>.21*n[0]+.72*n[1]+.07*n[2],DC=(n,e,t)=>Math.min(t,Math.max(e,n)),NC=n=>new Promise((e,t)=>{if(!n||Array.isArray(n))e(n);else{let i=Array.isArray(n.x)||ArrayBuffer.isView(n.x)?n.x.length:0,r=(Array.isArray(n.x)||ArrayBuffer.isView(n.x))&&(d=>n.x[d]),s=(Array.isArray(n.y)||ArrayBuffer.isView(n.y))&&(d=>n.y[d]),a=(Array.isArray(n.line)||ArrayBuffer.isView(n.line))&&(d=>n.line[d]),o=(Array.isArray(n.lineOrder)||ArrayBuffer.isView(n.lineOrder))&&(d=>n.lineOrder[d]),c=Object.keys(n),l=(()=>{let d=c.find(h=>ux.has(h));return d&&(Array.isArray(n[d])||ArrayBuffer.isView(n[d]))&&(h=>n[d][h])})(),u=(()=>{let d=c.find(h=>hx.has(h));return d&&(Array.isArray(n[d])||ArrayBuffer.isView(n[d]))&&(h=>n[d][h])})();r&&s&&l&&u&&a&&o?e(n.x.map((d,h)=>[d,s(h),l(h),u(h),a(h),o(h)])):r&&s&&l&&u&&a?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h),u(h),a(h)])):r&&s&&l&&u?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h),u(h)])):r&&s&&l?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h)])):r&&s?e(Array.from({length:i},(d,h)=>[r(h),s(h)])):t(new Error("You need to specify at least x and y"))}}),OC=n=>Number.isFinite(n.y)&&!("x"in n),FC=n=>Number.isFinite(n.x)&&!("y"in n),UC=n=>Number.isFinite(n.x)&&Number.isFinite(n.y)&&Number.isFinite(n.width)&&Number.isFinite(n.height),BC=n=>Number.isFinite(n.x1)&&Number.isFinite(n.y1)&&Number.isFinite(n.x2)&&Number.isFinite(n.x2),zC=n=>"vertices"in n&&n.vertices.length>1,kC=n=>{if(!Array.isArray(n)||n.length<3)return!1;for(let e of n)if(!Array.isArray(e)||e.length!==2||typeof e[0]!="number"||typeof e[1]!="number")return!1;return!0},GC=n=>{let e=[...n],t=n.at(0),i=n.at(-1);return(t[0]!==i[0]||t[1]!==i[1])&&e.push(t),e},ex=n=>{let e=n.length;for(let t=1;t<e;t++){let i=n[t],r=t-1;for(;r>-1&&i<n[r];)n[r+1]=n[r],r--;n[r+1]=i}return n},VC=(n={})=>{let{regl:e,canvas:t=document.createElement("canvas"),gamma:i=Pw}=n,r=!1;e||(e=_C(t));let s=gC(e),a=[t.width,t.height],o=e.framebuffer({width:a[0],height:a[1],colorFormat:"rgba",colorType:"float"}),c=e({vert:`
      precision highp float;
      attribute vec2 xy;
      void main () {
        gl_Position = vec4(xy, 0, 1);
      }`,frag:`
      precision highp float;
      uniform vec2 srcRes;
      uniform sampler2D src;
      uniform float gamma;

      vec3 approxLinearToSRGB (vec3 rgb, float gamma) {
        return pow(clamp(rgb, vec3(0), vec3(1)), vec3(1.0 / gamma));
      }

      void main () {
        vec4 color = texture2D(src, gl_FragCoord.xy / srcRes);
        gl_FragColor = vec4(approxLinearToSRGB(color.rgb, gamma), color.a);
      }`,attributes:{xy:[-4,-4,4,-4,0,4]},uniforms:{src:()=>o,srcRes:()=>a,gamma:()=>i},count:3,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"one",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}}}),l=M=>{let C=M.getContext("2d");C.clearRect(0,0,M.width,M.height),C.drawImage(t,(t.width-M.width)/2,(t.height-M.height)/2,M.width,M.height,0,0,M.width,M.height)},u=(M,C)=>{e.clear(Wv),o.use(()=>{e.clear(Wv),M()}),c(),l(C)},d=()=>{e.poll()},h=new Set,m=M=>(h.add(M),()=>{h.delete(M)}),v=e.frame(()=>{let M=h.values(),C=M.next();for(;!C.done;)C.value(),C=M.next()}),S=(M,C)=>{let E=M===void 0?Math.min(window.innerWidth,window.screen.availWidth):M,U=C===void 0?Math.min(window.innerHeight,window.screen.availHeight):C;t.width=E*window.devicePixelRatio,t.height=U*window.devicePixelRatio,a[0]=t.width,a[1]=t.height,o.resize(...a)},g=()=>{S()};return n.canvas||(window.addEventListener("resize",g),window.addEventListener("orientationchange",g),S()),{get canvas(){return t},get regl(){return e},get gamma(){return i},set gamma(M){i=+M},get isSupported(){return s},get isDestroyed(){return r},render:u,resize:S,onFrame:m,refresh:d,destroy:()=>{r=!0,window.removeEventListener("resize",g),window.removeEventListener("orientationchange",g),v.cancel(),t=void 0,e.destroy(),e=void 0}}},HC=function(){let e=(l,u,d,h,m)=>{let v=(h-u)*.5,S=(m-d)*.5;return(2*d-2*h+v+S)*l*l*l+(-3*d+3*h-2*v-S)*l*l+v*l+d},t=(l,u,d)=>{let h=d*l,m=Math.floor(h),v=h-m,S=u[Math.max(0,m-1)],g=u[m],_=u[Math.min(d,m+1)],M=u[Math.min(d,m+2)];return[e(v,S[0],g[0],_[0],M[0]),e(v,S[1],g[1],_[1],M[1])]},i=(l,u,d,h)=>(l-d)**2+(u-h)**2;let r=(l,u,d)=>{let h=u[0],m=u[1],v=d[0]-h,S=d[1]-m;if(v!==0||S!==0){let g=((l[0]-h)*v+(l[1]-m)*S)/(v*v+S*S);g>1?(h=d[0],m=d[1]):g>0&&(h+=v*g,m+=S*g)}return v=l[0]-h,S=l[1]-m,v*v+S*S};let s=(l,u,d,h,m)=>{let v=h,S;for(let g=u+1;g<d;g++){let _=r(l[g],l[u],l[d]);_>v&&(S=g,v=_)}v>h&&(S-u>1&&s(l,u,S,h,m),m.push(l[S]),d-S>1&&s(l,S,d,h,m))};let a=(l,u)=>{let d=l.length-1,h=[l[0]];return s(l,0,d,u,h),h.push(l[d]),h},o=(l,{maxIntPointsPerSegment:u=100,tolerance:d=.002}={})=>{let h=l.length,m=h-1,v=m*u+1,S=d**2,g=[],_;for(let M=0;M<h-1;M++){let C=[l[M].slice(0,2)];_=l[M];for(let E=1;E<u;E++){let U=(M*u+E)/v,N=t(U,l,m);i(_[0],_[1],N[0],N[1])>S&&(C.push(N),_=N)}C.push(l[M+1]),C=a(C,S),g=g.concat(C.slice(0,C.length-1))}return g.push(l[l.length-1].slice(0,2)),g.flat()},c=l=>{let u={},d=!Number.isNaN(+l[0][5]);return l.forEach(h=>{let m=h[4];u[m]||(u[m]=[]),d?u[m][h[5]]=h:u[m].push(h)}),Object.entries(u).forEach(h=>{u[h[0]]=h[1].filter(m=>m),u[h[0]].reference=h[1][0]}),u};self.onmessage=function(u){u.data.points&&+u.data.points.length||self.postMessage({error:new Error("No points provided")}),u.data.points;let h=c(u.data.points);self.postMessage({points:Object.entries(h).reduce((m,v)=>(m[v[0]]=o(v[1],u.data.options),m[v[0]].reference=v[1].reference,m),{})})}},WC=(n,e={tolerance:.002,maxIntPointsPerSegment:100})=>new Promise((t,i)=>{let r=IT(HC);r.onmessage=s=>{s.data.error?i(s.data.error):t(s.data.points),r.terminate()},r.postMessage({points:n,options:e})}),qg={showRecticle:{replacement:"showReticle",removalVersion:"2",translation:_s},recticleColor:{replacement:"reticleColor",removalVersion:"2",translation:_s},keyMap:{replacement:"actionKeyMap",removalVersion:"2",translation:LC}},Zg=n=>{let e=Object.keys(n).filter(t=>qg[t]);for(let t of e){let{replacement:i,removalVersion:r,translation:s}=qg[t];console.warn(`regl-scatterplot: the "${t}" property is deprecated and will be removed in v${r}. Please use "${i}" instead.`),n[qg[t].replacement]=n[t]!==fx?s(n[t]):n[t],delete n[t]}return n},Pr=(n,e,{allowSegment:t=!1,allowDensity:i=!1,allowInherit:r=!1}={})=>ux.has(n)?"valueZ":hx.has(n)?"valueW":n==="segment"?t?"segment":e:n==="density"?i?"density":e:n==="inherit"&&r?"inherit":e,jg=n=>{switch(n){case"valueZ":return 2;case"valueW":return 3;default:return null}},_x=(n={})=>{let e=Ov({async:!n.syncEvents,caseInsensitive:!0}),t=new Float32Array(16),i=new Float32Array(16),r=[0,0];Zg(n);let{renderer:s,antiAliasing:a=S1,pixelAligned:o=b1,backgroundColor:c=Zw,backgroundImage:l=o1,canvas:u=document.createElement("canvas"),colorBy:d=hu,deselectOnDblClick:h=u1,deselectOnEscape:m=h1,lassoColor:v=_w,lassoLineWidth:S=vw,lassoMinDelay:g=yw,lassoMinDist:_=Sw,lassoClearEvent:M=bw,lassoInitiator:C=xw,lassoInitiatorParentElement:E=document.body,lassoLongPressIndicatorParentElement:U=document.body,lassoOnLongPress:N=Mw,lassoLongPressTime:x=Id,lassoLongPressAfterEffectTime:T=Pd,lassoLongPressEffectDelay:Z=Ld,lassoLongPressRevertEffectTime:X=Dd,lassoType:$=M1,lassoBrushSize:re=Ew,actionKeyMap:pe=ww,mouseMode:G=pw,showReticle:_e=l1,reticleColor:xe=c1,pointColor:ne=Yw,pointColorActive:Le=$w,pointColorHover:de=qw,showPointConnections:Re=f1,pointConnectionColor:ie=jw,pointConnectionColorActive:Ze=Kw,pointConnectionColorHover:Ft=Jw,pointConnectionColorBy:Me=kg,pointConnectionOpacity:We=zw,pointConnectionOpacityBy:At=Bg,pointConnectionOpacityActive:Wt=kw,pointConnectionSize:tt=Uw,pointConnectionSizeActive:Qt=Bw,pointConnectionSizeBy:Rn=Ug,pointConnectionMaxIntPointsPerSegment:Zt=d1,pointConnectionTolerance:Cn=p1,pointSize:pt=Dw,pointSizeSelected:Dt=Nw,pointSizeMouseDetection:nn=m1,pointOutlineWidth:Vt=Ow,opacity:on=gs,opacityBy:rn=zg,opacityByDensityFill:ui=Vw,opacityInactiveMax:Wn=Ww,opacityInactiveScale:w=Xw,sizeBy:ei=Fg,pointOrder:Jn=Fw,pointScaleMode:j=Lw,height:kn=Iw,width:_n=Rw,annotationLineColor:Ln=Qw,annotationLineWidth:Qe=e1,annotationHVLineLimit:gt=t1,cameraIsFixed:Bt=y1}=n,Kt=_n===gs?1:_n,D=kn===gs?1:kn,{performanceMode:y=g1,opacityByDensityDebounceTime:se=Hw,spatialIndexUseWorker:Ye=x1}=n,Ne=!!(n.renderPointsAsSquares||y),ct=!!(n.disableAlphaBlending||y);G=$g(Xv,Rd)(G),s||(s=VC({regl:n.regl,gamma:n.gamma})),c=Yi(c,!0),v=Yi(v,!0),xe=Yi(xe,!0);let ut=!1,Te=!1,De=Qv(c),Ae,O,ue,oe=!1,Ie=null,Fe=[0,0],Be=-1,et=[],kt=new Set,ze=new Set,Rt=!1,$t=new Set,it=[],un=0,qn=0,An=!1,Dr=[],vs,xs,ys=n.aspectRatio||Cw,Xs,ki,or,$i,Gi,Zr,jr,Kr,Nr,Jr,Qr,es,Fa=!1,Gn=!0,Or=!1,Ss;ne=Oa(ne)?[...ne]:[ne],Le=Oa(Le)?[...Le]:[Le],de=Oa(de)?[...de]:[de],ne=ne.map(f=>Yi(f,!0)),Le=Le.map(f=>Yi(f,!0)),de=de.map(f=>Yi(f,!0)),on=!Array.isArray(on)&&Number.isNaN(+on)?ne[0][3]:on,on=Da(on,Na,{minLength:1})?[...on]:[on],pt=Da(pt,Na,{minLength:1})?[...pt]:[pt];let b=Og/pt[0];ie==="inherit"?ie=[...ne]:(ie=Oa(ie)?[...ie]:[ie],ie=ie.map(f=>Yi(f,!0))),Ze==="inherit"?Ze=[...Le]:(Ze=Oa(Ze)?[...Ze]:[Ze],Ze=Ze.map(f=>Yi(f,!0))),Ft==="inherit"?Ft=[...de]:(Ft=Oa(Ft)?[...Ft]:[Ft],Ft=Ft.map(f=>Yi(f,!0))),We==="inherit"?We=[...on]:We=Da(We,Na,{minLength:1})?[...We]:[We],tt==="inherit"?tt=[...pt]:tt=Da(tt,Na,{minLength:1})?[...tt]:[tt],d=Pr(d,hu),rn=Pr(rn,zg,{allowDensity:!0}),ei=Pr(ei,Fg),Me=Pr(Me,kg,{allowSegment:!0,allowInherit:!0}),At=Pr(At,Bg,{allowSegment:!0}),Rn=Pr(Rn,Ug,{allowSegment:!0});let Y,ye,ce,ge,ht=0,Ht=0,ft,Ut,qt,sn=null,pn=null,Gt,Tn,Zn,Bn,On=!1,oi=null,Xt,Vn,vn=_e,xi,ri=0,zi,Di=0,qi=!1,dn=!1,ti=!1,yi=!1,zn=mu,jn=mu,Xn,Fr=!1,Ni=n.xScale||null,mi=n.yScale||null,Ua=0,Ba=0,lr=0,za=0;Ni&&(Ua=Ni.domain()[0],Ba=Ni.domain()[1]-Ni.domain()[0],Ni.range([0,Kt])),mi&&(lr=mi.domain()[0],za=mi.domain()[1]-mi.domain()[0],mi.range([D,0]));let xu=f=>-1+f/Kt*2,ka=f=>1+f/D*-2,Tl=()=>[xu(r[0]),ka(r[1])],xr=(f,P)=>{let J=[f,P,1,1],Se=Kg(t,er(t,Xs,er(t,Ae.view,or)));return du(J,J,Se),J.slice(0,2)},wl=(f=0)=>{let P=Br(),Se=(Qr[1]-es[1])/u.height;return(Nr*P+f)*Se},Cl=()=>Rt?it.filter((f,P)=>$t.has(P)):it,Ga=(f,P,J,Se)=>{let He=vs.range(f,P,J,Se);return Rt?He.filter(Mt=>$t.has(Mt)):He},_o=()=>{let[f,P]=Tl(),[J,Se]=xr(f,P),He=wl(4),Mt=Ga(J-He,Se-He,J+He,Se+He),wt=He,yt=-1;for(let rt of Mt){let[fn,hi]=it[rt],gi=Yg(fn,hi,J,Se);gi<wt&&(wt=gi,yt=rt)}return yt},ts=(f,P)=>{Dr=f,O.setPoints(P),e.publish("lassoExtend",{coordinates:f})},vo=f=>{let P=vC(f);if(!xC(P))return[];let J=Ga(...P),Se=[];for(let He of J)wC(f,it[He])&&Se.push(He);return Se},Va=()=>{Dr=[],O&&O.clear()},Ys=f=>f&&f.length>4,bs=(f,P)=>{if(Zr||!Re||!Ys(it[f[0]]))return;let J=P===0,Se=P===1?yt=>ze.add(yt):_s,He=Object.keys(f.reduce((yt,rt)=>{let fn=it[rt],gi=Array.isArray(fn[4])?fn[4][0]:fn[4];return yt[gi]=!0,yt},{})),Mt=$i.getData().opacities,wt=He.filter(yt=>!ze.has(+yt));for(let yt of wt){let rt=Gi[yt][0],fn=Gi[yt][2],hi=Gi[yt][3],gi=rt*4+hi*2,Cs=gi+fn*2+4;Mt.__original__===void 0&&(Mt.__original__=Mt.slice());for(let br=gi;br<Cs;br++)Mt[br]=J?Mt.__original__[br]:Wt;Se(yt)}$i.getBuffer().opacities.subdata(Mt,0)},Ms=f=>[f%ht/ht+Ht,Math.floor(f/ht)/ht+Ht],Xd=f=>Rt&&!$t.has(f),xo=({preventEvent:f=!1}={})=>{M===t0&&Va(),et.length>0&&(f||e.publish("deselect"),ze.clear(),bs(et,0),et=[],kt.clear(),Gn=!0)},Yd=f=>{if(!(Ni&&mi))return console.warn("xScale and yScale must be defined for programmatic lasso selection"),null;let P=[];for(let[J,Se]of f){let He=(J-Ua)/Ba,Mt=(Se-lr)/za,wt=He*2-1,yt=Mt*2-1,[rt,fn]=xr(wt,yt);P.push(rt,fn)}return P},$s=(f,{merge:P=!1,remove:J=!1,preventEvent:Se=!1}={})=>{let He=Array.isArray(f)?f:[f],Mt=[...et];if(P){if(et=TT(et,He),Mt.length===et.length){Gn=!0;return}}else if(J){let yt=new Set(He);if(et=et.filter(rt=>!yt.has(rt)),Mt.length===et.length){Gn=!0;return}}else{if(et?.length>0&&bs(et,0),Mt.length>0&&He.length===0){xo({preventEvent:Se});return}et=He}if(Ig(Mt,et)){Gn=!0;return}let wt=[];kt.clear(),ze.clear();for(let yt=et.length-1;yt>=0;yt--){let rt=et[yt];if(rt<0||rt>=un||Xd(rt)){et.splice(yt,1);continue}kt.add(rt),wt.push.apply(wt,Ms(rt))}Ut({usage:"dynamic",type:"float",data:wt}),bs(et,1),Se||e.publish("select",{points:et}),Gn=!0},$d=(f,{merge:P=!1,remove:J=!1,isGl:Se=!1}={})=>{if(!kC(f))throw new Error("Lasso selection requires at least 3 vertices as [x, y] coordinate pairs");let He=GC(f),Mt,wt;if(Se)Mt=He,wt=He.flat();else{if(wt=Yd(He),!wt)throw new Error("xScale and yScale must be defined to convert lasso vertices from data space to GL space");Mt=[];for(let yt=0;yt<wt.length;yt+=2)Mt.push([wt[yt],wt[yt+1]])}qs(Mt,wt,{merge:P,remove:J})},tr=(f,{showReticleOnce:P=!1,preventEvent:J=!1}={})=>{let Se=!1;if(!(Rt&&!$t.has(f))&&f>=0&&f<un){Se=!0;let Mt=Xn,wt=f!==Xn;+Mt>=0&&wt&&!kt.has(Mt)&&bs([Mt],0),Xn=f,qt.subdata(Ms(f)),kt.has(f)||bs([f],2),wt&&!J&&e.publish("pointover",Xn)}else Se=+Xn>=0,Se&&(kt.has(Xn)||bs([Xn],0),J||e.publish("pointout",Xn)),Xn=void 0;Se&&(Gn=!0,Or=P)},Rl=f=>{let P=u.getBoundingClientRect();return r[0]=f.clientX-P.left,r[1]=f.clientY-P.top,[...r]},qd=()=>{Ae.config({isFixed:!0}),oe=!0,An=!0,Va(),Be>=0&&(clearTimeout(Be),Be=-1),e.publish("lassoStart")},qs=(f,P,{merge:J=!1,remove:Se=!1}={})=>{Ae.config({isFixed:Bt}),Dr=[...f];let He=vo(P);$s(He,{merge:J,remove:Se}),e.publish("lassoEnd",{coordinates:Dr}),M===r0&&Va()},ni=mx(u,{onStart:qd,onDraw:ts,onEnd:qs,enableInitiator:C,initiatorParentElement:E,longPressIndicatorParentElement:U,pointNorm:([f,P])=>xr(xu(f),ka(P)),minDelay:g,minDist:$==="brush"?Math.max(qv,_):_,type:$}),Zs=()=>G===ox,js=(f,P)=>{switch(pe[P]){case Ud:return f.altKey;case a0:return f.metaKey;case lx:return f.ctrlKey;case cx:return f.metaKey;case o0:return f.shiftKey;default:return!1}},Ks=f=>document.elementsFromPoint(f.clientX,f.clientY).some(P=>P===u),Il=f=>{!dn||f.buttons!==1||(oe=!0,Ie=performance.now(),Fe=Rl(f),An=Zs()||js(f,s0),!An&&N&&(ni.showLongPressIndicator(f.clientX,f.clientY,{time:x,extraTime:T,delay:Z}),Be=setTimeout(()=>{Be=-1,An=!0},x)))},Ur=f=>{dn&&(oe=!1,Be>=0&&(clearTimeout(Be),Be=-1),An&&(f.preventDefault(),An=!1,ni.end({merge:js(f,Od),remove:js(f,Fd)})),N&&ni.hideLongPressIndicator({time:X}))},yo=f=>{if(!dn)return;f.preventDefault();let P=Rl(f);if(Yg(...P,...Fe)>=_)return;let J=performance.now()-Ie;if(!C||J<v1){let Se=_o();Se>=0?(et.length>0&&M===t0&&Va(),$s([Se],{merge:js(f,Od),remove:js(f,Fd)})):Jr||(Jr=setTimeout(()=>{Jr=null,ni.showInitiator(f)},_1))}},yu=f=>{ni.hideInitiator(),Jr&&(clearTimeout(Jr),Jr=null),h&&(f.preventDefault(),xo())},Su=f=>{if(yi||(Fr=Ks(f),yi=!0),!(dn&&(Fr||oe)))return;let P=Rl(f),Se=Yg(...P,...Fe)>=_;Fr&&!An&&tr(_o()),An?(f.preventDefault(),ni.extend(f,!0)):oe&&N&&Se&&ni.hideLongPressIndicator({time:X}),Be>=0&&Se&&(clearTimeout(Be),Be=-1),oe&&(Gn=!0)},bu=()=>{Xn=void 0,Fr=!1,yi=!1,dn&&(+Xn>=0&&!kt.has(Xn)&&bs([Xn],0),Ur(),Gn=!0)},So=()=>{let f=Math.max(pt.length,on.length);Di=Math.max(2,Math.ceil(Math.sqrt(f)));let P=new Float32Array(Di**2*4);for(let J=0;J<f;J++){P[J*4]=pt[J]||0,P[J*4+1]=Math.min(1,on[J]||0);let Se=Number((Le[J]||Le[0])[3]);P[J*4+2]=Math.min(1,Number.isNaN(Se)?1:Se);let He=Number((de[J]||de[0])[3]);P[J*4+3]=Math.min(1,Number.isNaN(He)?1:He)}return s.regl.texture({data:P,shape:[Di,Di,4],type:"float"})},Pl=(f=ne,P=Le,J=de)=>{let Se=f.length,He=P.length,Mt=J.length,wt=[];if(Se===He&&He===Mt)for(let yt=0;yt<Se;yt++)wt.push(f[yt],P[yt],J[yt],c);else for(let yt=0;yt<Se;yt++){let rt=[f[yt][0],f[yt][1],f[yt][2],1],fn=d===hu?P[0]:rt,hi=d===hu?J[0]:rt;wt.push(f[yt],fn,hi,c)}return wt},Ll=()=>{let f=Pl(),P=f.length;ri=Math.max(2,Math.ceil(Math.sqrt(P)));let J=new Float32Array(ri**2*4);return f.forEach((Se,He)=>{J[He*4]=Se[0],J[He*4+1]=Se[1],J[He*4+2]=Se[2],J[He*4+3]=Se[3]}),s.regl.texture({data:J,shape:[ri,ri,4],type:"float"})},Mu=(f,P)=>{ki[0]=f/xs,ki[5]=P},Qn=()=>{xs=Kt/D,Xs=wd([],[1/xs,1,1]),ki=wd([],[1/xs,1,1]),or=wd([],[ys,1,1])},Eu=f=>{+f<=0||(ys=f)},Dl=(f,P)=>J=>{if(!J||J.length===0)return;let He=[...f()],Mt=Oa(J)?J:[J];if(Mt=Mt.map(wt=>Yi(wt,!0)),!PC(He,Mt)){xi&&xi.destroy();try{P(Mt),xi=Ll()}catch{console.error("Invalid colors. Switching back to default colors."),P(He),xi=Ll()}}},yr=Dl(()=>ne,f=>{ne=f}),Nl=Dl(()=>Le,f=>{Le=f}),bo=Dl(()=>de,f=>{de=f}),Es=()=>{let f=xr(-1,-1),P=xr(1,1),J=(f[0]+1)/2,Se=(P[0]+1)/2,He=(f[1]+1)/2,Mt=(P[1]+1)/2,wt=[Ua+J*Ba,Ua+Se*Ba],yt=[lr+He*za,lr+Mt*za];return[wt,yt]},Sr=()=>{if(!(Ni||mi))return;let[f,P]=Es();Ni&&Ni.domain(f),mi&&mi.domain(P)},Js=(f,P)=>{D=Math.max(1,f),u.height=Math.floor(D*window.devicePixelRatio),mi&&(mi.range([D,0]),P||Sr())},As=f=>{if(f===gs){kn=f,u.style.height="100%",window.requestAnimationFrame(()=>{u&&Js(u.getBoundingClientRect().height)});return}!+f||+f<=0||(kn=+f,Js(kn),u.style.height=`${kn}px`)},Qs=()=>{Nr=nn,nn===gs&&(Nr=Array.isArray(pt)?AT(pt):pt)},Mo=f=>{let P=Array.isArray(pt)?[...pt]:pt;Da(f,Na,{minLength:1})?pt=[...f]:Td(+f)&&(pt=[+f]),!(P===pt||Ig(P,pt))&&(zi&&zi.destroy(),b=Og/pt[0],zi=So(),Qs())},Ol=f=>{!+f||+f<0||(Dt=+f)},Au=f=>{!+f||+f<0||(Vt=+f)},Fl=(f,P)=>{Kt=Math.max(1,f),u.width=Math.floor(Kt*window.devicePixelRatio),Ni&&(Ni.range([0,Kt]),P||Sr())},Ul=f=>{if(f===gs){_n=f,u.style.width="100%",window.requestAnimationFrame(()=>{u&&Fl(u.getBoundingClientRect().width)});return}!+f||+f<=0||(_n=+f,Fl(_n),u.style.width=`${Kt}px`)},Zd=f=>{let P=Array.isArray(on)?[...on]:on;Da(f,Na,{minLength:1})?on=[...f]:Td(+f)&&(on=[+f]),!(P===on||Ig(P,on))&&(zi&&zi.destroy(),zi=So())},Bl=f=>{switch(f){case"valueZ":return zn;case"valueW":return jn;default:return null}},Ha=(f,P)=>f===ms?J=>Math.round(J*(P.length-1)):_s,Eo=f=>{d=Pr(f,hu)},zl=f=>{rn=Pr(f,zg,{allowDensity:!0})},kl=f=>{ei=Pr(f,Fg)},ea=f=>{if(f==null)Jn=null;else if(Array.isArray(f))Jn=f;else return;if(dn)if(is(),Rt){let P=[];if(sn!==null)for(let J=0;J<sn.length;J++)$t.has(sn[J])&&P.push.apply(P,Ms(sn[J]));else{let J=ex([...$t]);for(let Se of J)P.push.apply(P,Ms(Se))}ft.subdata(P)}else ft.subdata(Io(un))},Gl=f=>{Me=Pr(f,kg,{allowSegment:!0,allowInherit:!0})},Vl=f=>{At=Pr(f,Bg,{allowSegment:!0})},Hl=f=>{Rn=Pr(f,Ug,{allowSegment:!0})},Wl=()=>a,Tu=()=>[u.width,u.height],wu=()=>l,Cu=()=>xi,Ru=()=>ri,Iu=()=>.5/ri,Pu=()=>window.devicePixelRatio,Lu=()=>ft,Ao=()=>Ut,ta=()=>zi,Xl=()=>Di,Yl=()=>.5/Di,na=()=>0,jd=()=>ce||Y,Kd=()=>ht,Jd=()=>.5/ht,Wa=()=>ki,$l=()=>Ae.view,ql=()=>or,Zl=()=>er(i,ki,er(i,Ae.view,or)),To=()=>window.devicePixelRatio,Du=()=>fu(b,Ae.scaling[0])*window.devicePixelRatio,wo=()=>Ae.scaling[0]>1?Math.asinh(fu(1,Ae.scaling[0]))/Math.asinh(1)*window.devicePixelRatio:fu(b,Ae.scaling[0])*window.devicePixelRatio,Br=wo;j==="linear"?Br=Du:j==="constant"&&(Br=To);let jl=()=>Rt?$t.size:un,Ts=()=>et.length,Qd=()=>Ts()>0?Wn:1,Co=()=>Ts()>0?w:1,ep=()=>+(d==="valueZ"),tp=()=>+(d==="valueW"),np=()=>+(rn==="valueZ"),ip=()=>+(rn==="valueW"),rp=()=>+(rn==="density"),sp=()=>+(ei==="valueZ"),ap=()=>+(ei==="valueW"),Nu=()=>+o,Xa=()=>d==="valueZ"?zn===ms?ne.length-1:1:jn===ms?ne.length-1:1,op=()=>rn==="valueZ"?zn===ms?on.length-1:1:jn===ms?on.length-1:1,Ro=()=>ei==="valueZ"?zn===ms?pt.length-1:1:jn===ms?pt.length-1:1,nr=f=>{if(rn!=="density")return 1;let P=Br(),J=pt[0]*P,Se=2/(2/Ae.view[0])*(2/(2/Ae.view[5])),He=f.viewportHeight,Mt=f.viewportWidth,wt=ui*Mt*He/(qn*J*J)*Jv(1,Se);wt*=Ne?1:1/(.25*Math.PI);let yt=fu(Og,J)+.5;return wt*=(J/yt)**2,Jv(1,fu(0,wt))},ia=s.regl({framebuffer:()=>ge,vert:mC,frag:pC,attributes:{position:[-4,0,4,4,4,-4]},uniforms:{startStateTex:()=>ye,endStateTex:()=>Y,t:(f,P)=>P.t},count:3}),ns=(f,P,J,Se=uw,He=Qd,Mt=Co)=>s.regl({frag:Ne?dC:hC,vert:fC(Se),blend:{enable:!ct,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},depth:{enable:!1},attributes:{stateIndex:{buffer:J,size:2}},uniforms:{antiAliasing:Wl,resolution:Tu,modelViewProjection:Zl,devicePixelRatio:Pu,pointScale:()=>Br(),encodingTex:ta,encodingTexRes:Xl,encodingTexEps:Yl,pointOpacityMax:He,pointOpacityScale:Mt,pointSizeExtra:f,globalState:Se,colorTex:Cu,colorTexRes:Ru,colorTexEps:Iu,stateTex:jd,stateTexRes:Kd,stateTexEps:Jd,isColoredByZ:ep,isColoredByW:tp,isOpacityByZ:np,isOpacityByW:ip,isOpacityByDensity:rp,isSizedByZ:sp,isSizedByW:ap,isPixelAligned:Nu,colorMultiplicator:Xa,opacityMultiplicator:op,opacityDensity:nr,sizeMultiplicator:Ro,numColorStates:fw,drawingBufferWidth:wt=>wt.drawingBufferWidth,drawingBufferHeight:wt=>wt.drawingBufferHeight},count:P,primitive:"points"}),Ou=ns(na,jl,Lu),Fu=ns(na,()=>1,()=>qt,hw,()=>1,()=>1),Uu=ns(()=>(Dt+Vt*2)*window.devicePixelRatio,Ts,Ao,Ng,()=>1,()=>1),Bu=ns(()=>(Dt+Vt)*window.devicePixelRatio,Ts,Ao,Hv,()=>1,()=>1),zu=ns(()=>Dt*window.devicePixelRatio,Ts,Ao,Ng,()=>1,()=>1),lp=()=>{Uu(),Bu(),zu()},ra=s.regl({frag:lw,vert:cw,attributes:{position:[0,1,0,0,1,0,0,1,1,1,1,0]},uniforms:{modelViewProjection:Zl,texture:wu},count:6}),Ai=s.regl({vert:`
      precision mediump float;
      uniform mat4 modelViewProjection;
      attribute vec2 position;
      void main () {
        gl_Position = modelViewProjection * vec4(position, 0, 1);
      }`,frag:`
      precision mediump float;
      uniform vec4 color;
      void main () {
        gl_FragColor = vec4(color.rgb, 0.2);
      }`,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},attributes:{position:()=>Dr},uniforms:{modelViewProjection:Zl,color:()=>v},elements:()=>GT(O.getPoints())}),ku=()=>{if(!(Xn>=0))return;let[f,P]=it[Xn].slice(0,2),J=[f,P,0,1];er(t,ki,er(t,Ae.view,or)),du(J,J,t),jr.setPoints([-1,J[1],1,J[1]]),Kr.setPoints([J[0],1,J[0],-1]),jr.draw(),Kr.draw(),ns(()=>(Dt+Vt*2)*window.devicePixelRatio,()=>1,qt,Ng)(),ns(()=>(Dt+Vt)*window.devicePixelRatio,()=>1,qt,Hv)()},Gu=f=>{let P=new Float32Array(f*2),J=0;for(let Se=0;Se<f;++Se){let He=Ms(Se);P[J]=He[0],P[J+1]=He[1],J+=2}return P},is=()=>{if(Jn===null){sn=null,pn=null;return}let f=new Set,P=[];for(let Se=0;Se<Jn.length;Se++){let He=Jn[Se];Number.isFinite(He)&&He>=0&&He<un&&!f.has(He)&&(P.push(He),f.add(He))}for(let Se=0;Se<un;Se++)f.has(Se)||P.push(Se);sn=P,pn=new Float32Array(P.length*2);let J=0;for(let Se=0;Se<P.length;Se++){let He=Ms(P[Se]);pn[J]=He[0],pn[J+1]=He[1],J+=2}},Io=f=>pn!==null?pn:Gu(f),Kl=(f,P={})=>{let J=f.length;ht=Math.max(2,Math.ceil(Math.sqrt(J))),Ht=.5/ht;let Se=new Float32Array(ht**2*4),He=!0,Mt=!0,wt=0,yt=0,rt=0;for(let fn=0;fn<J;++fn)wt=fn*4,Se[wt]=f[fn][0],Se[wt+1]=f[fn][1],yt=f[fn][2]||0,rt=f[fn][3]||0,Se[wt+2]=yt,Se[wt+3]=rt,He&&(He=Number.isInteger(yt)),Mt&&(Mt=Number.isInteger(rt));return P.z&&$v.includes(P.z)?zn=P.z:zn=He?mu:ms,P.w&&$v.includes(P.w)?jn=P.w:jn=Mt?mu:ms,s.regl.texture({data:Se,shape:[ht,ht,4],type:"float"})},cp=(f,P={})=>{if(!Y)return!1;if(On){let J=ye;ye=ce,J.destroy()}else ye=Y;return ce=Kl(f,P),ge=s.regl.framebuffer({color:ce,depth:!1,stencil:!1}),Y=void 0,!0},up=()=>!!(ye&&ce),hp=()=>{ye&&(ye.destroy(),ye=void 0),ce&&(ce.destroy(),ce=void 0)},Vu=(f,P={})=>new Promise(J=>{dn=!1;let Se=P?.preventFilterReset&&f.length===un,He=un;un=f.length,qn=un,He>0&&un!==He&&(Jn=null,sn=null,pn=null),Y&&Y.destroy(),Y=Kl(f,{z:P.zDataType,w:P.wDataType}),Se||(is(),ft({usage:"static",type:"float",data:Io(un)})),C1(P.spatialIndex||f,{useWorker:Ye}).then(Mt=>{vs=Mt,it=f,dn=!0}).then(J)}),Po=(f,P)=>{Gt=Ae.target,Tn=f,Zn=Ae.distance[0],Bn=P},Hu=()=>Gt!==void 0&&Tn!==void 0&&Zn!==void 0&&Bn!==void 0,fp=()=>{Gt=void 0,Tn=void 0,Zn=void 0,Bn=void 0},Wu=f=>{let P=Me==="inherit"?d:Me;if(P==="segment"){let J=ie.length-1;return J<1?[]:f.reduce((Se,He,Mt)=>{let wt=0,yt=[];for(let fn=2;fn<He.length;fn+=2){let hi=Math.sqrt((He[fn-2]-He[fn])**2+(He[fn-1]-He[fn+1])**2);yt.push(hi),wt+=hi}Se[Mt]=[0];let rt=0;for(let fn=0;fn<He.length/2-1;fn++)rt+=yt[fn],Se[Mt].push(Math.floor(rt/wt*J)*4);return Se},[])}if(P){let J=jg(P),Se=Ha(Bl(P),Me==="inherit"?ne:ie);return Gi.reduce((He,[Mt,wt])=>(He[Mt]=Se(wt[J])*4,He),[])}return new Array(Gi.length).fill(0)},Xu=()=>{let f=At==="inherit"?rn:At;if(f==="segment"){let P=We.length-1;return P<1?[]:Gi.reduce((J,[Se,He,Mt])=>(J[Se]=Uv(Mt,wt=>We[Math.floor(wt/(Mt-1)*P)]),J),[])}if(f){let P=jg(f),J=At==="inherit"?on:We,Se=Ha(Bl(f),J);return Gi.reduce((He,[Mt,wt])=>(He[Mt]=J[Se(wt[P])],He),[])}},dp=()=>{let f=Rn==="inherit"?ei:Rn;if(f==="segment"){let P=tt.length-1;return P<1?[]:Gi.reduce((J,[Se,He,Mt])=>(J[Se]=Uv(Mt,wt=>tt[Math.floor(wt/(Mt-1)*P)]),J),[])}if(f){let P=jg(f),J=Rn==="inherit"?pt:tt,Se=Ha(Bl(f),J);return Gi.reduce((He,[Mt,wt])=>(He[Mt]=J[Se(wt[P])],He),[])}},Lo=f=>{Gi=[];let P=0;Object.keys(f).forEach((J,Se)=>{Gi[J]=[Se,f[J].reference,f[J].length/2,P],P+=f[J].length/2})},Ya=f=>new Promise(P=>{$i.setPoints([]),f?.length>0?(Zr=!0,WC(f,{maxIntPointsPerSegment:Zt,tolerance:Cn}).then(J=>{Lo(J);let Se=Object.values(J);$i.setPoints(Se.length===1?Se[0]:Se,{colorIndices:Wu(Se),opacities:Xu(),widths:dp()}),Zr=!1,P()})):P()}),rs=({preventEvent:f=!1}={})=>(Rt=!1,$t.clear(),ft.subdata(Io(un)),new Promise(P=>{let J=()=>{e.subscribe("draw",()=>{f||e.publish("unfilter"),P()},1),Gn=!0};Re||Ys(it[0])?Ya(Cl()).then(()=>{f||e.publish("pointConnectionsDraw"),J()}):J()})),$a=(f,{preventEvent:P=!1}={})=>{Rt=!0,$t.clear();let J=Array.isArray(f)?f:[f],Se=[],He=[],Mt=[];for(let yt of J)!Number.isFinite(yt)||yt<0||yt>=un||(Se.push(yt),$t.add(yt),kt.has(yt)&&Mt.push(yt));let wt;if(sn!==null){wt=[];for(let yt=0;yt<sn.length;yt++)$t.has(sn[yt])&&wt.push(sn[yt])}else wt=ex([...Se]);for(let yt of wt)He.push.apply(He,Ms(yt));return ft.subdata(He),$s(Mt,{preventEvent:P}),$t.has(Xn)||tr(-1,{preventEvent:P}),new Promise(yt=>{let rt=()=>{e.subscribe("draw",()=>{P||e.publish("filter",{points:Se}),yt()},1),Gn=!0};Re||Ys(it[0])?Ya(Cl()).then(()=>{P||e.publish("pointConnectionsDraw"),$s(Mt,{preventEvent:P}),rt()}):rt()})},Jl=()=>Ga(es[0],es[1],Qr[0],Qr[1]),Yu=ix(()=>{qn=Jl().length},se),$u=f=>{let[P,J]=Gt,[Se,He]=Tn,Mt=1-f,wt=P*Mt+Se*f,yt=J*Mt+He*f,rt=Zn*Mt+Bn*f;Ae.lookAt([wt,yt],rt)},qu=()=>up(),Zu=()=>Hu(),ju=(f,P)=>{oi||(oi=performance.now());let J=performance.now()-oi,Se=DC(P(J/f),0,1);return qu()&&ia({t:Se}),Zu()&&$u(Se),J<f},Ku=()=>{On=!1,oi=null,Xt=void 0,Vn=void 0,_e=vn,hp(),fp(),e.publish("transitionEnd")},Do=({duration:f=500,easing:P=Yv})=>{On&&e.publish("transitionEnd"),On=!0,oi=null,Xt=f,Vn=n0(P)?mw[P]||Yv:P,vn=_e,_e=!1,e.publish("transitionStart")},cr=(f,P={})=>Te?Promise.reject(new Error(Gg)):ut?Promise.reject(new Error(E1)):(ut=!0,NC(f).then(J=>new Promise(Se=>{if(Te){Se();return}let He=!1;(!P.preventFilterReset||J?.length!==un)&&(Rt=!1,$t.clear());let Mt=J&&Ys(J[0])&&(Re||P.showPointConnectionsOnce),{zDataType:wt,wDataType:yt}=P;new Promise(rt=>{J?(P.transition&&(J.length===un?He=cp(J,{z:wt,w:yt}):console.warn("Cannot transition! The number of points between the previous and current draw call must be identical.")),Vu(J,{zDataType:wt,wDataType:yt,preventFilterReset:P.preventFilterReset,spatialIndex:P.spatialIndex}).then(()=>{P.hover!==void 0&&tr(P.hover,{preventEvent:!0}),P.select!==void 0&&$s(P.select,{preventEvent:!0}),P.filter!==void 0&&$a(P.filter,{preventEvent:!0}),Mt?Ya(J).then(()=>{e.publish("pointConnectionsDraw"),Gn=!0,Or=P.showReticleOnce}).then(()=>Se()):rt()})):rt()}).then(()=>{P.transition&&He?(Mt?Promise.all([new Promise(rt=>{e.subscribe("transitionEnd",()=>{Gn=!0,Or=P.showReticleOnce,rt()},1)}),new Promise(rt=>{e.subscribe("pointConnectionsDraw",rt,1)})]).then(()=>Se()):e.subscribe("transitionEnd",()=>{Gn=!0,Or=P.showReticleOnce,Se()},1),Do({duration:P.transitionDuration,easing:P.transitionEasing})):(Mt?Promise.all([new Promise(rt=>{e.subscribe("draw",rt,1)}),new Promise(rt=>{e.subscribe("pointConnectionsDraw",rt,1)})]).then(()=>Se()):e.subscribe("draw",()=>Se(),1),Gn=!0,Or=P.showReticleOnce)})}).finally(()=>{ut=!1}))),Ql=f=>Te?Promise.reject(new Gg):(ti=!1,f.length===0?new Promise(P=>{ue.clear(),e.subscribe("draw",P,1),ti=!0,Gn=!0}):new Promise(P=>{let J=[],Se=new Map,He=[],Mt=[],wt=-1,yt=rt=>{Mt.push(rt.lineWidth||Qe);let fn=Yi(rt.lineColor||Ln,!0),hi=`[${fn.join(",")}]`;if(Se.has(hi)){let{idx:gi}=Se.get(hi);He.push(gi)}else{let gi=++wt;Se.set(hi,{idx:gi,color:fn}),He.push(gi)}};for(let rt of f){if(OC(rt)){J.push([rt.x1??-gt,rt.y,rt.x2??gt,rt.y]),yt(rt);continue}if(FC(rt)){J.push([rt.x,rt.y1??-gt,rt.x,rt.y2??gt]),yt(rt);continue}if(BC(rt)){J.push([rt.x1,rt.y1,rt.x2,rt.y1,rt.x2,rt.y2,rt.x1,rt.y2,rt.x1,rt.y1]),yt(rt);continue}if(UC(rt)){J.push([rt.x,rt.y,rt.x+rt.width,rt.y,rt.x+rt.width,rt.y+rt.height,rt.x,rt.y+rt.height,rt.x,rt.y]),yt(rt);continue}zC(rt)&&(J.push(rt.vertices.flatMap(_s)),yt(rt))}ue.setStyle({color:Array.from(Se.values()).sort((rt,fn)=>rt.idx>fn.idx?1:-1).map(({color:rt})=>rt)}),ue.setPoints(J.length===1?J.flat():J,{colorIndices:He,widths:Mt}),e.subscribe("draw",P,1),ti=!0,Gn=!0})),qa=f=>(...P)=>{let J=f(...P);return Gn=!0,new Promise(Se=>{e.subscribe("draw",()=>Se(J),1)})},zr=f=>{let P=Number.POSITIVE_INFINITY,J=Number.NEGATIVE_INFINITY,Se=Number.POSITIVE_INFINITY,He=Number.NEGATIVE_INFINITY;for(let Mt of f){let[wt,yt]=it[Mt];P=Math.min(P,wt),J=Math.max(J,wt),Se=Math.min(Se,yt),He=Math.max(He,yt)}return{x:P,y:Se,width:J-P,height:He-Se}},No=(f,P={})=>new Promise(J=>{let Se=du([],[f.x+f.width/2,f.y+f.height/2,0,0],or).slice(0,2),He=2*Math.atan(1),Mt=xs/ys,wt=f.height*Mt>=f.width?f.height/2/Math.tan(He/2):f.width/2/Math.tan(He/2)/Mt;P.transition?(Ae.config({isFixed:!0}),Po(Se,wt),e.subscribe("transitionEnd",()=>{J(),Ae.config({isFixed:Bt})},1),Do({duration:P.transitionDuration,easing:P.transitionEasing})):(Ae.lookAt(Se,wt),e.subscribe("draw",J,1),Gn=!0)}),ws=(f,P={})=>{if(!dn)return Promise.reject(new Error(Zv));let J=zr(f),Se=J.x+J.width/2,He=J.y+J.height/2,Mt=wl(),wt=1+(P.padding||0),yt=Math.max(J.width,Mt)*wt,rt=Math.max(J.height,Mt)*wt,fn=Se-yt/2,hi=He-rt/2;return No({x:fn,y:hi,width:yt,height:rt},P)},Za=(f,P,J={})=>new Promise(Se=>{J.transition?(Ae.config({isFixed:!0}),Po(f,P),e.subscribe("transitionEnd",()=>{Se(),Ae.config({isFixed:Bt})},1),Do({duration:J.transitionDuration,easing:J.transitionEasing})):(Ae.lookAt(f,P),e.subscribe("draw",Se,1),Gn=!0)}),Ju=(f={})=>Za([0,0],1,f),Qu=f=>{if(!dn)throw new Error(Zv);let P=it[f];if(!P)return;let J=[P[0],P[1],0,1];er(t,Xs,er(t,Ae.view,or)),du(J,J,t);let Se=Kt*(J[0]+1)/2,He=D*(.5-J[1]/2);return[Se,He]},Oo=()=>{$i.setStyle({color:Pl(ie,Ze,Ft),opacity:We===null?null:We[0],width:tt[0]})},ec=()=>{let f=Math.round(De)>.5?0:255;ni.initiator.style.border=`1px dashed rgba(${f}, ${f}, ${f}, 0.33)`,ni.initiator.style.background=`rgba(${f}, ${f}, ${f}, 0.1)`},tc=()=>{let f=Math.round(De)>.5?0:255;ni.longPressIndicator.style.color=`rgb(${f}, ${f}, ${f})`,ni.longPressIndicator.dataset.color=`rgb(${f}, ${f}, ${f})`;let P=v.map(J=>Math.round(J*255));ni.longPressIndicator.dataset.activeColor=`rgb(${P[0]}, ${P[1]}, ${P[2]})`},mp=f=>{f&&(c=Yi(f,!0),De=Qv(c),ec(),tc())},gp=f=>{f?n0(f)?jv(s.regl,f).then(P=>{l=P,Gn=!0,e.publish("backgroundImageReady")}).catch(()=>{console.error(`Count not create texture from ${f}`),l=null}):f._reglType==="texture2d"?l=f:l=null:l=null},_p=f=>{f>0&&Ae.lookAt(Ae.target,f,Ae.rotation)},vp=f=>{f!==null&&Ae.lookAt(Ae.target,Ae.distance[0],f)},xp=f=>{f&&Ae.lookAt(f,Ae.distance[0],Ae.rotation)},eh=f=>{f&&Ae.setView(f)},yp=f=>{Bt=!!f,Ae.config({isFixed:Bt})},th=f=>{if(!f)return;v=Yi(f,!0),O.setStyle({color:v});let P=v.map(J=>Math.round(J*255));ni.longPressIndicator.dataset.activeColor=`rgb(${P[0]}, ${P[1]}, ${P[2]})`},nh=f=>{Number.isNaN(+f)||+f<1||(S=+f,O.setStyle({width:S}))},Sp=f=>{+f&&(g=+f,ni.set({minDelay:g}))},bp=f=>{+f&&(_=+f,ni.set({minDist:_}))},nc=f=>{M=$g(gw,M)(f)},Fo=f=>{C=!!f,ni.set({enableInitiator:C})},Mp=f=>{E=f,ni.set({initiatorParentElement:E})},Ep=f=>{U=f,ni.set({longPressIndicatorParentElement:U})},Ap=f=>{N=!!f},Tp=f=>{x=Number(f)},wp=f=>{T=Number(f)},ih=f=>{Z=Number(f)},Cp=f=>{X=Number(f)},Rp=f=>{f==="brush"?ni.set({type:f,minDist:Math.max(qv,_)}):ni.set({type:f,minDist:_}),$=ni.get("type")},Ip=f=>{re=Number(f)||re,ni.set({brushSize:re})},Pp=()=>{pe[Nd]?Ae.config({isRotate:!0,mouseDownMoveModKey:pe[Nd]}):Ae.config({isRotate:!1})},Lp=f=>{pe=Object.entries(f).reduce((P,[J,Se])=>(Tw.includes(Se)&&Aw.includes(J)&&(P[J]=Se),P),{}),Pp()},sa=f=>{G=$g(Xv,Rd)(f),Ae.config({defaultMouseDownMoveAction:G===e0?"rotate":"pan"})},Dp=f=>{f!==null&&(_e=f)},Np=f=>{f&&(xe=Yi(f,!0),jr.setStyle({color:xe}),Kr.setStyle({color:xe}))},rh=f=>{f&&(Ni=f,Ua=f.domain()[0],Ba=f?f.domain()[1]-f.domain()[0]:0,Ni.range([0,Kt]),Sr())},Uo=f=>{f&&(mi=f,lr=mi.domain()[0],za=mi?mi.domain()[1]-mi.domain()[0]:0,mi.range([D,0]),Sr())},sh=f=>{h=!!f},ic=f=>{m=!!f},Op=f=>{Re=!!f,Re?dn&&Ys(it[0])&&Ya(Cl()).then(()=>{e.publish("pointConnectionsDraw"),Gn=!0}):Ya()},Bo=(f,P)=>J=>{if(J==="inherit")f([...P()]);else{let Se=Oa(J)?J:[J];f(Se.map(He=>Yi(He,!0)))}Oo()},Fp=Bo(f=>{ie=f},()=>ne),Up=Bo(f=>{Ze=f},()=>Le),Bp=Bo(f=>{Ft=f},()=>de),zp=f=>{Da(f,Na,{minLength:1})&&(We=[...f]),Td(+f)&&(We=[+f]),ie=ie.map(P=>(P[3]=Number.isNaN(+We[0])?P[3]:+We[0],P)),Oo()},kp=f=>{!Number.isNaN(+f)&&+f&&(Wt=+f)},ja=f=>{Da(f,Na,{minLength:1})&&(tt=[...f]),Td(+f)&&(tt=[+f]),Oo()},Gp=f=>{!Number.isNaN(+f)&&+f&&(Qt=Math.max(0,f))},zo=f=>{Zt=Math.max(0,f)},Vp=f=>{Cn=Math.max(0,f)},aa=f=>{nn=f,Qs()},oa=f=>{switch(f){case"linear":{j=f,Br=Du;break}case"constant":{j=f,Br=To;break}default:{j="asinh",Br=wo;break}}},Hp=f=>{ui=+f},la=f=>{Wn=+f},ah=f=>{w=+f},ca=f=>{Ln=Yi(f)},rc=f=>{Qe=+f},sc=f=>{gt=+f},ac=f=>{s.gamma=f},Ka=f=>{a=Number(f)||.5},Ja=f=>{o=!!f},ko=f=>{let[P]=Object.keys(Zg({[f]:fx}));if(P==="aspectRatio")return ys;if(P==="background"||P==="backgroundColor")return c;if(P==="backgroundImage")return l;if(P==="camera")return Ae;if(P==="cameraTarget")return Ae.target;if(P==="cameraDistance")return Ae.distance[0];if(P==="cameraRotation")return Ae.rotation;if(P==="cameraView")return Ae.view;if(P==="cameraIsFixed")return Bt;if(P==="canvas")return u;if(P==="colorBy")return d;if(P==="sizeBy")return ei;if(P==="pointOrder")return Jn!==null?[...Jn]:null;if(P==="deselectOnDblClick")return h;if(P==="deselectOnEscape")return m;if(P==="height")return kn;if(P==="lassoColor")return v;if(P==="lassoLineWidth")return S;if(P==="lassoMinDelay")return g;if(P==="lassoMinDist")return _;if(P==="lassoClearEvent")return M;if(P==="lassoInitiator")return C;if(P==="lassoInitiatorElement")return ni.initiator;if(P==="lassoInitiatorParentElement")return E;if(P==="lassoLongPressIndicatorParentElement")return U;if(P==="lassoOnLongPress")return N;if(P==="lassoType")return $;if(P==="lassoBrushSize")return re;if(P==="mouseMode")return G;if(P==="opacity")return on.length===1?on[0]:on;if(P==="opacityBy")return rn;if(P==="opacityByDensityFill")return ui;if(P==="opacityByDensityDebounceTime")return se;if(P==="opacityInactiveMax")return Wn;if(P==="opacityInactiveScale")return w;if(P==="points")return it;if(P==="hoveredPoint")return Xn;if(P==="selectedPoints")return[...et];if(P==="filteredPoints")return Rt?Array.from($t):Array.from({length:it.length},(J,Se)=>Se);if(P==="pointsInView")return Jl();if(P==="pointColor")return ne.length===1?ne[0]:ne;if(P==="pointColorActive")return Le.length===1?Le[0]:Le;if(P==="pointColorHover")return de.length===1?de[0]:de;if(P==="pointOutlineWidth")return Vt;if(P==="pointSize")return pt.length===1?pt[0]:pt;if(P==="pointSizeSelected")return Dt;if(P==="pointSizeMouseDetection")return nn;if(P==="showPointConnections")return Re;if(P==="pointConnectionColor")return ie.length===1?ie[0]:ie;if(P==="pointConnectionColorActive")return Ze.length===1?Ze[0]:Ze;if(P==="pointConnectionColorHover")return Ft.length===1?Ft[0]:Ft;if(P==="pointConnectionColorBy")return Me;if(P==="pointConnectionOpacity")return We.length===1?We[0]:We;if(P==="pointConnectionOpacityBy")return At;if(P==="pointConnectionOpacityActive")return Wt;if(P==="pointConnectionSize")return tt.length===1?tt[0]:tt;if(P==="pointConnectionSizeActive")return Qt;if(P==="pointConnectionSizeBy")return Rn;if(P==="pointConnectionMaxIntPointsPerSegment")return Zt;if(P==="pointConnectionTolerance")return Cn;if(P==="pointScaleMode")return j;if(P==="reticleColor")return xe;if(P==="regl")return s.regl;if(P==="showReticle")return _e;if(P==="version")return ow;if(P==="width")return _n;if(P==="xScale")return Ni;if(P==="yScale")return mi;if(P==="performanceMode")return y;if(P==="renderPointsAsSquares")return Ne;if(P==="disableAlphaBlending")return ct;if(P==="gamma")return s.gamma;if(P==="renderer")return s;if(P==="isDestroyed")return Te;if(P==="isDrawing")return ut;if(P==="isPointsDrawn")return dn;if(P==="isPointsFiltered")return Rt;if(P==="isAnnotationsDrawn")return ti;if(P==="zDataType")return zn;if(P==="wDataType")return jn;if(P==="spatialIndex")return vs?.data;if(P==="annotationLineColor")return Ln;if(P==="annotationLineWidth")return Qe;if(P==="annotationHVLineLimit")return gt;if(P==="antiAliasing")return a;if(P==="pixelAligned")return o;if(P==="actionKeyMap")return{...pe}},oc=(f={})=>Te?Promise.reject(new Error(Gg)):(Zg(f),(f.backgroundColor!==void 0||f.background!==void 0)&&mp(f.backgroundColor||f.background),f.backgroundImage!==void 0&&gp(f.backgroundImage),f.cameraTarget!==void 0&&xp(f.cameraTarget),f.cameraDistance!==void 0&&_p(f.cameraDistance),f.cameraRotation!==void 0&&vp(f.cameraRotation),f.cameraView!==void 0&&eh(f.cameraView),f.cameraIsFixed!==void 0&&yp(f.cameraIsFixed),f.colorBy!==void 0&&Eo(f.colorBy),f.pointColor!==void 0&&yr(f.pointColor),f.pointColorActive!==void 0&&Nl(f.pointColorActive),f.pointColorHover!==void 0&&bo(f.pointColorHover),f.pointSize!==void 0&&Mo(f.pointSize),f.pointSizeSelected!==void 0&&Ol(f.pointSizeSelected),f.pointSizeMouseDetection!==void 0&&aa(f.pointSizeMouseDetection),f.sizeBy!==void 0&&kl(f.sizeBy),f.pointOrder!==void 0&&ea(f.pointOrder),f.opacity!==void 0&&Zd(f.opacity),f.showPointConnections!==void 0&&Op(f.showPointConnections),f.pointConnectionColor!==void 0&&Fp(f.pointConnectionColor),f.pointConnectionColorActive!==void 0&&Up(f.pointConnectionColorActive),f.pointConnectionColorHover!==void 0&&Bp(f.pointConnectionColorHover),f.pointConnectionColorBy!==void 0&&Gl(f.pointConnectionColorBy),f.pointConnectionOpacityBy!==void 0&&Vl(f.pointConnectionOpacityBy),f.pointConnectionOpacity!==void 0&&zp(f.pointConnectionOpacity),f.pointConnectionOpacityActive!==void 0&&kp(f.pointConnectionOpacityActive),f.pointConnectionSize!==void 0&&ja(f.pointConnectionSize),f.pointConnectionSizeActive!==void 0&&Gp(f.pointConnectionSizeActive),f.pointConnectionSizeBy!==void 0&&Hl(f.pointConnectionSizeBy),f.pointConnectionMaxIntPointsPerSegment!==void 0&&zo(f.pointConnectionMaxIntPointsPerSegment),f.pointConnectionTolerance!==void 0&&Vp(f.pointConnectionTolerance),f.pointScaleMode!==void 0&&oa(f.pointScaleMode),f.opacityBy!==void 0&&zl(f.opacityBy),f.lassoColor!==void 0&&th(f.lassoColor),f.lassoLineWidth!==void 0&&nh(f.lassoLineWidth),f.lassoMinDelay!==void 0&&Sp(f.lassoMinDelay),f.lassoMinDist!==void 0&&bp(f.lassoMinDist),f.lassoClearEvent!==void 0&&nc(f.lassoClearEvent),f.lassoInitiator!==void 0&&Fo(f.lassoInitiator),f.lassoInitiatorParentElement!==void 0&&Mp(f.lassoInitiatorParentElement),f.lassoLongPressIndicatorParentElement!==void 0&&Ep(f.lassoLongPressIndicatorParentElement),f.lassoOnLongPress!==void 0&&Ap(f.lassoOnLongPress),f.lassoLongPressTime!==void 0&&Tp(f.lassoLongPressTime),f.lassoLongPressAfterEffectTime!==void 0&&wp(f.lassoLongPressAfterEffectTime),f.lassoLongPressEffectDelay!==void 0&&ih(f.lassoLongPressEffectDelay),f.lassoLongPressRevertEffectTime!==void 0&&Cp(f.lassoLongPressRevertEffectTime),f.lassoType!==void 0&&Rp(f.lassoType),f.lassoBrushSize!==void 0&&Ip(f.lassoBrushSize),f.actionKeyMap!==void 0&&Lp(f.actionKeyMap),f.mouseMode!==void 0&&sa(f.mouseMode),f.showReticle!==void 0&&Dp(f.showReticle),f.reticleColor!==void 0&&Np(f.reticleColor),f.pointOutlineWidth!==void 0&&Au(f.pointOutlineWidth),f.height!==void 0&&As(f.height),f.width!==void 0&&Ul(f.width),f.aspectRatio!==void 0&&Eu(f.aspectRatio),f.xScale!==void 0&&rh(f.xScale),f.yScale!==void 0&&Uo(f.yScale),f.deselectOnDblClick!==void 0&&sh(f.deselectOnDblClick),f.deselectOnEscape!==void 0&&ic(f.deselectOnEscape),f.opacityByDensityFill!==void 0&&Hp(f.opacityByDensityFill),f.opacityInactiveMax!==void 0&&la(f.opacityInactiveMax),f.opacityInactiveScale!==void 0&&ah(f.opacityInactiveScale),f.gamma!==void 0&&ac(f.gamma),f.annotationLineColor!==void 0&&ca(f.annotationLineColor),f.annotationLineWidth!==void 0&&rc(f.annotationLineWidth),f.annotationHVLineLimit!==void 0&&sc(f.annotationHVLineLimit),f.antiAliasing!==void 0&&Ka(f.antiAliasing),f.pixelAligned!==void 0&&Ja(f.pixelAligned),new Promise(P=>{window.requestAnimationFrame(()=>{Te||!u||(Qn(),Ae.refresh(),s.refresh(),ha(),P())})})),oh=(f,{preventEvent:P=!1}={})=>{eh(f),Gn=!0,Fa=P},lc=()=>{Ae||(Ae=kT(u,{isFixed:Bt,isPanInverted:[!1,!0],defaultMouseDownMoveAction:G===e0?"rotate":"pan"})),n.cameraView?Ae.setView(zv(n.cameraView)):n.cameraTarget||n.cameraDistance||n.cameraRotation?Ae.lookAt([...n.cameraTarget||n1],n.cameraDistance||i1,n.cameraRotation||r1):Ae.setView(zv(s1)),Qr=xr(1,1),es=xr(-1,-1)},lh=({preventEvent:f=!1}={})=>{lc(),Sr(),!f&&e.publish("view",{view:Ae.view,camera:Ae,xScale:Ni,yScale:mi})},cc=({key:f})=>{f==="Escape"&&m&&xo()},Go=()=>{Fr=!0,yi=!0},Vo=()=>{tr(),Fr=!1,yi=!0,Gn=!0},uc=()=>{Gn=!0},hc=()=>{Vu([]),$i.clear()},ch=()=>{$i.clear()},fc=()=>{Ql([])},dc=()=>{hc(),fc()},ua=()=>{let f=_n===gs,P=kn===gs;if(f||P){let{width:J,height:Se}=u.getBoundingClientRect();f&&Fl(J,!0),P&&Js(Se,!0),Qn(),Sr(),Gn=!0}Ae.refresh()},uh=async f=>{u.style.userSelect="none";let P=window.devicePixelRatio,J=pt,Se=_n,He=kn,Mt=s.canvas.width/P,wt=s.canvas.height/P,yt=o,rt=a,fn=f?.scale||1,hi=Array.isArray(pt)?pt.map(ur=>ur*fn):pt*fn,gi=Kt*fn,Cs=D*fn;Mo(hi),Ul(gi),As(Cs),Ja(f?.pixelAligned||o),Ka(f?.antiAliasing||a),s.resize(_n,kn),s.refresh(),await new Promise(ur=>{e.subscribe("draw",ur,1),ha()});let br=u.getContext("2d").getImageData(0,0,u.width,u.height);return s.resize(Mt,wt),s.refresh(),Mo(J),Ul(Se),As(He),Ja(yt),Ka(rt),await new Promise(ur=>{e.subscribe("draw",ur,1),ha()}),u.style.userSelect=null,br},pc=f=>f===void 0?u.getContext("2d").getImageData(0,0,u.width,u.height):uh(f),mc=()=>{Qn(),lc(),Sr(),O=uu(s.regl,{color:v,width:S,is2d:!0}),$i=uu(s.regl,{color:Pl(ie,Ze,Ft),opacity:We===null?null:We[0],width:tt[0],is2d:!0}),jr=uu(s.regl,{color:xe,width:1,is2d:!0}),Kr=uu(s.regl,{color:xe,width:1,is2d:!0}),ue=uu(s.regl,{color:Ln,width:Qe,is2d:!0}),Qs(),u.addEventListener("wheel",uc),ft=s.regl.buffer(),Ut=s.regl.buffer(),qt=s.regl.buffer({usage:"dynamic",type:"float",length:dw*2}),xi=Ll(),zi=So();let f=oc({backgroundImage:l,width:_n,height:kn,actionKeyMap:pe});ec(),tc(),window.addEventListener("keyup",cc,!1),window.addEventListener("blur",bu,!1),window.addEventListener("mouseup",Ur,!1),window.addEventListener("mousemove",Su,!1),u.addEventListener("mousedown",Il,!1),u.addEventListener("mouseenter",Go,!1),u.addEventListener("mouseleave",Vo,!1),u.addEventListener("click",yo,!1),u.addEventListener("dblclick",yu,!1),"ResizeObserver"in window?(Ss=new ResizeObserver(ua),Ss.observe(u)):(window.addEventListener("resize",ua),window.addEventListener("orientationchange",ua)),f.then(()=>{e.publish("init")})},hh=s.onFrame(()=>{if(qi=Ae.tick(),!((dn||ti)&&(Gn||On)))return;On&&!ju(Xt,Vn)&&Ku(),qi&&(Qr=xr(1,1),es=xr(-1,-1),rn==="density"&&Yu()),s.render(()=>{let P=u.width/s.canvas.width,J=u.height/s.canvas.height;Mu(P,J),l?._reglType&&ra(),Dr.length>2&&Ai(),On||$i.draw({projection:Wa(),model:ql(),view:$l()});let Se=jl();dn&&Se>0&&Ou(),!oe&&(_e||Or)&&ku(),Xn>=0&&Fu(),et.length>0&&lp(),ue.draw({projection:Wa(),model:ql(),view:$l()}),O.draw({projection:Wa(),model:ql(),view:$l()})},u);let f={view:Ae.view,isViewChanged:qi,camera:Ae,xScale:Ni,yScale:mi};qi&&(Sr(),Fa?Fa=!1:e.publish("view",f)),Gn=!1,Or=!1,e.publish("drawing",f,{async:!1}),e.publish("draw",f)}),ha=()=>{Gn=!0},fh=()=>{dn=!1,ti=!1,Te=!0,hh(),window.removeEventListener("keyup",cc,!1),window.removeEventListener("blur",bu,!1),window.removeEventListener("mouseup",Ur,!1),window.removeEventListener("mousemove",Su,!1),u.removeEventListener("mousedown",Il,!1),u.removeEventListener("mouseenter",Go,!1),u.removeEventListener("mouseleave",Vo,!1),u.removeEventListener("click",yo,!1),u.removeEventListener("dblclick",yu,!1),u.removeEventListener("wheel",uc,!1),Ss?Ss.disconnect():(window.removeEventListener("resize",ua),window.removeEventListener("orientationchange",ua)),u=void 0,Ae.dispose(),Ae=void 0,O.destroy(),ni.destroy(),$i.destroy(),jr.destroy(),Kr.destroy(),xi&&xi.destroy(),zi&&zi.destroy(),n.renderer||s.isDestroyed||s.destroy(),e.publish("destroy"),e.clear()};return mc(),{get isSupported(){return s.isSupported},clear:qa(dc),clearPoints:qa(hc),clearPointConnections:qa(ch),clearAnnotations:qa(fc),createTextureFromUrl:(f,P=l0)=>jv(s.regl,f,P),deselect:xo,destroy:fh,draw:cr,drawAnnotations:Ql,filter:$a,get:ko,getScreenPosition:Qu,hover:tr,lassoSelect:$d,redraw:ha,refresh:s.refresh,reset:qa(lh),select:$s,set:oc,export:pc,subscribe:e.subscribe,unfilter:rs,unsubscribe:e.unsubscribe,view:oh,zoomToLocation:Za,zoomToArea:No,zoomToPoints:ws,zoomToOrigin:Ju}};var vx=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#bab0ac","#1f77b4","#aec7e8","#ff7f0e","#ffbb78","#2ca02c","#98df8a","#d62728","#ff9896","#9467bd","#c5b0d5"],kd=[[68,1,84],[59,82,139],[33,145,140],[94,201,98],[253,231,37]];function xx(n){return Array.from({length:Math.max(n,1)},(e,t)=>vx[t%vx.length])}function yx(n=256){let e=[];for(let t=0;t<n;t+=1){let i=t/(n-1)*(kd.length-1),r=Math.min(Math.floor(i),kd.length-2),s=i-r,a=kd[r].map((o,c)=>Math.round(o+s*(kd[r+1][c]-o)));e.push(`#${a.map(o=>o.toString(16).padStart(2,"0")).join("")}`)}return e}var XC=.95,Gd=class{constructor(e,t){let{width:i,height:r}=e.getBoundingClientRect();this.plot=_x({canvas:e,width:i,height:r,pointSize:2,pointSizeSelected:2,pointOutlineWidth:0,opacity:.8,backgroundColor:"#111418",lassoColor:"#00aaff",performanceMode:!1,pointColorActive:"#ff3b30",deselectOnDblClick:!0}),this.count=0,this.offset=[0,0],this.scale=1,this.x=new Float32Array(0),this.y=new Float32Array(0),this.plot.subscribe("select",({points:s})=>t(Uint32Array.from(s))),this.plot.subscribe("deselect",()=>t(new Uint32Array(0))),new ResizeObserver(()=>{let s=e.getBoundingClientRect();this.plot.set({width:s.width,height:s.height})}).observe(e)}async show(e,t){let i=e.length/2,[r,s,a,o]=[1/0,-1/0,1/0,-1/0];for(let c=0;c<i;c+=1){let l=e[2*c],u=e[2*c+1];l<r&&(r=l),l>s&&(s=l),u<a&&(a=u),u>o&&(o=u)}this.offset=[(r+s)/2,(a+o)/2],this.scale=2*XC/Math.max(s-r,o-a,1e-12),this.x=new Float32Array(i),this.y=new Float32Array(i);for(let c=0;c<i;c+=1)this.x[c]=(e[2*c]-this.offset[0])*this.scale,this.y[c]=(e[2*c+1]-this.offset[1])*this.scale;this.count=i,await this.paint(t,!1)}async paint(e,t=!0){let i=t?this.plot.get("selectedPoints"):[],r={x:this.x,y:this.y};if(!e)this.plot.set({colorBy:null,pointColor:"#9aa5b1"});else if(e.kind==="category")r.valueA=e.values,this.plot.set({colorBy:"valueA",pointColor:xx(e.categories.length)});else{let s=e.max>e.min?e.max-e.min:1;r.valueB=e.values.map(a=>Number.isFinite(a)?(a-e.min)/s:0),this.plot.set({colorBy:"valueB",pointColor:yx()})}await this.plot.draw(r,{zDataType:"categorical",wDataType:"continuous",select:i,preventFilterReset:!1})}select(e){e.length?this.plot.select(Array.from(e),{preventEvent:!0}):this.plot.deselect({preventEvent:!0})}setTool(e){e==="pan"?this.plot.set({mouseMode:"panZoom"}):this.plot.set({mouseMode:"lasso",lassoType:e==="box"?"rectangle":"freeform"})}drawPath(e){let t=Array.from(e,i=>[this.x[i],this.y[i]]);return this.plot.drawAnnotations(t.length>1?[{vertices:t,lineColor:[1,.85,.2,1],lineWidth:2}]:[])}lassoData(e,t=!1){let i=e.map(([r,s])=>[(r-this.offset[0])*this.scale,(s-this.offset[1])*this.scale]);this.plot.lassoSelect(i,{isGl:!0,merge:t})}};function Sx(n,e){let t=new Uint8Array(e);for(let i=0;i<n.length;i+=1)t[n[i]]=1;return t}function YC(n){let e=0;for(let r=0;r<n.length;r+=1)e+=n[r];let t=new Uint32Array(e),i=0;for(let r=0;r<n.length;r+=1)n[r]&&(t[i++]=r);return t}function bx(n,e,t,i){let r=Sx(e,i),s=Sx(t,i),a=new Uint8Array(i);for(let o=0;o<i;o+=1)if(n==="union")a[o]=r[o]|s[o];else if(n==="intersection")a[o]=r[o]&s[o];else if(n==="invert")a[o]=1-r[o];else throw new Error(`unknown selection operation ${n}`);return YC(a)}var Yt=n=>document.getElementById(n),ln={summary:null,selected:new Uint32Array(0),stored:new Uint32Array(0),map:null,view:null,anchors:[],movie:{frames:[],meshes:[],voxels:[],index:0,timer:null},previewBox:64};function pi(n,e=!1){let t=Yt("status");t.textContent=n,t.className=e?"error":""}function mo(){let n=ln.summary?ln.summary.particles:0;Yt("count").textContent=`${ln.selected.length.toLocaleString()} of ${n.toLocaleString()} selected`,Yt("stored-count").textContent=`${ln.stored.length.toLocaleString()} stored`}function $C(n){ln.selected=n,mo(),n.length===1&&Hd({row:n[0]}).catch(e=>pi(e.message,!0))}var Lr=new Gd(Yt("scatter"),$C),go=new bd(Yt("map3d"),[Yt("slice-z"),Yt("slice-y"),Yt("slice-x")]);async function Tx(){let n=Yt("colour").value;if(!n)return null;let e=ln.summary.quantities.find(i=>i.name===n),t=await Qp(`/api/quantity?name=${encodeURIComponent(n)}`);return{...e,values:t}}async function wx(){let n=performance.now();ln.view=Yt("view").value;let e=await Qp(`/api/view/${encodeURIComponent(ln.view)}`);await Lr.show(e,await Tx()),Lr.select(ln.selected),pi(`${ln.view}: ${(e.length/2).toLocaleString()} particles drawn in ${Math.round(performance.now()-n)} ms`)}async function qC(){await Lr.paint(await Tx()),Lr.select(ln.selected)}var Vd=0;async function Mx(n,e,t){let[i,r]=await Promise.all([u0(n,n.level),em(`/api/map/${n.key}/voxels`)]);if(t!==Vd)return!1;ln.map=n;let s=Yt("level");s.min=n.min,s.max=n.max,s.step=(n.max-n.min)/200,s.value=n.level,go.showMesh(i,n.box*n.apix/2),Yt("level-value").textContent=Number(n.level).toPrecision(3),go.setSlices(r.bytes,n.box),Yt("download").href=`/api/map/${n.key}/mrc`,Yt("download").hidden=!1;let a="row"in e?`particle row ${e.row}`:"a latent point";return Yt("map-title").textContent=`map at ${a}, ${n.box}\xB3`,!0}async function Ex(n,e){for(let t=0;;t+=1)try{let i=await tm("/api/map",n);return e===Vd?i:null}catch(i){if(e!==Vd)return null;if(i.status!==409||t===3)throw i}}async function Hd(n){let e=++Vd,t=performance.now(),i=Number(Yt("map-box").value)||ln.summary.box_size,r={preview:null,full:null},s=ln.previewBox;if(i>s){pi(`decoding the map (a ${s}\xB3 preview first)\u2026`);let c=await Ex({...n,box:s},e);if(!c||!await Mx(c,n,e))return null;r.preview=performance.now()-t,pi(`preview ${s}\xB3 shown in ${Math.round(r.preview)} ms; decoding ${i}\xB3\u2026`)}else pi("decoding the map\u2026");let a=await Ex({...n,box:i},e);if(!a||!await Mx(a,n,e))return null;r.full=performance.now()-t;let o=r.preview===null?"":` (${ln.previewBox}\xB3 preview after ${Math.round(r.preview)} ms)`;return pi(`map ${i}\xB3 ready in ${Math.round(r.full)} ms${o}`),r}async function u0(n,e){return(await Ls(await fetch(`/api/map/${n.key}/mesh?level=${e}`))).arrayBuffer()}async function ZC(n,e=ln.map){go.showMesh(await u0(e,n),e.box*e.apix/2),Yt("level-value").textContent=Number(n).toPrecision(3)}function Ax(){Yt("anchors").textContent=ln.anchors.length?ln.anchors.join(" \u2192 "):"none yet"}async function Cx(n){let e=performance.now();pi("computing the trajectory and its maps\u2026"),h0();let t=await tm("/api/trajectory",n),i=t.frames.map(c=>c.level).sort((c,l)=>c-l),r=i[i.length>>1],s=[],a=[];for(let c of t.frames){let[l,u]=await Promise.all([u0(c,r),em(`/api/map/${c.key}/voxels`)]);s.push(l),a.push(u.bytes)}ln.movie={frames:t.frames,meshes:s,voxels:a,index:0,timer:null};let o=Yt("frame");return o.max=s.length-1,o.value=0,Wd(0),await Lr.drawPath(t.rows||n.anchors),pi(`trajectory ${t.name}: ${s.length} maps in ${Math.round(performance.now()-e)} ms, saved in ${t.folder}`),s.length}function Wd(n){let{frames:e,meshes:t,voxels:i}=ln.movie;t.length&&(ln.movie.index=n,go.showMesh(t[n],e[n].box*e[n].apix/2),go.setSlices(i[n],e[n].box),Yt("frame").value=n,Yt("frame-label").textContent=`${n+1} / ${t.length}`,Yt("map-title").textContent=`trajectory frame ${n+1}`)}function h0(){ln.movie.timer&&clearInterval(ln.movie.timer),ln.movie.timer=null,Yt("play").textContent="play"}function jC(){if(ln.movie.timer){h0();return}ln.movie.meshes.length&&(Yt("play").textContent="pause",ln.movie.timer=setInterval(()=>Wd((ln.movie.index+1)%ln.movie.meshes.length),1e3/8))}async function KC(){let n=await Ah("/api/occupancy"),e=Yt("occupancy-classes");if(e.innerHTML="",!n.available){Yt("occupancy-note").textContent="No occupancy analysis for this run: run cryoscape occupancy on analyze.E/kmeansK, then start the dashboard with --occupancy DIR.";return}Yt("occupancy-note").textContent=`${n.classes.length} classes of ${n.map_class.length} maps \xD7 ${n.elements.length} elements (${n.folder}); click a class for its centroid map and particles`;let t=e.insertRow();for(let i of["class","maps","particles","centroid map"])t.insertCell().outerHTML=`<th>${i}</th>`;for(let i of n.classes){let r=e.insertRow(),s=document.createElement("button");s.textContent=i.class,s.onclick=()=>JC(i).catch(a=>pi(a.message,!0)),r.insertCell().appendChild(s),r.insertCell().textContent=i.maps,r.insertCell().textContent=i.particles,r.insertCell().textContent=i.centroid_map}n.heatmap&&(Yt("occupancy-heatmap").src="/api/occupancy/heatmap",Yt("occupancy-heatmap").hidden=!1)}async function JC(n){let e=await D0(`/api/occupancy/class/${n.class}`);ln.selected=e,Lr.select(e),mo(),await Hd({row:n.centroid_row}),Yt("map-title").textContent=`class ${n.class}: centroid map ${n.centroid_map}`}async function QC(){let{plots:n}=await Ah("/api/convergence"),e=Yt("convergence-plots");e.innerHTML="",Yt("convergence-note").textContent=n.length?`${n.length} plots of ${n[0].split("/")[0]}`:"No convergence analysis yet: run cryoscape analyze_convergence WORKDIR EPOCH.";for(let t of n){let i=document.createElement("img");i.src=`/api/file/${t}`,i.alt=t,e.appendChild(i)}}function Rx(n){for(let e of document.querySelectorAll(".tab"))e.classList.toggle("active",e.dataset.pane===n);for(let e of["occupancy-pane","convergence-pane"])Yt(e).hidden=e!==n;n==="occupancy-pane"&&KC().catch(e=>pi(e.message,!0)),n==="convergence-pane"&&QC().catch(e=>pi(e.message,!0))}async function Ix(){if(!ln.selected.length){pi("nothing selected",!0);return}let n=Yt("save-name").value.trim(),e=Yt("save-mode").value,t=await N0(`/api/selection?name=${encodeURIComponent(n)}&mode=${e}`,ln.selected);pi(`saved ${t.keep} and ${t.bad}`)}async function eR(){if(!ln.selected.length){pi("nothing selected",!0);return}let n=Yt("montage");n.src&&URL.revokeObjectURL(n.src),n.src=await O0("/api/montage?count=24",ln.selected),Yt("montage-wrap").hidden=!1}function c0(n,e){n.innerHTML="";for(let[t,i]of e){let r=document.createElement("option");r.value=t,r.textContent=i,n.appendChild(r)}}function tR(){let n=Yt("centres");n.innerHTML="";let e=Object.keys(ln.summary.kmeans).map(Number).sort((i,r)=>i-r);if(!e.length)return;ln.summary.kmeans[String(e[e.length-1])].forEach((i,r)=>{if(i<0)return;let s=document.createElement("button");s.textContent=r,s.title=`k-means ${e[e.length-1]} centre ${r} (particle row ${i})`,s.onclick=()=>{ln.selected=Uint32Array.of(i),Lr.select(ln.selected),mo(),Hd({row:i}).catch(a=>pi(a.message,!0))},n.appendChild(s)})}function nR(){Yt("view").onchange=()=>wx().catch(n=>pi(n.message,!0)),Yt("colour").onchange=()=>qC().catch(n=>pi(n.message,!0));for(let n of["pan","lasso","box"])Yt(`tool-${n}`).onchange=()=>Lr.setTool(n);Yt("store").onclick=()=>{ln.stored=ln.selected,mo()};for(let n of["union","intersection","invert"])Yt(`op-${n}`).onclick=()=>{ln.selected=bx(n,ln.selected,ln.stored,ln.summary.particles),Lr.select(ln.selected),mo()};Yt("clear").onclick=()=>{ln.selected=new Uint32Array(0),Lr.select(ln.selected),mo()},Yt("save").onclick=()=>Ix().catch(n=>pi(n.message,!0)),Yt("montage-button").onclick=()=>eR().catch(n=>pi(n.message,!0)),Yt("montage-close").onclick=()=>{Yt("montage-wrap").hidden=!0},Yt("level").oninput=()=>ZC(Yt("level").value).catch(n=>pi(n.message,!0)),Yt("add-anchor").onclick=()=>{if(ln.selected.length!==1){pi("select one point (click it) to add it as an anchor",!0);return}ln.anchors.push(ln.selected[0]),Ax()},Yt("clear-anchors").onclick=()=>{ln.anchors=[],Ax(),Lr.drawPath([])},Yt("compute-path").onclick=()=>Cx({name:Yt("path-name").value.trim(),anchors:ln.anchors,kind:Yt("path-kind").value,points:Number(Yt("path-points").value),box:Number(Yt("map-box").value)||null}).catch(n=>pi(n.message,!0)),Yt("play").onclick=jC;for(let n of document.querySelectorAll(".tab"))n.onclick=()=>Rx(n.dataset.pane);Yt("frame").oninput=()=>{h0(),Wd(Number(Yt("frame").value))};for(let n of["z","y","x"])Yt(`pos-${n}`).oninput=()=>go.drawSlices(["z","y","x"].map(e=>Number(Yt(`pos-${e}`).value)))}async function iR(){nR(),ln.summary=await Ah("/api/summary");let n=ln.summary;Yt("title").textContent=`${n.workdir} \xB7 epoch ${n.epoch} \xB7 ${n.particles.toLocaleString()} particles \xB7 zdim ${n.zdim}`,c0(Yt("view"),n.views.map(t=>[t,t.toUpperCase()])),c0(Yt("colour"),[["","no colour"],...n.quantities.map(t=>[t.name,t.name])]);let e=n.quantities.find(t=>t.name.startsWith("k-means"));e&&(Yt("colour").value=e.name),c0(Yt("map-box"),[n.box_size,n.box_size/2].filter(t=>t>=8&&t%2===0).map(t=>[String(t),`${t}\xB3`])),tR(),await wx(),mo()}window.cryoscape={state:ln,lasso:(n,e=!1)=>Lr.lassoData(n,e),selected:()=>Array.from(ln.selected),showMap:n=>Hd({row:n}),meshTriangles:()=>go.triangles,save:(n,e)=>(Yt("save-name").value=n,Yt("save-mode").value=e,Ix()),trajectory:(n,e,t,i)=>Cx({anchors:n,kind:e,points:t,name:i}),frame:Wd,showPane:Rx};window.cryoscape.ready=iR().catch(n=>{throw pi(n.message,!0),n});
/*! Bundled license information:

three/build/three.core.js:
three/build/three.module.js:
  (**
   * @license
   * Copyright 2010-2026 Three.js Authors
   * SPDX-License-Identifier: MIT
   *)

regl-scatterplot/dist/regl-scatterplot.esm.js:
  (**
   * KDBush - A fast static index for 2D points
   * @license ISC License
   * @copyright Vladimir Agafonkin 2018
   * @version 4.0.2
   * @see https://github.com/mourner/kdbush/
   *)
  (**
   * Douglas Peucker square segment distance
   * Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param {array} p - Point
   * @param {array} p1 - First boundary point
   * @param {array} p2 - Second boundary point
   * @return {number} Distance
   *)
  (**
   * Douglas Peucker step function
   * Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param   {[type]}  points  [description]
   * @param   {[type]}  first  [description]
   * @param   {[type]}  last  [description]
   * @param   {[type]}  tolerance  [description]
   * @param   {[type]}  simplified  [description]
   * @return  {[type]}  [description]
   *)
  (**
   * Douglas Peucker. Implementation from https://github.com/mourner/simplify-js
   * @author Vladimir Agafonkin
   * @copyright Vladimir Agafonkin 2013
   * @license BSD
   * @param {array} points - List of points to be simplified
   * @param {number} tolerance - Tolerance level. Points below this distance level will be ignored
   * @return {array} Simplified point list
   *)
*/
