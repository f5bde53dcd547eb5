var oS=Object.create;var g_=Object.defineProperty;var lS=Object.getOwnPropertyDescriptor;var cS=Object.getOwnPropertyNames;var uS=Object.getPrototypeOf,hS=Object.prototype.hasOwnProperty;var fS=(n,e)=>()=>{try{return e||n((e={exports:{}}).exports,e),e.exports}catch(t){throw e=0,t}};var dS=(n,e,t,i)=>{if(e&&typeof e=="object"||typeof e=="function")for(let r of cS(e))!hS.call(n,r)&&r!==t&&g_(n,r,{get:()=>e[r],enumerable:!(i=lS(e,r))||i.enumerable});return n};var pS=(n,e,t)=>(t=n!=null?oS(uS(n)):{},dS(e||!n||!n.__esModule?g_(t,"default",{value:n,enumerable:!0}):t,n));var Ix=fS((l0,c0)=>{(function(n,e){typeof l0=="object"&&typeof c0<"u"?c0.exports=e():typeof define=="function"&&define.amd?define(e):n.createREGL=e()})(l0,(function(){"use strict";var n=function(m){return m instanceof Uint8Array||m instanceof Uint16Array||m instanceof Uint32Array||m instanceof Int8Array||m instanceof Int16Array||m instanceof Int32Array||m instanceof Float32Array||m instanceof Float64Array||m instanceof Uint8ClampedArray},e=function(m,R){for(var z=Object.keys(R),fe=0;fe<z.length;++fe)m[z[fe]]=R[z[fe]];return m},t=`
`;function i(m){return typeof atob<"u"?atob(m):"base64:"+m}function r(m){var R=new Error("(regl) "+m);throw console.error(R),R}function s(m,R){m||r(R)}function a(m){return m?": "+m:""}function o(m,R,z){m in R||r("unknown parameter ("+m+")"+a(z)+". possible values: "+Object.keys(R).join())}function c(m,R){n(m)||r("invalid parameter type"+a(R)+". must be a typed array")}function l(m,R){switch(R){case"number":return typeof m=="number";case"object":return typeof m=="object";case"string":return typeof m=="string";case"boolean":return typeof m=="boolean";case"function":return typeof m=="function";case"undefined":return typeof m>"u";case"symbol":return typeof m=="symbol"}}function u(m,R,z){l(m,R)||r("invalid parameter type"+a(z)+". expected "+R+", got "+typeof m)}function d(m,R){m>=0&&(m|0)===m||r("invalid parameter type, ("+m+")"+a(R)+". must be a nonnegative integer")}function h(m,R,z){R.indexOf(m)<0&&r("invalid value"+a(z)+". must be one of: "+R)}var p=["gl","canvas","container","attributes","pixelRatio","extensions","optionalExtensions","profile","onDone"];function v(m){Object.keys(m).forEach(function(R){p.indexOf(R)<0&&r('invalid regl constructor argument "'+R+'". must be one of '+p)})}function S(m,R){for(m=m+"";m.length<R;)m=" "+m;return m}function g(){this.name="unknown",this.lines=[],this.index={},this.hasErrors=!1}function _(m,R){this.number=m,this.line=R,this.errors=[]}function M(m,R,z){this.file=m,this.line=R,this.message=z}function C(){var m=new Error,R=(m.stack||m).toString(),z=/compileProcedure.*\n\s*at.*\((.*)\)/.exec(R);if(z)return z[1];var fe=/compileProcedure.*\n\s*at\s+(.*)(\n|$)/.exec(R);return fe?fe[1]:"unknown"}function E(){var m=new Error,R=(m.stack||m).toString(),z=/at REGLCommand.*\n\s+at.*\((.*)\)/.exec(R);if(z)return z[1];var fe=/at REGLCommand.*\n\s+at\s+(.*)\n/.exec(R);return fe?fe[1]:"unknown"}function U(m,R){var z=m.split(`
`),fe=1,Ce=0,he={unknown:new g,0:new g};he.unknown.name=he[0].name=R||C(),he.unknown.lines.push(new _(0,""));for(var Ee=0;Ee<z.length;++Ee){var Ge=z[Ee],ke=/^\s*#\s*(\w+)\s+(.+)\s*$/.exec(Ge);if(ke)switch(ke[1]){case"line":var Ke=/(\d+)(\s+\d+)?/.exec(ke[2]);Ke&&(fe=Ke[1]|0,Ke[2]&&(Ce=Ke[2]|0,Ce in he||(he[Ce]=new g)));break;case"define":var Qe=/SHADER_NAME(_B64)?\s+(.*)$/.exec(ke[2]);Qe&&(he[Ce].name=Qe[1]?i(Qe[2]):Qe[2]);break}he[Ce].lines.push(new _(fe++,Ge))}return Object.keys(he).forEach(function(Je){var lt=he[Je];lt.lines.forEach(function(Ve){lt.index[Ve.number]=Ve})}),he}function N(m){var R=[];return m.split(`
`).forEach(function(z){if(!(z.length<5)){var fe=/^ERROR:\s+(\d+):(\d+):\s*(.*)$/.exec(z);fe?R.push(new M(fe[1]|0,fe[2]|0,fe[3].trim())):z.length>0&&R.push(new M("unknown",0,z))}}),R}function x(m,R){R.forEach(function(z){var fe=m[z.file];if(fe){var Ce=fe.index[z.line];if(Ce){Ce.errors.push(z),fe.hasErrors=!0;return}}m.unknown.hasErrors=!0,m.unknown.lines[0].errors.push(z)})}function T(m,R,z,fe,Ce){if(!m.getShaderParameter(R,m.COMPILE_STATUS)){var he=m.getShaderInfoLog(R),Ee=fe===m.FRAGMENT_SHADER?"fragment":"vertex";ve(z,"string",Ee+" shader source must be a string",Ce);var Ge=U(z,Ce),ke=N(he);x(Ge,ke),Object.keys(Ge).forEach(function(Ke){var Qe=Ge[Ke];if(!Qe.hasErrors)return;var Je=[""],lt=[""];function Ve(Ze,Q){Je.push(Ze),lt.push(Q||"")}Ve("file number "+Ke+": "+Qe.name+`
`,"color:red;text-decoration:underline;font-weight:bold"),Qe.lines.forEach(function(Ze){if(Ze.errors.length>0){Ve(S(Ze.number,4)+"|  ","background-color:yellow; font-weight:bold"),Ve(Ze.line+t,"color:red; background-color:yellow; font-weight:bold");var Q=0;Ze.errors.forEach(function(xe){var qe=xe.message,At=/^\s*'(.*)'\s*:\s*(.*)$/.exec(qe);if(At){var Ue=At[1];qe=At[2],Ue==="assign"&&(Ue="="),Q=Math.max(Ze.line.indexOf(Ue,Q),0)}else Q=0;Ve(S("| ",6)),Ve(S("^^^",Q+3)+t,"font-weight:bold"),Ve(S("| ",6)),Ve(qe+t,"font-weight:bold")}),Ve(S("| ",6)+t)}else Ve(S(Ze.number,4)+"|  "),Ve(Ze.line+t,"color:red")}),typeof document<"u"&&!window.chrome?(lt[0]=Je.join("%c"),console.log.apply(console,lt)):console.log(Je.join(""))}),s.raise("Error compiling "+Ee+" shader, "+Ge[0].name)}}function Z(m,R,z,fe,Ce){if(!m.getProgramParameter(R,m.LINK_STATUS)){var he=m.getProgramInfoLog(R),Ee=U(z,Ce),Ge=U(fe,Ce),ke='Error linking program with vertex shader, "'+Ge[0].name+'", and fragment shader "'+Ee[0].name+'"';typeof document<"u"?console.log("%c"+ke+t+"%c"+he,"color:red;text-decoration:underline;font-weight:bold","color:red"):console.log(ke+t+he),s.raise(ke)}}function X(m){m._commandRef=C()}function Y(m,R,z,fe){X(m);function Ce(ke){return ke?fe.id(ke):0}m._fragId=Ce(m.static.frag),m._vertId=Ce(m.static.vert);function he(ke,Ke){Object.keys(Ke).forEach(function(Qe){ke[fe.id(Qe)]=!0})}var Ee=m._uniformSet={};he(Ee,R.static),he(Ee,R.dynamic);var Ge=m._attributeSet={};he(Ge,z.static),he(Ge,z.dynamic),m._hasCount="count"in m.static||"count"in m.dynamic||"elements"in m.static||"elements"in m.dynamic}function re(m,R){var z=E();r(m+" in command "+(R||C())+(z==="unknown"?"":" called from "+z))}function pe(m,R,z){m||re(R,z||C())}function G(m,R,z,fe){m in R||re("unknown parameter ("+m+")"+a(z)+". possible values: "+Object.keys(R).join(),fe||C())}function ve(m,R,z,fe){l(m,R)||re("invalid parameter type"+a(z)+". expected "+R+", got "+typeof m,fe||C())}function ye(m){m()}function ne(m,R,z){m.texture?h(m.texture._texture.internalformat,R,"unsupported texture format for attachment"):h(m.renderbuffer._renderbuffer.format,z,"unsupported renderbuffer format for attachment")}var Le=33071,de=9728,Re=9984,ie=9985,je=9986,Bt=9987,Me=5120,Xe=5121,wt=5122,$t=5123,nt=5124,en=5125,Rn=5126,jt=32819,Cn=32820,mt=33635,Ot=34042,rn=36193,Wt={};Wt[Me]=Wt[Xe]=1,Wt[wt]=Wt[$t]=Wt[rn]=Wt[mt]=Wt[jt]=Wt[Cn]=2,Wt[nt]=Wt[en]=Wt[Rn]=Wt[Ot]=4;function ln(m,R){return m===Cn||m===jt||m===mt?2:m===Ot?4:Wt[m]*R}function sn(m){return!(m&m-1)&&!!m}function hi(m,R,z){var fe,Ce=R.width,he=R.height,Ee=R.channels;s(Ce>0&&Ce<=z.maxTextureSize&&he>0&&he<=z.maxTextureSize,"invalid texture shape"),(m.wrapS!==Le||m.wrapT!==Le)&&s(sn(Ce)&&sn(he),"incompatible wrap mode for texture, both width and height must be power of 2"),R.mipmask===1?Ce!==1&&he!==1&&s(m.minFilter!==Re&&m.minFilter!==je&&m.minFilter!==ie&&m.minFilter!==Bt,"min filter requires mipmap"):(s(sn(Ce)&&sn(he),"texture must be a square power of 2 to support mipmapping"),s(R.mipmask===(Ce<<1)-1,"missing or incomplete mipmap data")),R.type===Rn&&(z.extensions.indexOf("oes_texture_float_linear")<0&&s(m.minFilter===de&&m.magFilter===de,"filter not supported, must enable oes_texture_float_linear"),s(!m.genMipmaps,"mipmap generation not supported with float textures"));var Ge=R.images;for(fe=0;fe<16;++fe)if(Ge[fe]){var ke=Ce>>fe,Ke=he>>fe;s(R.mipmask&1<<fe,"missing mipmap data");var Qe=Ge[fe];if(s(Qe.width===ke&&Qe.height===Ke,"invalid shape for mip images"),s(Qe.format===R.format&&Qe.internalformat===R.internalformat&&Qe.type===R.type,"incompatible type for mip image"),!Qe.compressed)if(Qe.data){var Je=Math.ceil(ln(Qe.type,Ee)*ke/Qe.unpackAlignment)*Qe.unpackAlignment;s(Qe.data.byteLength===Je*Ke,"invalid data for image, buffer size is inconsistent with image format")}else Qe.element||Qe.copy}else m.genMipmaps||s((R.mipmask&1<<fe)===0,"extra mipmap data");R.compressed&&s(!m.genMipmaps,"mipmap generation for compressed images not supported")}function Xn(m,R,z,fe){var Ce=m.width,he=m.height,Ee=m.channels;s(Ce>0&&Ce<=fe.maxTextureSize&&he>0&&he<=fe.maxTextureSize,"invalid texture shape"),s(Ce===he,"cube map must be square"),s(R.wrapS===Le&&R.wrapT===Le,"wrap mode not supported by cube map");for(var Ge=0;Ge<z.length;++Ge){var ke=z[Ge];s(ke.width===Ce&&ke.height===he,"inconsistent cube map face shape"),R.genMipmaps&&(s(!ke.compressed,"can not generate mipmap for compressed textures"),s(ke.mipmask===1,"can not specify mipmaps and generate mipmaps"));for(var Ke=ke.images,Qe=0;Qe<16;++Qe){var Je=Ke[Qe];if(Je){var lt=Ce>>Qe,Ve=he>>Qe;s(ke.mipmask&1<<Qe,"missing mipmap data"),s(Je.width===lt&&Je.height===Ve,"invalid shape for mip images"),s(Je.format===m.format&&Je.internalformat===m.internalformat&&Je.type===m.type,"incompatible type for mip image"),Je.compressed||(Je.data?s(Je.data.byteLength===lt*Ve*Math.max(ln(Je.type,Ee),Je.unpackAlignment),"invalid data for image, buffer size is inconsistent with image format"):Je.element||Je.copy)}}}}var w=e(s,{optional:ye,raise:r,commandRaise:re,command:pe,parameter:o,commandParameter:G,constructor:v,type:u,commandType:ve,isTypedArray:c,nni:d,oneOf:h,shaderError:T,linkError:Z,callSite:E,saveCommandRef:X,saveDrawInfo:Y,framebufferFormat:ne,guessCommand:C,texture2D:hi,textureCube:Xn}),ni=0,Qn=0,j=5,Gn=6;function vn(m,R){this.id=ni++,this.type=m,this.data=R}function Nn(m){return m.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}function et(m){if(m.length===0)return[];var R=m.charAt(0),z=m.charAt(m.length-1);if(m.length>1&&R===z&&(R==='"'||R==="'"))return['"'+Nn(m.substr(1,m.length-2))+'"'];var fe=/\[(false|true|null|\d+|'[^']*'|"[^"]*")\]/.exec(m);if(fe)return et(m.substr(0,fe.index)).concat(et(fe[1])).concat(et(m.substr(fe.index+fe[0].length)));var Ce=m.split(".");if(Ce.length===1)return['"'+Nn(m)+'"'];for(var he=[],Ee=0;Ee<Ce.length;++Ee)he=he.concat(et(Ce[Ee]));return he}function _t(m){return"["+et(m).join("][")+"]"}function kt(m,R){return new vn(m,_t(R+""))}function Jt(m){return typeof m=="function"&&!m._reglType||m instanceof vn}function D(m,R){if(typeof m=="function")return new vn(Qn,m);if(typeof m=="number"||typeof m=="boolean")return new vn(j,m);if(Array.isArray(m))return new vn(Gn,m.map(function(z,fe){return D(z,R+"["+fe+"]")}));if(m instanceof vn)return m;w(!1,"invalid option type in uniform "+R)}var y={DynamicVariable:vn,define:kt,isDynamic:Jt,unbox:D,accessor:_t},se={next:typeof requestAnimationFrame=="function"?function(m){return requestAnimationFrame(m)}:function(m){return setTimeout(m,16)},cancel:typeof cancelAnimationFrame=="function"?function(m){return cancelAnimationFrame(m)}:clearTimeout},Ye=typeof performance<"u"&&performance.now?function(){return performance.now()}:function(){return+new Date};function Ne(){var m={"":0},R=[""];return{id:function(z){var fe=m[z];return fe||(fe=m[z]=R.length,R.push(z),fe)},str:function(z){return R[z]}}}function ut(m,R,z){var fe=document.createElement("canvas");e(fe.style,{border:0,margin:0,padding:0,top:0,left:0,width:"100%",height:"100%"}),m.appendChild(fe),m===document.body&&(fe.style.position="absolute",e(m.style,{margin:0,padding:0}));function Ce(){var Ge=window.innerWidth,ke=window.innerHeight;if(m!==document.body){var Ke=fe.getBoundingClientRect();Ge=Ke.right-Ke.left,ke=Ke.bottom-Ke.top}fe.width=z*Ge,fe.height=z*ke}var he;m!==document.body&&typeof ResizeObserver=="function"?(he=new ResizeObserver(function(){setTimeout(Ce)}),he.observe(m)):window.addEventListener("resize",Ce,!1);function Ee(){he?he.disconnect():window.removeEventListener("resize",Ce),m.removeChild(fe)}return Ce(),{canvas:fe,onDestroy:Ee}}function ht(m,R){function z(fe){try{return m.getContext(fe,R)}catch{return null}}return z("webgl")||z("experimental-webgl")||z("webgl-experimental")}function Te(m){return typeof m.nodeName=="string"&&typeof m.appendChild=="function"&&typeof m.getBoundingClientRect=="function"}function De(m){return typeof m.drawArrays=="function"||typeof m.drawElements=="function"}function Ae(m){return typeof m=="string"?m.split():(w(Array.isArray(m),"invalid extension array"),m)}function O(m){return typeof m=="string"?(w(typeof document<"u","not supported outside of DOM"),document.querySelector(m)):m}function ue(m){var R=m||{},z,fe,Ce,he,Ee={},Ge=[],ke=[],Ke=typeof window>"u"?1:window.devicePixelRatio,Qe=!1,Je=function(Ze){Ze&&w.raise(Ze)},lt=function(){};if(typeof R=="string"?(w(typeof document<"u","selector queries only supported in DOM environments"),z=document.querySelector(R),w(z,"invalid query string for element")):typeof R=="object"?Te(R)?z=R:De(R)?(he=R,Ce=he.canvas):(w.constructor(R),"gl"in R?he=R.gl:"canvas"in R?Ce=O(R.canvas):"container"in R&&(fe=O(R.container)),"attributes"in R&&(Ee=R.attributes,w.type(Ee,"object","invalid context attributes")),"extensions"in R&&(Ge=Ae(R.extensions)),"optionalExtensions"in R&&(ke=Ae(R.optionalExtensions)),"onDone"in R&&(w.type(R.onDone,"function","invalid or missing onDone callback"),Je=R.onDone),"profile"in R&&(Qe=!!R.profile),"pixelRatio"in R&&(Ke=+R.pixelRatio,w(Ke>0,"invalid pixel ratio"))):w.raise("invalid arguments to regl"),z&&(z.nodeName.toLowerCase()==="canvas"?Ce=z:fe=z),!he){if(!Ce){w(typeof document<"u","must manually specify webgl context outside of DOM environments");var Ve=ut(fe||document.body,Je,Ke);if(!Ve)return null;Ce=Ve.canvas,lt=Ve.onDestroy}Ee.premultipliedAlpha===void 0&&(Ee.premultipliedAlpha=!0),he=ht(Ce,Ee)}return he?{gl:he,canvas:Ce,container:fe,extensions:Ge,optionalExtensions:ke,pixelRatio:Ke,profile:Qe,onDone:Je,onDestroy:lt}:(lt(),Je("webgl not supported, try upgrading your browser or graphics drivers http://get.webgl.org"),null)}function oe(m,R){var z={};function fe(Ee){w.type(Ee,"string","extension name must be string");var Ge=Ee.toLowerCase(),ke;try{ke=z[Ge]=m.getExtension(Ge)}catch{}return!!ke}for(var Ce=0;Ce<R.extensions.length;++Ce){var he=R.extensions[Ce];if(!fe(he))return R.onDestroy(),R.onDone('"'+he+'" extension is not supported by the current WebGL context, try upgrading your system or a different browser'),null}return R.optionalExtensions.forEach(fe),{extensions:z,restore:function(){Object.keys(z).forEach(function(Ee){if(z[Ee]&&!fe(Ee))throw new Error("(regl): error restoring extension "+Ee)})}}}function Ie(m,R){for(var z=Array(m),fe=0;fe<m;++fe)z[fe]=R(fe);return z}var Fe=5120,Be=5121,tt=5122,Vt=5123,ze=5124,Pt=5125,qt=5126;function rt(m){for(var R=16;R<=1<<28;R*=16)if(m<=R)return R;return 0}function un(m){var R,z;return R=(m>65535)<<4,m>>>=R,z=(m>255)<<3,m>>>=z,R|=z,z=(m>15)<<2,m>>>=z,R|=z,z=(m>3)<<1,m>>>=z,R|=z,R|m>>1}function Zn(){var m=Ie(8,function(){return[]});function R(he){var Ee=rt(he),Ge=m[un(Ee)>>2];return Ge.length>0?Ge.pop():new ArrayBuffer(Ee)}function z(he){m[un(he.byteLength)>>2].push(he)}function fe(he,Ee){var Ge=null;switch(he){case Fe:Ge=new Int8Array(R(Ee),0,Ee);break;case Be:Ge=new Uint8Array(R(Ee),0,Ee);break;case tt:Ge=new Int16Array(R(2*Ee),0,Ee);break;case Vt:Ge=new Uint16Array(R(2*Ee),0,Ee);break;case ze:Ge=new Int32Array(R(4*Ee),0,Ee);break;case Pt:Ge=new Uint32Array(R(4*Ee),0,Ee);break;case qt:Ge=new Float32Array(R(4*Ee),0,Ee);break;default:return null}return Ge.length!==Ee?Ge.subarray(0,Ee):Ge}function Ce(he){z(he.buffer)}return{alloc:R,free:z,allocType:fe,freeType:Ce}}var An=Zn();An.zero=Zn();var Or=3408,Ss=3410,bs=3411,Ms=3412,Zs=3413,Gi=3414,hr=3415,ji=33901,Vi=33902,Kr=3379,Jr=3386,Qr=34921,Fr=36347,es=36348,ts=35661,ns=35660,Ha=34930,Vn=36349,Ur=34076,Es=34024,b=7936,$=7937,Se=7938,ce=35724,ge=34047,ft=36063,Xt=34852,dt=3553,zt=34067,Zt=34069,an=33984,mn=6408,Ht=5126,Tn=5121,jn=36160,zn=36053,Fn=36064,ci=16384,Yt=function(m,R){var z=1;R.ext_texture_filter_anisotropic&&(z=m.getParameter(ge));var fe=1,Ce=1;R.webgl_draw_buffers&&(fe=m.getParameter(Xt),Ce=m.getParameter(ft));var he=!!R.oes_texture_float;if(he){var Ee=m.createTexture();m.bindTexture(dt,Ee),m.texImage2D(dt,0,mn,1,1,0,mn,Ht,null);var Ge=m.createFramebuffer();if(m.bindFramebuffer(jn,Ge),m.framebufferTexture2D(jn,Fn,dt,Ee,0),m.bindTexture(dt,null),m.checkFramebufferStatus(jn)!==zn)he=!1;else{m.viewport(0,0,1,1),m.clearColor(1,0,0,1),m.clear(ci);var ke=An.allocType(Ht,4);m.readPixels(0,0,1,1,mn,Ht,ke),m.getError()?he=!1:(m.deleteFramebuffer(Ge),m.deleteTexture(Ee),he=ke[0]===1),An.freeType(ke)}}var Ke=typeof navigator<"u"&&(/MSIE/.test(navigator.userAgent)||/Trident\//.test(navigator.appVersion)||/Edge/.test(navigator.userAgent)),Qe=!0;if(!Ke){var Je=m.createTexture(),lt=An.allocType(Tn,36);m.activeTexture(an),m.bindTexture(zt,Je),m.texImage2D(Zt,0,mn,3,3,0,mn,Tn,lt),An.freeType(lt),m.bindTexture(zt,null),m.deleteTexture(Je),Qe=!m.getError()}return{colorBits:[m.getParameter(Ss),m.getParameter(bs),m.getParameter(Ms),m.getParameter(Zs)],depthBits:m.getParameter(Gi),stencilBits:m.getParameter(hr),subpixelBits:m.getParameter(Or),extensions:Object.keys(R).filter(function(Ve){return!!R[Ve]}),maxAnisotropic:z,maxDrawbuffers:fe,maxColorAttachments:Ce,pointSizeDims:m.getParameter(ji),lineWidthDims:m.getParameter(Vi),maxViewportDims:m.getParameter(Jr),maxCombinedTextureUnits:m.getParameter(ts),maxCubeMapSize:m.getParameter(Ur),maxRenderbufferSize:m.getParameter(Es),maxTextureUnits:m.getParameter(Ha),maxTextureSize:m.getParameter(Kr),maxAttributes:m.getParameter(Qr),maxVertexUniforms:m.getParameter(Fr),maxVertexTextureUnits:m.getParameter(ns),maxVaryingVectors:m.getParameter(es),maxFragmentUniforms:m.getParameter(Vn),glsl:m.getParameter(ce),renderer:m.getParameter($),vendor:m.getParameter(b),version:m.getParameter(Se),readFloat:he,npotTextureCube:Qe}};function Hn(m){return!!m&&typeof m=="object"&&Array.isArray(m.shape)&&Array.isArray(m.stride)&&typeof m.offset=="number"&&m.shape.length===m.stride.length&&(Array.isArray(m.data)||n(m.data))}var xn=function(m){return Object.keys(m).map(function(R){return m[R]})},xi={shape:ii,flatten:pn};function ai(m,R,z){for(var fe=0;fe<R;++fe)z[fe]=m[fe]}function zi(m,R,z,fe){for(var Ce=0,he=0;he<R;++he)for(var Ee=m[he],Ge=0;Ge<z;++Ge)fe[Ce++]=Ee[Ge]}function Di(m,R,z,fe,Ce,he){for(var Ee=he,Ge=0;Ge<R;++Ge)for(var ke=m[Ge],Ke=0;Ke<z;++Ke)for(var Qe=ke[Ke],Je=0;Je<fe;++Je)Ce[Ee++]=Qe[Je]}function Ki(m,R,z,fe,Ce){for(var he=1,Ee=z+1;Ee<R.length;++Ee)he*=R[Ee];var Ge=R[z];if(R.length-z===4){var ke=R[z+1],Ke=R[z+2],Qe=R[z+3];for(Ee=0;Ee<Ge;++Ee)Di(m[Ee],ke,Ke,Qe,fe,Ce),Ce+=he}else for(Ee=0;Ee<Ge;++Ee)Ki(m[Ee],R,z+1,fe,Ce),Ce+=he}function pn(m,R,z,fe){var Ce=1;if(R.length)for(var he=0;he<R.length;++he)Ce*=R[he];else Ce=0;var Ee=fe||An.allocType(z,Ce);switch(R.length){case 0:break;case 1:ai(m,R[0],Ee);break;case 2:zi(m,R[0],R[1],Ee);break;case 3:Di(m,R[0],R[1],R[2],Ee,0);break;default:Ki(m,R,0,Ee,0)}return Ee}function ii(m){for(var R=[],z=m;z.length;z=z[0])R.push(z.length);return R}var yi={"[object Int8Array]":5120,"[object Int16Array]":5122,"[object Int32Array]":5124,"[object Uint8Array]":5121,"[object Uint8ClampedArray]":5121,"[object Uint16Array]":5123,"[object Uint32Array]":5125,"[object Float32Array]":5126,"[object Float64Array]":5121,"[object ArrayBuffer]":5121},kn=5120,Kn=5122,$n=5124,Br=5121,Ni=5123,mi=5125,Wa=5126,Xa=5126,fr={int8:kn,int16:Kn,int32:$n,uint8:Br,uint16:Ni,uint32:mi,float:Wa,float32:Xa},$a=35048,Pu=35040,Ya={dynamic:$a,stream:Pu,static:35044},Dl=xi.flatten,Er=xi.shape,Nl=35044,Ol=35040,qa=5121,Mo=5126,is=[];is[5120]=1,is[5122]=2,is[5124]=4,is[5121]=1,is[5123]=2,is[5125]=4,is[5126]=4;function Eo(m){return yi[Object.prototype.toString.call(m)]|0}function Za(m,R){for(var z=0;z<R.length;++z)m[z]=R[z]}function js(m,R,z,fe,Ce,he,Ee){for(var Ge=0,ke=0;ke<z;++ke)for(var Ke=0;Ke<fe;++Ke)m[Ge++]=R[Ce*ke+he*Ke+Ee]}function As(m,R,z,fe){var Ce=0,he={};function Ee(Q){this.id=Ce++,this.buffer=m.createBuffer(),this.type=Q,this.usage=Nl,this.byteLength=0,this.dimension=1,this.dtype=qa,this.persistentData=null,z.profile&&(this.stats={size:0})}Ee.prototype.bind=function(){m.bindBuffer(this.type,this.buffer)},Ee.prototype.destroy=function(){lt(this)};var Ge=[];function ke(Q,xe){var qe=Ge.pop();return qe||(qe=new Ee(Q)),qe.bind(),Je(qe,xe,Ol,0,1,!1),qe}function Ke(Q){Ge.push(Q)}function Qe(Q,xe,qe){Q.byteLength=xe.byteLength,m.bufferData(Q.type,xe,qe)}function Je(Q,xe,qe,At,Ue,bt){var vt;if(Q.usage=qe,Array.isArray(xe)){if(Q.dtype=At||Mo,xe.length>0){var Kt;if(Array.isArray(xe[0])){vt=Er(xe);for(var Pe=1,we=1;we<vt.length;++we)Pe*=vt[we];Q.dimension=Pe,Kt=Dl(xe,vt,Q.dtype),Qe(Q,Kt,qe),bt?Q.persistentData=Kt:An.freeType(Kt)}else if(typeof xe[0]=="number"){Q.dimension=Ue;var Lt=An.allocType(Q.dtype,xe.length);Za(Lt,xe),Qe(Q,Lt,qe),bt?Q.persistentData=Lt:An.freeType(Lt)}else n(xe[0])?(Q.dimension=xe[0].length,Q.dtype=At||Eo(xe[0])||Mo,Kt=Dl(xe,[xe.length,xe[0].length],Q.dtype),Qe(Q,Kt,qe),bt?Q.persistentData=Kt:An.freeType(Kt)):w.raise("invalid buffer data")}}else if(n(xe))Q.dtype=At||Eo(xe),Q.dimension=Ue,Qe(Q,xe,qe),bt&&(Q.persistentData=new Uint8Array(new Uint8Array(xe.buffer)));else if(Hn(xe)){vt=xe.shape;var ct=xe.stride,$e=xe.offset,pt=0,gt=0,hn=0,on=0;vt.length===1?(pt=vt[0],gt=1,hn=ct[0],on=0):vt.length===2?(pt=vt[0],gt=vt[1],hn=ct[0],on=ct[1]):w.raise("invalid shape"),Q.dtype=At||Eo(xe.data)||Mo,Q.dimension=gt;var xt=An.allocType(Q.dtype,pt*gt);js(xt,xe.data,pt,gt,hn,on,$e),Qe(Q,xt,qe),bt?Q.persistentData=xt:An.freeType(xt)}else xe instanceof ArrayBuffer?(Q.dtype=qa,Q.dimension=Ue,Qe(Q,xe,qe),bt&&(Q.persistentData=new Uint8Array(new Uint8Array(xe)))):w.raise("invalid buffer data")}function lt(Q){R.bufferCount--,fe(Q);var xe=Q.buffer;w(xe,"buffer must not be deleted already"),m.deleteBuffer(xe),Q.buffer=null,delete he[Q.id]}function Ve(Q,xe,qe,At){R.bufferCount++;var Ue=new Ee(xe);he[Ue.id]=Ue;function bt(Pe){var we=Nl,Lt=null,ct=0,$e=0,pt=1;return Array.isArray(Pe)||n(Pe)||Hn(Pe)||Pe instanceof ArrayBuffer?Lt=Pe:typeof Pe=="number"?ct=Pe|0:Pe&&(w.type(Pe,"object","buffer arguments must be an object, a number or an array"),"data"in Pe&&(w(Lt===null||Array.isArray(Lt)||n(Lt)||Hn(Lt),"invalid data for buffer"),Lt=Pe.data),"usage"in Pe&&(w.parameter(Pe.usage,Ya,"invalid buffer usage"),we=Ya[Pe.usage]),"type"in Pe&&(w.parameter(Pe.type,fr,"invalid buffer type"),$e=fr[Pe.type]),"dimension"in Pe&&(w.type(Pe.dimension,"number","invalid dimension"),pt=Pe.dimension|0),"length"in Pe&&(w.nni(ct,"buffer length must be a nonnegative integer"),ct=Pe.length|0)),Ue.bind(),Lt?Je(Ue,Lt,we,$e,pt,At):(ct&&m.bufferData(Ue.type,ct,we),Ue.dtype=$e||qa,Ue.usage=we,Ue.dimension=pt,Ue.byteLength=ct),z.profile&&(Ue.stats.size=Ue.byteLength*is[Ue.dtype]),bt}function vt(Pe,we){w(we+Pe.byteLength<=Ue.byteLength,"invalid buffer subdata call, buffer is too small.  Can't write data of size "+Pe.byteLength+" starting from offset "+we+" to a buffer of size "+Ue.byteLength),m.bufferSubData(Ue.type,we,Pe)}function Kt(Pe,we){var Lt=(we||0)|0,ct;if(Ue.bind(),n(Pe)||Pe instanceof ArrayBuffer)vt(Pe,Lt);else if(Array.isArray(Pe)){if(Pe.length>0)if(typeof Pe[0]=="number"){var $e=An.allocType(Ue.dtype,Pe.length);Za($e,Pe),vt($e,Lt),An.freeType($e)}else if(Array.isArray(Pe[0])||n(Pe[0])){ct=Er(Pe);var pt=Dl(Pe,ct,Ue.dtype);vt(pt,Lt),An.freeType(pt)}else w.raise("invalid buffer data")}else if(Hn(Pe)){ct=Pe.shape;var gt=Pe.stride,hn=0,on=0,xt=0,Mt=0;ct.length===1?(hn=ct[0],on=1,xt=gt[0],Mt=0):ct.length===2?(hn=ct[0],on=ct[1],xt=gt[0],Mt=gt[1]):w.raise("invalid shape");var tn=Array.isArray(Pe.data)?Ue.dtype:Eo(Pe.data),cn=An.allocType(tn,hn*on);js(cn,Pe.data,hn,on,xt,Mt,Pe.offset),vt(cn,Lt),An.freeType(cn)}else w.raise("invalid data for buffer subdata");return bt}return qe||bt(Q),bt._reglType="buffer",bt._buffer=Ue,bt.subdata=Kt,z.profile&&(bt.stats=Ue.stats),bt.destroy=function(){lt(Ue)},bt}function Ze(){xn(he).forEach(function(Q){Q.buffer=m.createBuffer(),m.bindBuffer(Q.type,Q.buffer),m.bufferData(Q.type,Q.persistentData||Q.byteLength,Q.usage)})}return z.profile&&(R.getTotalBufferSize=function(){var Q=0;return Object.keys(he).forEach(function(xe){Q+=he[xe].stats.size}),Q}),{create:Ve,createStream:ke,destroyStream:Ke,clear:function(){xn(he).forEach(lt),Ge.forEach(lt)},getBuffer:function(Q){return Q&&Q._buffer instanceof Ee?Q._buffer:null},restore:Ze,_initBuffer:Je}}var Ts=0,_p=0,Ao=1,vp=1,Ks=4,xp=4,rr={points:Ts,point:_p,lines:Ao,line:vp,triangles:Ks,triangle:xp,"line loop":2,"line strip":3,"triangle strip":5,"triangle fan":6},Fl=0,yp=1,Js=4,ri=5120,Qs=5121,ea=5122,ta=5123,Ul=5124,zr=5125,To=34963,Lu=35040,Du=35044;function Nu(m,R,z,fe){var Ce={},he=0,Ee={uint8:Qs,uint16:ta};R.oes_element_index_uint&&(Ee.uint32=zr);function Ge(Ze){this.id=he++,Ce[this.id]=this,this.buffer=Ze,this.primType=Js,this.vertCount=0,this.type=0}Ge.prototype.bind=function(){this.buffer.bind()};var ke=[];function Ke(Ze){var Q=ke.pop();return Q||(Q=new Ge(z.create(null,To,!0,!1)._buffer)),Je(Q,Ze,Lu,-1,-1,0,0),Q}function Qe(Ze){ke.push(Ze)}function Je(Ze,Q,xe,qe,At,Ue,bt){Ze.buffer.bind();var vt;if(Q){var Kt=bt;!bt&&(!n(Q)||Hn(Q)&&!n(Q.data))&&(Kt=R.oes_element_index_uint?zr:ta),z._initBuffer(Ze.buffer,Q,xe,Kt,3)}else m.bufferData(To,Ue,xe),Ze.buffer.dtype=vt||Qs,Ze.buffer.usage=xe,Ze.buffer.dimension=3,Ze.buffer.byteLength=Ue;if(vt=bt,!bt){switch(Ze.buffer.dtype){case Qs:case ri:vt=Qs;break;case ta:case ea:vt=ta;break;case zr:case Ul:vt=zr;break;default:w.raise("unsupported type for element array")}Ze.buffer.dtype=vt}Ze.type=vt,w(vt!==zr||!!R.oes_element_index_uint,"32 bit element buffers not supported, enable oes_element_index_uint first");var Pe=At;Pe<0&&(Pe=Ze.buffer.byteLength,vt===ta?Pe>>=1:vt===zr&&(Pe>>=2)),Ze.vertCount=Pe;var we=qe;if(qe<0){we=Js;var Lt=Ze.buffer.dimension;Lt===1&&(we=Fl),Lt===2&&(we=yp),Lt===3&&(we=Js)}Ze.primType=we}function lt(Ze){fe.elementsCount--,w(Ze.buffer!==null,"must not double destroy elements"),delete Ce[Ze.id],Ze.buffer.destroy(),Ze.buffer=null}function Ve(Ze,Q){var xe=z.create(null,To,!0),qe=new Ge(xe._buffer);fe.elementsCount++;function At(Ue){if(!Ue)xe(),qe.primType=Js,qe.vertCount=0,qe.type=Qs;else if(typeof Ue=="number")xe(Ue),qe.primType=Js,qe.vertCount=Ue|0,qe.type=Qs;else{var bt=null,vt=Du,Kt=-1,Pe=-1,we=0,Lt=0;Array.isArray(Ue)||n(Ue)||Hn(Ue)?bt=Ue:(w.type(Ue,"object","invalid arguments for elements"),"data"in Ue&&(bt=Ue.data,w(Array.isArray(bt)||n(bt)||Hn(bt),"invalid data for element buffer")),"usage"in Ue&&(w.parameter(Ue.usage,Ya,"invalid element buffer usage"),vt=Ya[Ue.usage]),"primitive"in Ue&&(w.parameter(Ue.primitive,rr,"invalid element buffer primitive"),Kt=rr[Ue.primitive]),"count"in Ue&&(w(typeof Ue.count=="number"&&Ue.count>=0,"invalid vertex count for elements"),Pe=Ue.count|0),"type"in Ue&&(w.parameter(Ue.type,Ee,"invalid buffer type"),Lt=Ee[Ue.type]),"length"in Ue?we=Ue.length|0:(we=Pe,Lt===ta||Lt===ea?we*=2:(Lt===zr||Lt===Ul)&&(we*=4))),Je(qe,bt,vt,Kt,Pe,we,Lt)}return At}return At(Ze),At._reglType="elements",At._elements=qe,At.subdata=function(Ue,bt){return xe.subdata(Ue,bt),At},At.destroy=function(){lt(qe)},At}return{create:Ve,createStream:Ke,destroyStream:Qe,getElements:function(Ze){return typeof Ze=="function"&&Ze._elements instanceof Ge?Ze._elements:null},clear:function(){xn(Ce).forEach(lt)}}}var wo=new Float32Array(1),Bl=new Uint32Array(wo.buffer),zl=5123;function Ou(m){for(var R=An.allocType(zl,m.length),z=0;z<m.length;++z)if(isNaN(m[z]))R[z]=65535;else if(m[z]===1/0)R[z]=31744;else if(m[z]===-1/0)R[z]=64512;else{wo[0]=m[z];var fe=Bl[0],Ce=fe>>>31<<15,he=(fe<<1>>>24)-127,Ee=fe>>13&1023;if(he<-24)R[z]=Ce;else if(he<-14){var Ge=-14-he;R[z]=Ce+(Ee+1024>>Ge)}else he>15?R[z]=Ce+31744:R[z]=Ce+(he+15<<10)+Ee}return R}function ei(m){return Array.isArray(m)||n(m)}var Fu=function(m){return!(m&m-1)&&!!m},kl=34467,Ar=3553,Gl=34067,Co=34069,ws=6408,Tr=6406,na=6407,Cs=6409,ia=6410,Ro=32854,Vl=32855,Uu=36194,Hl=32819,Wl=32820,Sp=33635,Xl=34042,ja=6402,Io=34041,$l=35904,Yl=35906,ra=36193,ql=33776,Zl=33777,jl=33778,Kl=33779,Bu=35986,zu=35987,ku=34798,Gu=35840,Vu=35841,Hu=35842,Wu=35843,Po=36196,sa=5121,Jl=5123,Ql=5125,aa=5126,bp=10242,Mp=10243,Ep=10497,Ka=33071,ec=33648,tc=10240,nc=10241,Lo=9728,Xu=9729,Do=9984,kr=9985,ic=9986,Rs=9987,Ap=33170,No=4352,Tp=4353,wp=4354,Cp=34046,Rp=3317,Ip=37440,Pp=37441,Lp=37443,$u=37444,Ja=33984,Dp=[Do,ic,kr,Rs],Oo=[0,Cs,ia,na,ws],sr={};sr[Cs]=sr[Tr]=sr[ja]=1,sr[Io]=sr[ia]=2,sr[na]=sr[$l]=3,sr[ws]=sr[Yl]=4;function oa(m){return"[object "+m+"]"}var rs=oa("HTMLCanvasElement"),Yu=oa("OffscreenCanvas"),qu=oa("CanvasRenderingContext2D"),Zu=oa("ImageBitmap"),ju=oa("HTMLImageElement"),Ku=oa("HTMLVideoElement"),Np=Object.keys(yi).concat([rs,Yu,qu,Zu,ju,Ku]),la=[];la[sa]=1,la[aa]=4,la[ra]=2,la[Jl]=2,la[Ql]=4;var Ai=[];Ai[Ro]=2,Ai[Vl]=2,Ai[Uu]=2,Ai[Io]=4,Ai[ql]=.5,Ai[Zl]=.5,Ai[jl]=1,Ai[Kl]=1,Ai[Bu]=.5,Ai[zu]=1,Ai[ku]=1,Ai[Gu]=.5,Ai[Vu]=.25,Ai[Hu]=.5,Ai[Wu]=.25,Ai[Po]=.5;function Ju(m){return Array.isArray(m)&&(m.length===0||typeof m[0]=="number")}function Qu(m){if(!Array.isArray(m))return!1;var R=m.length;return!(R===0||!ei(m[0]))}function ss(m){return Object.prototype.toString.call(m)}function Fo(m){return ss(m)===rs}function rc(m){return ss(m)===Yu}function Op(m){return ss(m)===qu}function Fp(m){return ss(m)===Zu}function Up(m){return ss(m)===ju}function eh(m){return ss(m)===Ku}function Uo(m){if(!m)return!1;var R=ss(m);return Np.indexOf(R)>=0?!0:Ju(m)||Qu(m)||Hn(m)}function th(m){return yi[Object.prototype.toString.call(m)]|0}function Bp(m,R){var z=R.length;switch(m.type){case sa:case Jl:case Ql:case aa:var fe=An.allocType(m.type,z);fe.set(R),m.data=fe;break;case ra:m.data=Ou(R);break;default:w.raise("unsupported texture type, must specify a typed array")}}function nh(m,R){return An.allocType(m.type===ra?aa:m.type,R)}function ih(m,R){m.type===ra?(m.data=Ou(R),An.freeType(R)):m.data=R}function zp(m,R,z,fe,Ce,he){for(var Ee=m.width,Ge=m.height,ke=m.channels,Ke=Ee*Ge*ke,Qe=nh(m,Ke),Je=0,lt=0;lt<Ge;++lt)for(var Ve=0;Ve<Ee;++Ve)for(var Ze=0;Ze<ke;++Ze)Qe[Je++]=R[z*Ve+fe*lt+Ce*Ze+he];ih(m,Qe)}function Bo(m,R,z,fe,Ce,he){var Ee;if(typeof Ai[m]<"u"?Ee=Ai[m]:Ee=sr[m]*la[R],he&&(Ee*=6),Ce){for(var Ge=0,ke=z;ke>=1;)Ge+=Ee*ke*ke,ke/=2;return Ge}else return Ee*z*fe}function Qa(m,R,z,fe,Ce,he,Ee){var Ge={"don't care":No,"dont care":No,nice:wp,fast:Tp},ke={repeat:Ep,clamp:Ka,mirror:ec},Ke={nearest:Lo,linear:Xu},Qe=e({mipmap:Rs,"nearest mipmap nearest":Do,"linear mipmap nearest":kr,"nearest mipmap linear":ic,"linear mipmap linear":Rs},Ke),Je={none:0,browser:$u},lt={uint8:sa,rgba4:Hl,rgb565:Sp,"rgb5 a1":Wl},Ve={alpha:Tr,luminance:Cs,"luminance alpha":ia,rgb:na,rgba:ws,rgba4:Ro,"rgb5 a1":Vl,rgb565:Uu},Ze={};R.ext_srgb&&(Ve.srgb=$l,Ve.srgba=Yl),R.oes_texture_float&&(lt.float32=lt.float=aa),R.oes_texture_half_float&&(lt.float16=lt["half float"]=ra),R.webgl_depth_texture&&(e(Ve,{depth:ja,"depth stencil":Io}),e(lt,{uint16:Jl,uint32:Ql,"depth stencil":Xl})),R.webgl_compressed_texture_s3tc&&e(Ze,{"rgb s3tc dxt1":ql,"rgba s3tc dxt1":Zl,"rgba s3tc dxt3":jl,"rgba s3tc dxt5":Kl}),R.webgl_compressed_texture_atc&&e(Ze,{"rgb atc":Bu,"rgba atc explicit alpha":zu,"rgba atc interpolated alpha":ku}),R.webgl_compressed_texture_pvrtc&&e(Ze,{"rgb pvrtc 4bppv1":Gu,"rgb pvrtc 2bppv1":Vu,"rgba pvrtc 4bppv1":Hu,"rgba pvrtc 2bppv1":Wu}),R.webgl_compressed_texture_etc1&&(Ze["rgb etc1"]=Po);var Q=Array.prototype.slice.call(m.getParameter(kl));Object.keys(Ze).forEach(function(B){var me=Ze[B];Q.indexOf(me)>=0&&(Ve[B]=me)});var xe=Object.keys(Ve);z.textureFormats=xe;var qe=[];Object.keys(Ve).forEach(function(B){var me=Ve[B];qe[me]=B});var At=[];Object.keys(lt).forEach(function(B){var me=lt[B];At[me]=B});var Ue=[];Object.keys(Ke).forEach(function(B){var me=Ke[B];Ue[me]=B});var bt=[];Object.keys(Qe).forEach(function(B){var me=Qe[B];bt[me]=B});var vt=[];Object.keys(ke).forEach(function(B){var me=ke[B];vt[me]=B});var Kt=xe.reduce(function(B,me){var le=Ve[me];return le===Cs||le===Tr||le===Cs||le===ia||le===ja||le===Io||R.ext_srgb&&(le===$l||le===Yl)?B[le]=le:le===Vl||me.indexOf("rgba")>=0?B[le]=ws:B[le]=na,B},{});function Pe(){this.internalformat=ws,this.format=ws,this.type=sa,this.compressed=!1,this.premultiplyAlpha=!1,this.flipY=!1,this.unpackAlignment=1,this.colorSpace=$u,this.width=0,this.height=0,this.channels=0}function we(B,me){B.internalformat=me.internalformat,B.format=me.format,B.type=me.type,B.compressed=me.compressed,B.premultiplyAlpha=me.premultiplyAlpha,B.flipY=me.flipY,B.unpackAlignment=me.unpackAlignment,B.colorSpace=me.colorSpace,B.width=me.width,B.height=me.height,B.channels=me.channels}function Lt(B,me){if(!(typeof me!="object"||!me)){if("premultiplyAlpha"in me&&(w.type(me.premultiplyAlpha,"boolean","invalid premultiplyAlpha"),B.premultiplyAlpha=me.premultiplyAlpha),"flipY"in me&&(w.type(me.flipY,"boolean","invalid texture flip"),B.flipY=me.flipY),"alignment"in me&&(w.oneOf(me.alignment,[1,2,4,8],"invalid texture unpack alignment"),B.unpackAlignment=me.alignment),"colorSpace"in me&&(w.parameter(me.colorSpace,Je,"invalid colorSpace"),B.colorSpace=Je[me.colorSpace]),"type"in me){var le=me.type;w(R.oes_texture_float||!(le==="float"||le==="float32"),"you must enable the OES_texture_float extension in order to use floating point textures."),w(R.oes_texture_half_float||!(le==="half float"||le==="float16"),"you must enable the OES_texture_half_float extension in order to use 16-bit floating point textures."),w(R.webgl_depth_texture||!(le==="uint16"||le==="uint32"||le==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),w.parameter(le,lt,"invalid texture type"),B.type=lt[le]}var It=B.width,Sn=B.height,L=B.channels,A=!1;"shape"in me?(w(Array.isArray(me.shape)&&me.shape.length>=2,"shape must be an array"),It=me.shape[0],Sn=me.shape[1],me.shape.length===3&&(L=me.shape[2],w(L>0&&L<=4,"invalid number of channels"),A=!0),w(It>=0&&It<=z.maxTextureSize,"invalid width"),w(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")):("radius"in me&&(It=Sn=me.radius,w(It>=0&&It<=z.maxTextureSize,"invalid radius")),"width"in me&&(It=me.width,w(It>=0&&It<=z.maxTextureSize,"invalid width")),"height"in me&&(Sn=me.height,w(Sn>=0&&Sn<=z.maxTextureSize,"invalid height")),"channels"in me&&(L=me.channels,w(L>0&&L<=4,"invalid number of channels"),A=!0)),B.width=It|0,B.height=Sn|0,B.channels=L|0;var V=!1;if("format"in me){var K=me.format;w(R.webgl_depth_texture||!(K==="depth"||K==="depth stencil"),"you must enable the WEBGL_depth_texture extension in order to use depth/stencil textures."),w.parameter(K,Ve,"invalid texture format");var ee=B.internalformat=Ve[K];B.format=Kt[ee],K in lt&&("type"in me||(B.type=lt[K])),K in Ze&&(B.compressed=!0),V=!0}!A&&V?B.channels=sr[B.format]:A&&!V?B.channels!==Oo[B.format]&&(B.format=B.internalformat=Oo[B.channels]):V&&A&&w(B.channels===sr[B.format],"number of channels inconsistent with specified format")}}function ct(B){m.pixelStorei(Ip,B.flipY),m.pixelStorei(Pp,B.premultiplyAlpha),m.pixelStorei(Lp,B.colorSpace),m.pixelStorei(Rp,B.unpackAlignment)}function $e(){Pe.call(this),this.xOffset=0,this.yOffset=0,this.data=null,this.needsFree=!1,this.element=null,this.needsCopy=!1}function pt(B,me){var le=null;if(Uo(me)?le=me:me&&(w.type(me,"object","invalid pixel data type"),Lt(B,me),"x"in me&&(B.xOffset=me.x|0),"y"in me&&(B.yOffset=me.y|0),Uo(me.data)&&(le=me.data)),w(!B.compressed||le instanceof Uint8Array,"compressed texture data must be stored in a uint8array"),me.copy){w(!le,"can not specify copy and data field for the same texture");var It=Ce.viewportWidth,Sn=Ce.viewportHeight;B.width=B.width||It-B.xOffset,B.height=B.height||Sn-B.yOffset,B.needsCopy=!0,w(B.xOffset>=0&&B.xOffset<It&&B.yOffset>=0&&B.yOffset<Sn&&B.width>0&&B.width<=It&&B.height>0&&B.height<=Sn,"copy texture read out of bounds")}else if(!le)B.width=B.width||1,B.height=B.height||1,B.channels=B.channels||4;else if(n(le))B.channels=B.channels||4,B.data=le,!("type"in me)&&B.type===sa&&(B.type=th(le));else if(Ju(le))B.channels=B.channels||4,Bp(B,le),B.alignment=1,B.needsFree=!0;else if(Hn(le)){var L=le.data;!Array.isArray(L)&&B.type===sa&&(B.type=th(L));var A=le.shape,V=le.stride,K,ee,W,H,q,I;A.length===3?(W=A[2],I=V[2]):(w(A.length===2,"invalid ndarray pixel data, must be 2 or 3D"),W=1,I=1),K=A[0],ee=A[1],H=V[0],q=V[1],B.alignment=1,B.width=K,B.height=ee,B.channels=W,B.format=B.internalformat=Oo[W],B.needsFree=!0,zp(B,L,H,q,I,le.offset)}else if(Fo(le)||rc(le)||Op(le))Fo(le)||rc(le)?B.element=le:B.element=le.canvas,B.width=B.element.width,B.height=B.element.height,B.channels=4;else if(Fp(le))B.element=le,B.width=le.width,B.height=le.height,B.channels=4;else if(Up(le))B.element=le,B.width=le.naturalWidth,B.height=le.naturalHeight,B.channels=4;else if(eh(le))B.element=le,B.width=le.videoWidth,B.height=le.videoHeight,B.channels=4;else if(Qu(le)){var k=B.width||le[0].length,F=B.height||le.length,te=B.channels;ei(le[0][0])?te=te||le[0][0].length:te=te||1;for(var ae=xi.shape(le),Oe=1,at=0;at<ae.length;++at)Oe*=ae[at];var ot=nh(B,Oe);xi.flatten(le,ae,"",ot),ih(B,ot),B.alignment=1,B.width=k,B.height=F,B.channels=te,B.format=B.internalformat=Oo[te],B.needsFree=!0}B.type===aa?w(z.extensions.indexOf("oes_texture_float")>=0,"oes_texture_float extension not enabled"):B.type===ra&&w(z.extensions.indexOf("oes_texture_half_float")>=0,"oes_texture_half_float extension not enabled")}function gt(B,me,le){var It=B.element,Sn=B.data,L=B.internalformat,A=B.format,V=B.type,K=B.width,ee=B.height;ct(B),It?m.texImage2D(me,le,A,A,V,It):B.compressed?m.compressedTexImage2D(me,le,L,K,ee,0,Sn):B.needsCopy?(fe(),m.copyTexImage2D(me,le,A,B.xOffset,B.yOffset,K,ee,0)):m.texImage2D(me,le,A,K,ee,0,A,V,Sn||null)}function hn(B,me,le,It,Sn){var L=B.element,A=B.data,V=B.internalformat,K=B.format,ee=B.type,W=B.width,H=B.height;ct(B),L?m.texSubImage2D(me,Sn,le,It,K,ee,L):B.compressed?m.compressedTexSubImage2D(me,Sn,le,It,V,W,H,A):B.needsCopy?(fe(),m.copyTexSubImage2D(me,Sn,le,It,B.xOffset,B.yOffset,W,H)):m.texSubImage2D(me,Sn,le,It,W,H,K,ee,A)}var on=[];function xt(){return on.pop()||new $e}function Mt(B){B.needsFree&&An.freeType(B.data),$e.call(B),on.push(B)}function tn(){Pe.call(this),this.genMipmaps=!1,this.mipmapHint=No,this.mipmask=0,this.images=Array(16)}function cn(B,me,le){var It=B.images[0]=xt();B.mipmask=1,It.width=B.width=me,It.height=B.height=le,It.channels=B.channels=4}function Mn(B,me){var le=null;if(Uo(me))le=B.images[0]=xt(),we(le,B),pt(le,me),B.mipmask=1;else if(Lt(B,me),Array.isArray(me.mipmap))for(var It=me.mipmap,Sn=0;Sn<It.length;++Sn)le=B.images[Sn]=xt(),we(le,B),le.width>>=Sn,le.height>>=Sn,pt(le,It[Sn]),B.mipmask|=1<<Sn;else le=B.images[0]=xt(),we(le,B),pt(le,me),B.mipmask=1;we(B,B.images[0]),B.compressed&&(B.internalformat===ql||B.internalformat===Zl||B.internalformat===jl||B.internalformat===Kl)&&w(B.width%4===0&&B.height%4===0,"for compressed texture formats, mipmap level 0 must have width and height that are a multiple of 4")}function si(B,me){for(var le=B.images,It=0;It<le.length;++It){if(!le[It])return;gt(le[It],me,It)}}var oi=[];function wn(){var B=oi.pop()||new tn;Pe.call(B),B.mipmask=0;for(var me=0;me<16;++me)B.images[me]=null;return B}function Si(B){for(var me=B.images,le=0;le<me.length;++le)me[le]&&Mt(me[le]),me[le]=null;oi.push(B)}function Jn(){this.minFilter=Lo,this.magFilter=Lo,this.wrapS=Ka,this.wrapT=Ka,this.anisotropic=1,this.genMipmaps=!1,this.mipmapHint=No}function vi(B,me){if("min"in me){var le=me.min;w.parameter(le,Qe),B.minFilter=Qe[le],Dp.indexOf(B.minFilter)>=0&&!("faces"in me)&&(B.genMipmaps=!0)}if("mag"in me){var It=me.mag;w.parameter(It,Ke),B.magFilter=Ke[It]}var Sn=B.wrapS,L=B.wrapT;if("wrap"in me){var A=me.wrap;typeof A=="string"?(w.parameter(A,ke),Sn=L=ke[A]):Array.isArray(A)&&(w.parameter(A[0],ke),w.parameter(A[1],ke),Sn=ke[A[0]],L=ke[A[1]])}else{if("wrapS"in me){var V=me.wrapS;w.parameter(V,ke),Sn=ke[V]}if("wrapT"in me){var K=me.wrapT;w.parameter(K,ke),L=ke[K]}}if(B.wrapS=Sn,B.wrapT=L,"anisotropic"in me){var ee=me.anisotropic;w(typeof ee=="number"&&ee>=1&&ee<=z.maxAnisotropic,"aniso samples must be between 1 and "),B.anisotropic=me.anisotropic}if("mipmap"in me){var W=!1;switch(typeof me.mipmap){case"string":w.parameter(me.mipmap,Ge,"invalid mipmap hint"),B.mipmapHint=Ge[me.mipmap],B.genMipmaps=!0,W=!0;break;case"boolean":W=B.genMipmaps=me.mipmap;break;case"object":w(Array.isArray(me.mipmap),"invalid mipmap type"),B.genMipmaps=!1,W=!0;break;default:w.raise("invalid mipmap type")}W&&!("min"in me)&&(B.minFilter=Do)}}function bi(B,me){m.texParameteri(me,nc,B.minFilter),m.texParameteri(me,tc,B.magFilter),m.texParameteri(me,bp,B.wrapS),m.texParameteri(me,Mp,B.wrapT),R.ext_texture_filter_anisotropic&&m.texParameteri(me,Cp,B.anisotropic),B.genMipmaps&&(m.hint(Ap,B.mipmapHint),m.generateMipmap(me))}var Mi=0,Ci={},Oi=z.maxTextureUnits,di=Array(Oi).map(function(){return null});function gn(B){Pe.call(this),this.mipmask=0,this.internalformat=ws,this.id=Mi++,this.refCount=1,this.target=B,this.texture=m.createTexture(),this.unit=-1,this.bindCount=0,this.texInfo=new Jn,Ee.profile&&(this.stats={size:0})}function Fi(B){m.activeTexture(Ja),m.bindTexture(B.target,B.texture)}function Un(){var B=di[0];B?m.bindTexture(B.target,B.texture):m.bindTexture(Ar,null)}function Qt(B){var me=B.texture;w(me,"must not double destroy texture");var le=B.unit,It=B.target;le>=0&&(m.activeTexture(Ja+le),m.bindTexture(It,null),di[le]=null),m.deleteTexture(me),B.texture=null,B.params=null,B.pixels=null,B.refCount=0,delete Ci[B.id],he.textureCount--}e(gn.prototype,{bind:function(){var B=this;B.bindCount+=1;var me=B.unit;if(me<0){for(var le=0;le<Oi;++le){var It=di[le];if(It){if(It.bindCount>0)continue;It.unit=-1}di[le]=B,me=le;break}me>=Oi&&w.raise("insufficient number of texture units"),Ee.profile&&he.maxTextureUnits<me+1&&(he.maxTextureUnits=me+1),B.unit=me,m.activeTexture(Ja+me),m.bindTexture(B.target,B.texture)}return me},unbind:function(){this.bindCount-=1},decRef:function(){--this.refCount<=0&&Qt(this)}});function En(B,me){var le=new gn(Ar);Ci[le.id]=le,he.textureCount++;function It(A,V){var K=le.texInfo;Jn.call(K);var ee=wn();return typeof A=="number"?typeof V=="number"?cn(ee,A|0,V|0):cn(ee,A|0,A|0):A?(w.type(A,"object","invalid arguments to regl.texture"),vi(K,A),Mn(ee,A)):cn(ee,1,1),K.genMipmaps&&(ee.mipmask=(ee.width<<1)-1),le.mipmask=ee.mipmask,we(le,ee),w.texture2D(K,ee,z),le.internalformat=ee.internalformat,It.width=ee.width,It.height=ee.height,Fi(le),si(ee,Ar),bi(K,Ar),Un(),Si(ee),Ee.profile&&(le.stats.size=Bo(le.internalformat,le.type,ee.width,ee.height,K.genMipmaps,!1)),It.format=qe[le.internalformat],It.type=At[le.type],It.mag=Ue[K.magFilter],It.min=bt[K.minFilter],It.wrapS=vt[K.wrapS],It.wrapT=vt[K.wrapT],It}function Sn(A,V,K,ee){w(!!A,"must specify image data");var W=V|0,H=K|0,q=ee|0,I=xt();return we(I,le),I.width=0,I.height=0,pt(I,A),I.width=I.width||(le.width>>q)-W,I.height=I.height||(le.height>>q)-H,w(le.type===I.type&&le.format===I.format&&le.internalformat===I.internalformat,"incompatible format for texture.subimage"),w(W>=0&&H>=0&&W+I.width<=le.width&&H+I.height<=le.height,"texture.subimage write out of bounds"),w(le.mipmask&1<<q,"missing mipmap data"),w(I.data||I.element||I.needsCopy,"missing image data"),Fi(le),hn(I,Ar,W,H,q),Un(),Mt(I),It}function L(A,V){var K=A|0,ee=V|0||K;if(K===le.width&&ee===le.height)return It;It.width=le.width=K,It.height=le.height=ee,Fi(le);for(var W=0;le.mipmask>>W;++W){var H=K>>W,q=ee>>W;if(!H||!q)break;m.texImage2D(Ar,W,le.format,H,q,0,le.format,le.type,null)}return Un(),Ee.profile&&(le.stats.size=Bo(le.internalformat,le.type,K,ee,!1,!1)),It}return It(B,me),It.subimage=Sn,It.resize=L,It._reglType="texture2d",It._texture=le,Ee.profile&&(It.stats=le.stats),It.destroy=function(){le.decRef()},It}function Ln(B,me,le,It,Sn,L){var A=new gn(Gl);Ci[A.id]=A,he.cubeCount++;var V=new Array(6);function K(H,q,I,k,F,te){var ae,Oe=A.texInfo;for(Jn.call(Oe),ae=0;ae<6;++ae)V[ae]=wn();if(typeof H=="number"||!H){var at=H|0||1;for(ae=0;ae<6;++ae)cn(V[ae],at,at)}else if(typeof H=="object")if(q)Mn(V[0],H),Mn(V[1],q),Mn(V[2],I),Mn(V[3],k),Mn(V[4],F),Mn(V[5],te);else if(vi(Oe,H),Lt(A,H),"faces"in H){var ot=H.faces;for(w(Array.isArray(ot)&&ot.length===6,"cube faces must be a length 6 array"),ae=0;ae<6;++ae)w(typeof ot[ae]=="object"&&!!ot[ae],"invalid input for cube map face"),we(V[ae],A),Mn(V[ae],ot[ae])}else for(ae=0;ae<6;++ae)Mn(V[ae],H);else w.raise("invalid arguments to cube map");for(we(A,V[0]),w.optional(function(){z.npotTextureCube||w(Fu(A.width)&&Fu(A.height),"your browser does not support non power or two texture dimensions")}),Oe.genMipmaps?A.mipmask=(V[0].width<<1)-1:A.mipmask=V[0].mipmask,w.textureCube(A,Oe,V,z),A.internalformat=V[0].internalformat,K.width=V[0].width,K.height=V[0].height,Fi(A),ae=0;ae<6;++ae)si(V[ae],Co+ae);for(bi(Oe,Gl),Un(),Ee.profile&&(A.stats.size=Bo(A.internalformat,A.type,K.width,K.height,Oe.genMipmaps,!0)),K.format=qe[A.internalformat],K.type=At[A.type],K.mag=Ue[Oe.magFilter],K.min=bt[Oe.minFilter],K.wrapS=vt[Oe.wrapS],K.wrapT=vt[Oe.wrapT],ae=0;ae<6;++ae)Si(V[ae]);return K}function ee(H,q,I,k,F){w(!!q,"must specify image data"),w(typeof H=="number"&&H===(H|0)&&H>=0&&H<6,"invalid face");var te=I|0,ae=k|0,Oe=F|0,at=xt();return we(at,A),at.width=0,at.height=0,pt(at,q),at.width=at.width||(A.width>>Oe)-te,at.height=at.height||(A.height>>Oe)-ae,w(A.type===at.type&&A.format===at.format&&A.internalformat===at.internalformat,"incompatible format for texture.subimage"),w(te>=0&&ae>=0&&te+at.width<=A.width&&ae+at.height<=A.height,"texture.subimage write out of bounds"),w(A.mipmask&1<<Oe,"missing mipmap data"),w(at.data||at.element||at.needsCopy,"missing image data"),Fi(A),hn(at,Co+H,te,ae,Oe),Un(),Mt(at),K}function W(H){var q=H|0;if(q!==A.width){K.width=A.width=q,K.height=A.height=q,Fi(A);for(var I=0;I<6;++I)for(var k=0;A.mipmask>>k;++k)m.texImage2D(Co+I,k,A.format,q>>k,q>>k,0,A.format,A.type,null);return Un(),Ee.profile&&(A.stats.size=Bo(A.internalformat,A.type,K.width,K.height,!1,!0)),K}}return K(B,me,le,It,Sn,L),K.subimage=ee,K.resize=W,K._reglType="textureCube",K._texture=A,Ee.profile&&(K.stats=A.stats),K.destroy=function(){A.decRef()},K}function pi(){for(var B=0;B<Oi;++B)m.activeTexture(Ja+B),m.bindTexture(Ar,null),di[B]=null;xn(Ci).forEach(Qt),he.cubeCount=0,he.textureCount=0}Ee.profile&&(he.getTotalTextureSize=function(){var B=0;return Object.keys(Ci).forEach(function(me){B+=Ci[me].stats.size}),B});function ls(){for(var B=0;B<Oi;++B){var me=di[B];me&&(me.bindCount=0,me.unit=-1,di[B]=null)}xn(Ci).forEach(function(le){le.texture=m.createTexture(),m.bindTexture(le.target,le.texture);for(var It=0;It<32;++It)if((le.mipmask&1<<It)!==0)if(le.target===Ar)m.texImage2D(Ar,It,le.internalformat,le.width>>It,le.height>>It,0,le.internalformat,le.type,null);else for(var Sn=0;Sn<6;++Sn)m.texImage2D(Co+Sn,It,le.internalformat,le.width>>It,le.height>>It,0,le.internalformat,le.type,null);bi(le.texInfo,le.target)})}function co(){for(var B=0;B<Oi;++B){var me=di[B];me&&(me.bindCount=0,me.unit=-1,di[B]=null),m.activeTexture(Ja+B),m.bindTexture(Ar,null),m.bindTexture(Gl,null)}}return{create2D:En,createCube:Ln,clear:pi,getTexture:function(B){return null},restore:ls,refresh:co}}var as=36161,eo=32854,sc=32855,kp=36194,rh=33189,sh=36168,ah=34041,oh=35907,lh=34836,ch=34842,zo=34843,dr=[];dr[eo]=2,dr[sc]=2,dr[kp]=2,dr[rh]=2,dr[sh]=1,dr[ah]=4,dr[oh]=4,dr[lh]=16,dr[ch]=8,dr[zo]=6;function ac(m,R,z){return dr[m]*R*z}var to=function(m,R,z,fe,Ce){var he={rgba4:eo,rgb565:kp,"rgb5 a1":sc,depth:rh,stencil:sh,"depth stencil":ah};R.ext_srgb&&(he.srgba=oh),R.ext_color_buffer_half_float&&(he.rgba16f=ch,he.rgb16f=zo),R.webgl_color_buffer_float&&(he.rgba32f=lh);var Ee=[];Object.keys(he).forEach(function(Ve){var Ze=he[Ve];Ee[Ze]=Ve});var Ge=0,ke={};function Ke(Ve){this.id=Ge++,this.refCount=1,this.renderbuffer=Ve,this.format=eo,this.width=0,this.height=0,Ce.profile&&(this.stats={size:0})}Ke.prototype.decRef=function(){--this.refCount<=0&&Qe(this)};function Qe(Ve){var Ze=Ve.renderbuffer;w(Ze,"must not double destroy renderbuffer"),m.bindRenderbuffer(as,null),m.deleteRenderbuffer(Ze),Ve.renderbuffer=null,Ve.refCount=0,delete ke[Ve.id],fe.renderbufferCount--}function Je(Ve,Ze){var Q=new Ke(m.createRenderbuffer());ke[Q.id]=Q,fe.renderbufferCount++;function xe(At,Ue){var bt=0,vt=0,Kt=eo;if(typeof At=="object"&&At){var Pe=At;if("shape"in Pe){var we=Pe.shape;w(Array.isArray(we)&&we.length>=2,"invalid renderbuffer shape"),bt=we[0]|0,vt=we[1]|0}else"radius"in Pe&&(bt=vt=Pe.radius|0),"width"in Pe&&(bt=Pe.width|0),"height"in Pe&&(vt=Pe.height|0);"format"in Pe&&(w.parameter(Pe.format,he,"invalid renderbuffer format"),Kt=he[Pe.format])}else typeof At=="number"?(bt=At|0,typeof Ue=="number"?vt=Ue|0:vt=bt):At?w.raise("invalid arguments to renderbuffer constructor"):bt=vt=1;if(w(bt>0&&vt>0&&bt<=z.maxRenderbufferSize&&vt<=z.maxRenderbufferSize,"invalid renderbuffer size"),!(bt===Q.width&&vt===Q.height&&Kt===Q.format))return xe.width=Q.width=bt,xe.height=Q.height=vt,Q.format=Kt,m.bindRenderbuffer(as,Q.renderbuffer),m.renderbufferStorage(as,Kt,bt,vt),w(m.getError()===0,"invalid render buffer format"),Ce.profile&&(Q.stats.size=ac(Q.format,Q.width,Q.height)),xe.format=Ee[Q.format],xe}function qe(At,Ue){var bt=At|0,vt=Ue|0||bt;return bt===Q.width&&vt===Q.height||(w(bt>0&&vt>0&&bt<=z.maxRenderbufferSize&&vt<=z.maxRenderbufferSize,"invalid renderbuffer size"),xe.width=Q.width=bt,xe.height=Q.height=vt,m.bindRenderbuffer(as,Q.renderbuffer),m.renderbufferStorage(as,Q.format,bt,vt),w(m.getError()===0,"invalid render buffer format"),Ce.profile&&(Q.stats.size=ac(Q.format,Q.width,Q.height))),xe}return xe(Ve,Ze),xe.resize=qe,xe._reglType="renderbuffer",xe._renderbuffer=Q,Ce.profile&&(xe.stats=Q.stats),xe.destroy=function(){Q.decRef()},xe}Ce.profile&&(fe.getTotalRenderbufferSize=function(){var Ve=0;return Object.keys(ke).forEach(function(Ze){Ve+=ke[Ze].stats.size}),Ve});function lt(){xn(ke).forEach(function(Ve){Ve.renderbuffer=m.createRenderbuffer(),m.bindRenderbuffer(as,Ve.renderbuffer),m.renderbufferStorage(as,Ve.format,Ve.width,Ve.height)}),m.bindRenderbuffer(as,null)}return{create:Je,clear:function(){xn(ke).forEach(Qe)},restore:lt}},Gr=36160,ko=36161,Is=3553,no=34069,uh=36064,hh=36096,Go=36128,oc=33306,lc=36053,Gp=36054,Vp=36055,Hp=36057,Wp=36061,Xp=36193,fh=5121,$p=5126,dh=6407,ph=6408,Yp=6402,qp=[dh,ph],cc=[];cc[ph]=4,cc[dh]=3;var Vo=[];Vo[fh]=1,Vo[$p]=4,Vo[Xp]=2;var Zp=32854,jp=32855,Kp=36194,Jp=33189,Qp=36168,mh=34041,em=35907,tm=34836,nm=34842,im=34843,rm=[Zp,jp,Kp,em,nm,im,tm],ca={};ca[lc]="complete",ca[Gp]="incomplete attachment",ca[Hp]="incomplete dimensions",ca[Vp]="incomplete, missing attachment",ca[Wp]="unsupported";function sm(m,R,z,fe,Ce,he){var Ee={cur:null,next:null,dirty:!1,setFBO:null},Ge=["rgba"],ke=["rgba4","rgb565","rgb5 a1"];R.ext_srgb&&ke.push("srgba"),R.ext_color_buffer_half_float&&ke.push("rgba16f","rgb16f"),R.webgl_color_buffer_float&&ke.push("rgba32f");var Ke=["uint8"];R.oes_texture_half_float&&Ke.push("half float","float16"),R.oes_texture_float&&Ke.push("float","float32");function Qe($e,pt,gt){this.target=$e,this.texture=pt,this.renderbuffer=gt;var hn=0,on=0;pt?(hn=pt.width,on=pt.height):gt&&(hn=gt.width,on=gt.height),this.width=hn,this.height=on}function Je($e){$e&&($e.texture&&$e.texture._texture.decRef(),$e.renderbuffer&&$e.renderbuffer._renderbuffer.decRef())}function lt($e,pt,gt){if($e)if($e.texture){var hn=$e.texture._texture,on=Math.max(1,hn.width),xt=Math.max(1,hn.height);w(on===pt&&xt===gt,"inconsistent width/height for supplied texture"),hn.refCount+=1}else{var Mt=$e.renderbuffer._renderbuffer;w(Mt.width===pt&&Mt.height===gt,"inconsistent width/height for renderbuffer"),Mt.refCount+=1}}function Ve($e,pt){pt&&(pt.texture?m.framebufferTexture2D(Gr,$e,pt.target,pt.texture._texture.texture,0):m.framebufferRenderbuffer(Gr,$e,ko,pt.renderbuffer._renderbuffer.renderbuffer))}function Ze($e){var pt=Is,gt=null,hn=null,on=$e;typeof $e=="object"&&(on=$e.data,"target"in $e&&(pt=$e.target|0)),w.type(on,"function","invalid attachment data");var xt=on._reglType;return xt==="texture2d"?(gt=on,w(pt===Is)):xt==="textureCube"?(gt=on,w(pt>=no&&pt<no+6,"invalid cube map target")):xt==="renderbuffer"?(hn=on,pt=ko):w.raise("invalid regl object for attachment"),new Qe(pt,gt,hn)}function Q($e,pt,gt,hn,on){if(gt){var xt=fe.create2D({width:$e,height:pt,format:hn,type:on});return xt._texture.refCount=0,new Qe(Is,xt,null)}else{var Mt=Ce.create({width:$e,height:pt,format:hn});return Mt._renderbuffer.refCount=0,new Qe(ko,null,Mt)}}function xe($e){return $e&&($e.texture||$e.renderbuffer)}function qe($e,pt,gt){$e&&($e.texture?$e.texture.resize(pt,gt):$e.renderbuffer&&$e.renderbuffer.resize(pt,gt),$e.width=pt,$e.height=gt)}var At=0,Ue={};function bt(){this.id=At++,Ue[this.id]=this,this.framebuffer=m.createFramebuffer(),this.width=0,this.height=0,this.colorAttachments=[],this.depthAttachment=null,this.stencilAttachment=null,this.depthStencilAttachment=null}function vt($e){$e.colorAttachments.forEach(Je),Je($e.depthAttachment),Je($e.stencilAttachment),Je($e.depthStencilAttachment)}function Kt($e){var pt=$e.framebuffer;w(pt,"must not double destroy framebuffer"),m.deleteFramebuffer(pt),$e.framebuffer=null,he.framebufferCount--,delete Ue[$e.id]}function Pe($e){var pt;m.bindFramebuffer(Gr,$e.framebuffer);var gt=$e.colorAttachments;for(pt=0;pt<gt.length;++pt)Ve(uh+pt,gt[pt]);for(pt=gt.length;pt<z.maxColorAttachments;++pt)m.framebufferTexture2D(Gr,uh+pt,Is,null,0);m.framebufferTexture2D(Gr,oc,Is,null,0),m.framebufferTexture2D(Gr,hh,Is,null,0),m.framebufferTexture2D(Gr,Go,Is,null,0),Ve(hh,$e.depthAttachment),Ve(Go,$e.stencilAttachment),Ve(oc,$e.depthStencilAttachment);var hn=m.checkFramebufferStatus(Gr);!m.isContextLost()&&hn!==lc&&w.raise("framebuffer configuration not supported, status = "+ca[hn]),m.bindFramebuffer(Gr,Ee.next?Ee.next.framebuffer:null),Ee.cur=Ee.next,m.getError()}function we($e,pt){var gt=new bt;he.framebufferCount++;function hn(xt,Mt){var tn;w(Ee.next!==gt,"can not update framebuffer which is currently in use");var cn=0,Mn=0,si=!0,oi=!0,wn=null,Si=!0,Jn="rgba",vi="uint8",bi=1,Mi=null,Ci=null,Oi=null,di=!1;if(typeof xt=="number")cn=xt|0,Mn=Mt|0||cn;else if(!xt)cn=Mn=1;else{w.type(xt,"object","invalid arguments for framebuffer");var gn=xt;if("shape"in gn){var Fi=gn.shape;w(Array.isArray(Fi)&&Fi.length>=2,"invalid shape for framebuffer"),cn=Fi[0],Mn=Fi[1]}else"radius"in gn&&(cn=Mn=gn.radius),"width"in gn&&(cn=gn.width),"height"in gn&&(Mn=gn.height);("color"in gn||"colors"in gn)&&(wn=gn.color||gn.colors,Array.isArray(wn)&&w(wn.length===1||R.webgl_draw_buffers,"multiple render targets not supported")),wn||("colorCount"in gn&&(bi=gn.colorCount|0,w(bi>0,"invalid color buffer count")),"colorTexture"in gn&&(Si=!!gn.colorTexture,Jn="rgba4"),"colorType"in gn&&(vi=gn.colorType,Si?(w(R.oes_texture_float||!(vi==="float"||vi==="float32"),"you must enable OES_texture_float in order to use floating point framebuffer objects"),w(R.oes_texture_half_float||!(vi==="half float"||vi==="float16"),"you must enable OES_texture_half_float in order to use 16-bit floating point framebuffer objects")):vi==="half float"||vi==="float16"?(w(R.ext_color_buffer_half_float,"you must enable EXT_color_buffer_half_float to use 16-bit render buffers"),Jn="rgba16f"):(vi==="float"||vi==="float32")&&(w(R.webgl_color_buffer_float,"you must enable WEBGL_color_buffer_float in order to use 32-bit floating point renderbuffers"),Jn="rgba32f"),w.oneOf(vi,Ke,"invalid color type")),"colorFormat"in gn&&(Jn=gn.colorFormat,Ge.indexOf(Jn)>=0?Si=!0:ke.indexOf(Jn)>=0?Si=!1:w.optional(function(){Si?w.oneOf(gn.colorFormat,Ge,"invalid color format for texture"):w.oneOf(gn.colorFormat,ke,"invalid color format for renderbuffer")}))),("depthTexture"in gn||"depthStencilTexture"in gn)&&(di=!!(gn.depthTexture||gn.depthStencilTexture),w(!di||R.webgl_depth_texture,"webgl_depth_texture extension not supported")),"depth"in gn&&(typeof gn.depth=="boolean"?si=gn.depth:(Mi=gn.depth,oi=!1)),"stencil"in gn&&(typeof gn.stencil=="boolean"?oi=gn.stencil:(Ci=gn.stencil,si=!1)),"depthStencil"in gn&&(typeof gn.depthStencil=="boolean"?si=oi=gn.depthStencil:(Oi=gn.depthStencil,si=!1,oi=!1))}var Un=null,Qt=null,En=null,Ln=null;if(Array.isArray(wn))Un=wn.map(Ze);else if(wn)Un=[Ze(wn)];else for(Un=new Array(bi),tn=0;tn<bi;++tn)Un[tn]=Q(cn,Mn,Si,Jn,vi);w(R.webgl_draw_buffers||Un.length<=1,"you must enable the WEBGL_draw_buffers extension in order to use multiple color buffers."),w(Un.length<=z.maxColorAttachments,"too many color attachments, not supported"),cn=cn||Un[0].width,Mn=Mn||Un[0].height,Mi?Qt=Ze(Mi):si&&!oi&&(Qt=Q(cn,Mn,di,"depth","uint32")),Ci?En=Ze(Ci):oi&&!si&&(En=Q(cn,Mn,!1,"stencil","uint8")),Oi?Ln=Ze(Oi):!Mi&&!Ci&&oi&&si&&(Ln=Q(cn,Mn,di,"depth stencil","depth stencil")),w(!!Mi+!!Ci+!!Oi<=1,"invalid framebuffer configuration, can specify exactly one depth/stencil attachment");var pi=null;for(tn=0;tn<Un.length;++tn)if(lt(Un[tn],cn,Mn),w(!Un[tn]||Un[tn].texture&&qp.indexOf(Un[tn].texture._texture.format)>=0||Un[tn].renderbuffer&&rm.indexOf(Un[tn].renderbuffer._renderbuffer.format)>=0,"framebuffer color attachment "+tn+" is invalid"),Un[tn]&&Un[tn].texture){var ls=cc[Un[tn].texture._texture.format]*Vo[Un[tn].texture._texture.type];pi===null?pi=ls:w(pi===ls,"all color attachments much have the same number of bits per pixel.")}return lt(Qt,cn,Mn),w(!Qt||Qt.texture&&Qt.texture._texture.format===Yp||Qt.renderbuffer&&Qt.renderbuffer._renderbuffer.format===Jp,"invalid depth attachment for framebuffer object"),lt(En,cn,Mn),w(!En||En.renderbuffer&&En.renderbuffer._renderbuffer.format===Qp,"invalid stencil attachment for framebuffer object"),lt(Ln,cn,Mn),w(!Ln||Ln.texture&&Ln.texture._texture.format===mh||Ln.renderbuffer&&Ln.renderbuffer._renderbuffer.format===mh,"invalid depth-stencil attachment for framebuffer object"),vt(gt),gt.width=cn,gt.height=Mn,gt.colorAttachments=Un,gt.depthAttachment=Qt,gt.stencilAttachment=En,gt.depthStencilAttachment=Ln,hn.color=Un.map(xe),hn.depth=xe(Qt),hn.stencil=xe(En),hn.depthStencil=xe(Ln),hn.width=gt.width,hn.height=gt.height,Pe(gt),hn}function on(xt,Mt){w(Ee.next!==gt,"can not resize a framebuffer which is currently in use");var tn=Math.max(xt|0,1),cn=Math.max(Mt|0||tn,1);if(tn===gt.width&&cn===gt.height)return hn;for(var Mn=gt.colorAttachments,si=0;si<Mn.length;++si)qe(Mn[si],tn,cn);return qe(gt.depthAttachment,tn,cn),qe(gt.stencilAttachment,tn,cn),qe(gt.depthStencilAttachment,tn,cn),gt.width=hn.width=tn,gt.height=hn.height=cn,Pe(gt),hn}return hn($e,pt),e(hn,{resize:on,_reglType:"framebuffer",_framebuffer:gt,destroy:function(){Kt(gt),vt(gt)},use:function(xt){Ee.setFBO({framebuffer:hn},xt)}})}function Lt($e){var pt=Array(6);function gt(on){var xt;w(pt.indexOf(Ee.next)<0,"can not update framebuffer which is currently in use");var Mt={color:null},tn=0,cn=null,Mn="rgba",si="uint8",oi=1;if(typeof on=="number")tn=on|0;else if(!on)tn=1;else{w.type(on,"object","invalid arguments for framebuffer");var wn=on;if("shape"in wn){var Si=wn.shape;w(Array.isArray(Si)&&Si.length>=2,"invalid shape for framebuffer"),w(Si[0]===Si[1],"cube framebuffer must be square"),tn=Si[0]}else"radius"in wn&&(tn=wn.radius|0),"width"in wn?(tn=wn.width|0,"height"in wn&&w(wn.height===tn,"must be square")):"height"in wn&&(tn=wn.height|0);("color"in wn||"colors"in wn)&&(cn=wn.color||wn.colors,Array.isArray(cn)&&w(cn.length===1||R.webgl_draw_buffers,"multiple render targets not supported")),cn||("colorCount"in wn&&(oi=wn.colorCount|0,w(oi>0,"invalid color buffer count")),"colorType"in wn&&(w.oneOf(wn.colorType,Ke,"invalid color type"),si=wn.colorType),"colorFormat"in wn&&(Mn=wn.colorFormat,w.oneOf(wn.colorFormat,Ge,"invalid color format for texture"))),"depth"in wn&&(Mt.depth=wn.depth),"stencil"in wn&&(Mt.stencil=wn.stencil),"depthStencil"in wn&&(Mt.depthStencil=wn.depthStencil)}var Jn;if(cn)if(Array.isArray(cn))for(Jn=[],xt=0;xt<cn.length;++xt)Jn[xt]=cn[xt];else Jn=[cn];else{Jn=Array(oi);var vi={radius:tn,format:Mn,type:si};for(xt=0;xt<oi;++xt)Jn[xt]=fe.createCube(vi)}for(Mt.color=Array(Jn.length),xt=0;xt<Jn.length;++xt){var bi=Jn[xt];w(typeof bi=="function"&&bi._reglType==="textureCube","invalid cube map"),tn=tn||bi.width,w(bi.width===tn&&bi.height===tn,"invalid cube map shape"),Mt.color[xt]={target:no,data:Jn[xt]}}for(xt=0;xt<6;++xt){for(var Mi=0;Mi<Jn.length;++Mi)Mt.color[Mi].target=no+xt;xt>0&&(Mt.depth=pt[0].depth,Mt.stencil=pt[0].stencil,Mt.depthStencil=pt[0].depthStencil),pt[xt]?pt[xt](Mt):pt[xt]=we(Mt)}return e(gt,{width:tn,height:tn,color:Jn})}function hn(on){var xt,Mt=on|0;if(w(Mt>0&&Mt<=z.maxCubeMapSize,"invalid radius for cube fbo"),Mt===gt.width)return gt;var tn=gt.color;for(xt=0;xt<tn.length;++xt)tn[xt].resize(Mt);for(xt=0;xt<6;++xt)pt[xt].resize(Mt);return gt.width=gt.height=Mt,gt}return gt($e),e(gt,{faces:pt,resize:hn,_reglType:"framebufferCube",destroy:function(){pt.forEach(function(on){on.destroy()})}})}function ct(){Ee.cur=null,Ee.next=null,Ee.dirty=!0,xn(Ue).forEach(function($e){$e.framebuffer=m.createFramebuffer(),Pe($e)})}return e(Ee,{getFramebuffer:function($e){if(typeof $e=="function"&&$e._reglType==="framebuffer"){var pt=$e._framebuffer;if(pt instanceof bt)return pt}return null},create:we,createCube:Lt,clear:function(){xn(Ue).forEach(Kt)},restore:ct})}var am=5126,gh=34962,Ho=34963,_h=["attributes","elements","offset","count","primitive","instances"];function uc(){this.state=0,this.x=0,this.y=0,this.z=0,this.w=0,this.buffer=null,this.size=0,this.normalized=!1,this.type=am,this.offset=0,this.stride=0,this.divisor=0}function om(m,R,z,fe,Ce,he,Ee){for(var Ge=z.maxAttributes,ke=new Array(Ge),Ke=0;Ke<Ge;++Ke)ke[Ke]=new uc;var Qe=0,Je={},lt={Record:uc,scope:{},state:ke,currentVAO:null,targetVAO:null,restore:Ze()?vt:function(){},createVAO:Kt,getVAO:xe,destroyBuffer:Ve,setVAO:Ze()?qe:At,clear:Ze()?Ue:function(){}};function Ve(Pe){for(var we=0;we<ke.length;++we){var Lt=ke[we];Lt.buffer===Pe&&(m.disableVertexAttribArray(we),Lt.buffer=null)}}function Ze(){return R.oes_vertex_array_object}function Q(){return R.angle_instanced_arrays}function xe(Pe){return typeof Pe=="function"&&Pe._vao?Pe._vao:null}function qe(Pe){if(Pe!==lt.currentVAO){var we=Ze();Pe?we.bindVertexArrayOES(Pe.vao):we.bindVertexArrayOES(null),lt.currentVAO=Pe}}function At(Pe){if(Pe!==lt.currentVAO){if(Pe)Pe.bindAttrs();else{for(var we=Q(),Lt=0;Lt<ke.length;++Lt){var ct=ke[Lt];ct.buffer?(m.enableVertexAttribArray(Lt),ct.buffer.bind(),m.vertexAttribPointer(Lt,ct.size,ct.type,ct.normalized,ct.stride,ct.offfset),we&&ct.divisor&&we.vertexAttribDivisorANGLE(Lt,ct.divisor)):(m.disableVertexAttribArray(Lt),m.vertexAttrib4f(Lt,ct.x,ct.y,ct.z,ct.w))}Ee.elements?m.bindBuffer(Ho,Ee.elements.buffer.buffer):m.bindBuffer(Ho,null)}lt.currentVAO=Pe}}function Ue(){xn(Je).forEach(function(Pe){Pe.destroy()})}function bt(){this.id=++Qe,this.attributes=[],this.elements=null,this.ownsElements=!1,this.count=0,this.offset=0,this.instances=-1,this.primitive=4;var Pe=Ze();Pe?this.vao=Pe.createVertexArrayOES():this.vao=null,Je[this.id]=this,this.buffers=[]}bt.prototype.bindAttrs=function(){for(var Pe=Q(),we=this.attributes,Lt=0;Lt<we.length;++Lt){var ct=we[Lt];ct.buffer?(m.enableVertexAttribArray(Lt),m.bindBuffer(gh,ct.buffer.buffer),m.vertexAttribPointer(Lt,ct.size,ct.type,ct.normalized,ct.stride,ct.offset),Pe&&ct.divisor&&Pe.vertexAttribDivisorANGLE(Lt,ct.divisor)):(m.disableVertexAttribArray(Lt),m.vertexAttrib4f(Lt,ct.x,ct.y,ct.z,ct.w))}for(var $e=we.length;$e<Ge;++$e)m.disableVertexAttribArray($e);var pt=he.getElements(this.elements);pt?m.bindBuffer(Ho,pt.buffer.buffer):m.bindBuffer(Ho,null)},bt.prototype.refresh=function(){var Pe=Ze();Pe&&(Pe.bindVertexArrayOES(this.vao),this.bindAttrs(),lt.currentVAO=null,Pe.bindVertexArrayOES(null))},bt.prototype.destroy=function(){if(this.vao){var Pe=Ze();this===lt.currentVAO&&(lt.currentVAO=null,Pe.bindVertexArrayOES(null)),Pe.deleteVertexArrayOES(this.vao),this.vao=null}this.ownsElements&&(this.elements.destroy(),this.elements=null,this.ownsElements=!1),Je[this.id]&&(delete Je[this.id],fe.vaoCount-=1)};function vt(){var Pe=Ze();Pe&&xn(Je).forEach(function(we){we.refresh()})}function Kt(Pe){var we=new bt;fe.vaoCount+=1;function Lt(ct){var $e;if(Array.isArray(ct))$e=ct,we.elements&&we.ownsElements&&we.elements.destroy(),we.elements=null,we.ownsElements=!1,we.offset=0,we.count=0,we.instances=-1,we.primitive=4;else{if(w(typeof ct=="object","invalid arguments for create vao"),w("attributes"in ct,"must specify attributes for vao"),ct.elements){var pt=ct.elements;we.ownsElements?typeof pt=="function"&&pt._reglType==="elements"?(we.elements.destroy(),we.ownsElements=!1):(we.elements(pt),we.ownsElements=!1):he.getElements(ct.elements)?(we.elements=ct.elements,we.ownsElements=!1):(we.elements=he.create(ct.elements),we.ownsElements=!0)}else we.elements=null,we.ownsElements=!1;$e=ct.attributes,we.offset=0,we.count=-1,we.instances=-1,we.primitive=4,we.elements&&(we.count=we.elements._elements.vertCount,we.primitive=we.elements._elements.primType),"offset"in ct&&(we.offset=ct.offset|0),"count"in ct&&(we.count=ct.count|0),"instances"in ct&&(we.instances=ct.instances|0),"primitive"in ct&&(w(ct.primitive in rr,"bad primitive type: "+ct.primitive),we.primitive=rr[ct.primitive]),w.optional(()=>{for(var si=Object.keys(ct),oi=0;oi<si.length;++oi)w(_h.indexOf(si[oi])>=0,'invalid option for vao: "'+si[oi]+'" valid options are '+_h)}),w(Array.isArray($e),"attributes must be an array")}w($e.length<Ge,"too many attributes"),w($e.length>0,"must specify at least one attribute");var gt={},hn=we.attributes;hn.length=$e.length;for(var on=0;on<$e.length;++on){var xt=$e[on],Mt=hn[on]=new uc,tn=xt.data||xt;if(Array.isArray(tn)||n(tn)||Hn(tn)){var cn;we.buffers[on]&&(cn=we.buffers[on],n(tn)&&cn._buffer.byteLength>=tn.byteLength?cn.subdata(tn):(cn.destroy(),we.buffers[on]=null)),we.buffers[on]||(cn=we.buffers[on]=Ce.create(xt,gh,!1,!0)),Mt.buffer=Ce.getBuffer(cn),Mt.size=Mt.buffer.dimension|0,Mt.normalized=!1,Mt.type=Mt.buffer.dtype,Mt.offset=0,Mt.stride=0,Mt.divisor=0,Mt.state=1,gt[on]=1}else Ce.getBuffer(xt)?(Mt.buffer=Ce.getBuffer(xt),Mt.size=Mt.buffer.dimension|0,Mt.normalized=!1,Mt.type=Mt.buffer.dtype,Mt.offset=0,Mt.stride=0,Mt.divisor=0,Mt.state=1):Ce.getBuffer(xt.buffer)?(Mt.buffer=Ce.getBuffer(xt.buffer),Mt.size=(+xt.size||Mt.buffer.dimension)|0,Mt.normalized=!!xt.normalized||!1,"type"in xt?(w.parameter(xt.type,fr,"invalid buffer type"),Mt.type=fr[xt.type]):Mt.type=Mt.buffer.dtype,Mt.offset=(xt.offset||0)|0,Mt.stride=(xt.stride||0)|0,Mt.divisor=(xt.divisor||0)|0,Mt.state=1,w(Mt.size>=1&&Mt.size<=4,"size must be between 1 and 4"),w(Mt.offset>=0,"invalid offset"),w(Mt.stride>=0&&Mt.stride<=255,"stride must be between 0 and 255"),w(Mt.divisor>=0,"divisor must be positive"),w(!Mt.divisor||!!R.angle_instanced_arrays,"ANGLE_instanced_arrays must be enabled to use divisor")):"x"in xt?(w(on>0,"first attribute must not be a constant"),Mt.x=+xt.x||0,Mt.y=+xt.y||0,Mt.z=+xt.z||0,Mt.w=+xt.w||0,Mt.state=2):w(!1,"invalid attribute spec for location "+on)}for(var Mn=0;Mn<we.buffers.length;++Mn)!gt[Mn]&&we.buffers[Mn]&&(we.buffers[Mn].destroy(),we.buffers[Mn]=null);return we.refresh(),Lt}return Lt.destroy=function(){for(var ct=0;ct<we.buffers.length;++ct)we.buffers[ct]&&we.buffers[ct].destroy();we.buffers.length=0,we.ownsElements&&(we.elements.destroy(),we.elements=null,we.ownsElements=!1),we.destroy()},Lt._vao=we,Lt._reglType="vao",Lt(Pe)}return lt}var Wo=35632,lm=35633,cm=35718,um=35721;function hm(m,R,z,fe){var Ce={},he={};function Ee(Q,xe,qe,At){this.name=Q,this.id=xe,this.location=qe,this.info=At}function Ge(Q,xe){for(var qe=0;qe<Q.length;++qe)if(Q[qe].id===xe.id){Q[qe].location=xe.location;return}Q.push(xe)}function ke(Q,xe,qe){var At=Q===Wo?Ce:he,Ue=At[xe];if(!Ue){var bt=R.str(xe);Ue=m.createShader(Q),m.shaderSource(Ue,bt),m.compileShader(Ue),w.shaderError(m,Ue,bt,Q,qe),At[xe]=Ue}return Ue}var Ke={},Qe=[],Je=0;function lt(Q,xe){this.id=Je++,this.fragId=Q,this.vertId=xe,this.program=null,this.uniforms=[],this.attributes=[],this.refCount=1,fe.profile&&(this.stats={uniformsCount:0,attributesCount:0})}function Ve(Q,xe,qe){var At,Ue,bt=ke(Wo,Q.fragId),vt=ke(lm,Q.vertId),Kt=Q.program=m.createProgram();if(m.attachShader(Kt,bt),m.attachShader(Kt,vt),qe)for(At=0;At<qe.length;++At){var Pe=qe[At];m.bindAttribLocation(Kt,Pe[0],Pe[1])}m.linkProgram(Kt),w.linkError(m,Kt,R.str(Q.fragId),R.str(Q.vertId),xe);var we=m.getProgramParameter(Kt,cm);fe.profile&&(Q.stats.uniformsCount=we);var Lt=Q.uniforms;for(At=0;At<we;++At)if(Ue=m.getActiveUniform(Kt,At),Ue)if(Ue.size>1)for(var ct=0;ct<Ue.size;++ct){var $e=Ue.name.replace("[0]","["+ct+"]");Ge(Lt,new Ee($e,R.id($e),m.getUniformLocation(Kt,$e),Ue))}else Ge(Lt,new Ee(Ue.name,R.id(Ue.name),m.getUniformLocation(Kt,Ue.name),Ue));var pt=m.getProgramParameter(Kt,um);fe.profile&&(Q.stats.attributesCount=pt);var gt=Q.attributes;for(At=0;At<pt;++At)Ue=m.getActiveAttrib(Kt,At),Ue&&Ge(gt,new Ee(Ue.name,R.id(Ue.name),m.getAttribLocation(Kt,Ue.name),Ue))}fe.profile&&(z.getMaxUniformsCount=function(){var Q=0;return Qe.forEach(function(xe){xe.stats.uniformsCount>Q&&(Q=xe.stats.uniformsCount)}),Q},z.getMaxAttributesCount=function(){var Q=0;return Qe.forEach(function(xe){xe.stats.attributesCount>Q&&(Q=xe.stats.attributesCount)}),Q});function Ze(){Ce={},he={};for(var Q=0;Q<Qe.length;++Q)Ve(Qe[Q],null,Qe[Q].attributes.map(function(xe){return[xe.location,xe.name]}))}return{clear:function(){var Q=m.deleteShader.bind(m);xn(Ce).forEach(Q),Ce={},xn(he).forEach(Q),he={},Qe.forEach(function(xe){m.deleteProgram(xe.program)}),Qe.length=0,Ke={},z.shaderCount=0},program:function(Q,xe,qe,At){w.command(Q>=0,"missing vertex shader",qe),w.command(xe>=0,"missing fragment shader",qe);var Ue=Ke[xe];Ue||(Ue=Ke[xe]={});var bt=Ue[Q];if(bt&&(bt.refCount++,!At))return bt;var vt=new lt(xe,Q);return z.shaderCount++,Ve(vt,qe,At),bt||(Ue[Q]=vt),Qe.push(vt),e(vt,{destroy:function(){if(vt.refCount--,vt.refCount<=0){m.deleteProgram(vt.program);var Kt=Qe.indexOf(vt);Qe.splice(Kt,1),z.shaderCount--}Ue[vt.vertId].refCount<=0&&(m.deleteShader(he[vt.vertId]),delete he[vt.vertId],delete Ke[vt.fragId][vt.vertId]),Object.keys(Ke[vt.fragId]).length||(m.deleteShader(Ce[vt.fragId]),delete Ce[vt.fragId],delete Ke[vt.fragId])}})},restore:Ze,shader:ke,frag:-1,vert:-1}}var fm=6408,io=5121,dm=3333,Xo=5126;function pm(m,R,z,fe,Ce,he,Ee){function Ge(Qe){var Je;R.next===null?(w(Ce.preserveDrawingBuffer,'you must create a webgl context with "preserveDrawingBuffer":true in order to read pixels from the drawing buffer'),Je=io):(w(R.next.colorAttachments[0].texture!==null,"You cannot read from a renderbuffer"),Je=R.next.colorAttachments[0].texture._texture.type,w.optional(function(){he.oes_texture_float?(w(Je===io||Je===Xo,"Reading from a framebuffer is only allowed for the types 'uint8' and 'float'"),Je===Xo&&w(Ee.readFloat,"Reading 'float' values is not permitted in your browser. For a fallback, please see: https://www.npmjs.com/package/glsl-read-float")):w(Je===io,"Reading from a framebuffer is only allowed for the type 'uint8'")}));var lt=0,Ve=0,Ze=fe.framebufferWidth,Q=fe.framebufferHeight,xe=null;n(Qe)?xe=Qe:Qe&&(w.type(Qe,"object","invalid arguments to regl.read()"),lt=Qe.x|0,Ve=Qe.y|0,w(lt>=0&&lt<fe.framebufferWidth,"invalid x offset for regl.read"),w(Ve>=0&&Ve<fe.framebufferHeight,"invalid y offset for regl.read"),Ze=(Qe.width||fe.framebufferWidth-lt)|0,Q=(Qe.height||fe.framebufferHeight-Ve)|0,xe=Qe.data||null),xe&&(Je===io?w(xe instanceof Uint8Array,"buffer must be 'Uint8Array' when reading from a framebuffer of type 'uint8'"):Je===Xo&&w(xe instanceof Float32Array,"buffer must be 'Float32Array' when reading from a framebuffer of type 'float'")),w(Ze>0&&Ze+lt<=fe.framebufferWidth,"invalid width for read pixels"),w(Q>0&&Q+Ve<=fe.framebufferHeight,"invalid height for read pixels"),z();var qe=Ze*Q*4;return xe||(Je===io?xe=new Uint8Array(qe):Je===Xo&&(xe=xe||new Float32Array(qe))),w.isTypedArray(xe,"data buffer for regl.read() must be a typedarray"),w(xe.byteLength>=qe,"data buffer for regl.read() too small"),m.pixelStorei(dm,4),m.readPixels(lt,Ve,Ze,Q,fm,Je,xe),xe}function ke(Qe){var Je;return R.setFBO({framebuffer:Qe.framebuffer},function(){Je=Ge(Qe)}),Je}function Ke(Qe){return!Qe||!("framebuffer"in Qe)?Ge(Qe):ke(Qe)}return Ke}function ua(m){return Array.prototype.slice.call(m)}function ha(m){return ua(m).join("")}function mm(){var m=0,R=[],z=[];function fe(Je){for(var lt=0;lt<z.length;++lt)if(z[lt]===Je)return R[lt];var Ve="g"+m++;return R.push(Ve),z.push(Je),Ve}function Ce(){var Je=[];function lt(){Je.push.apply(Je,ua(arguments))}var Ve=[];function Ze(){var Q="v"+m++;return Ve.push(Q),arguments.length>0&&(Je.push(Q,"="),Je.push.apply(Je,ua(arguments)),Je.push(";")),Q}return e(lt,{def:Ze,toString:function(){return ha([Ve.length>0?"var "+Ve.join(",")+";":"",ha(Je)])}})}function he(){var Je=Ce(),lt=Ce(),Ve=Je.toString,Ze=lt.toString;function Q(xe,qe){lt(xe,qe,"=",Je.def(xe,qe),";")}return e(function(){Je.apply(Je,ua(arguments))},{def:Je.def,entry:Je,exit:lt,save:Q,set:function(xe,qe,At){Q(xe,qe),Je(xe,qe,"=",At,";")},toString:function(){return Ve()+Ze()}})}function Ee(){var Je=ha(arguments),lt=he(),Ve=he(),Ze=lt.toString,Q=Ve.toString;return e(lt,{then:function(){return lt.apply(lt,ua(arguments)),this},else:function(){return Ve.apply(Ve,ua(arguments)),this},toString:function(){var xe=Q();return xe&&(xe="else{"+xe+"}"),ha(["if(",Je,"){",Ze(),"}",xe])}})}var Ge=Ce(),ke={};function Ke(Je,lt){var Ve=[];function Ze(){var Ue="a"+Ve.length;return Ve.push(Ue),Ue}lt=lt||0;for(var Q=0;Q<lt;++Q)Ze();var xe=he(),qe=xe.toString,At=ke[Je]=e(xe,{arg:Ze,toString:function(){return ha(["function(",Ve.join(),"){",qe(),"}"])}});return At}function Qe(){var Je=['"use strict";',Ge,"return {"];Object.keys(ke).forEach(function(Ze){Je.push('"',Ze,'":',ke[Ze].toString(),",")}),Je.push("}");var lt=ha(Je).replace(/;/g,`;
`).replace(/}/g,`}
`).replace(/{/g,`{
`),Ve=Function.apply(null,R.concat(lt));return Ve.apply(null,z)}return{global:Ge,link:fe,block:Ce,proc:Ke,scope:he,cond:Ee,compile:Qe}}var fa="xyzw".split(""),vh=5121,da=1,hc=2,fc=0,dc=1,ro=2,so=3,$o=4,pc=5,xh=6,mc="dither",yh="blend.enable",gc="blend.color",Yo="blend.equation",qo="blend.func",_c="depth.enable",vc="depth.func",Sh="depth.range",xc="depth.mask",yc="colorMask",pa="cull.enable",bh="cull.face",Sc="frontFace",bc="lineWidth",Mh="polygonOffset.enable",ma="polygonOffset.offset",Eh="sample.alpha",f="sample.enable",P="sample.coverage",J="stencil.enable",be="stencil.mask",He="stencil.func",Et="stencil.opFront",Rt="stencil.opBack",St="scissor.enable",st="scissor.box",fn="viewport",fi="profile",gi="framebuffer",Ps="vert",wr="frag",pr="elements",ao="primitive",oo="count",Ah="offset",Th="instances",Mc="vao",gm="Width",_m="Height",Zo=gi+gm,jo=gi+_m,Ry=fn+gm,Iy=fn+_m,j0="drawingBuffer",K0=j0+gm,J0=j0+_m,Py=[qo,Yo,He,Et,Rt,P,fn,st,ma],Ko=34962,vm=34963,Ly=35632,Dy=35633,Q0=3553,Ny=34067,Oy=2884,Fy=3042,Uy=3024,By=2960,zy=2929,ky=3089,Gy=32823,Vy=32926,Hy=32928,xm=5126,wh=35664,Ch=35665,Rh=35666,ym=5124,Ih=35667,Ph=35668,Lh=35669,Sm=35670,Dh=35671,Nh=35672,Oh=35673,Ec=35674,Ac=35675,Tc=35676,wc=35678,Cc=35680,bm=4,Rc=1028,lo=1029,e_=2304,Mm=2305,Wy=32775,Xy=32776,$y=519,ga=7680,t_=0,n_=1,i_=32774,Yy=513,r_=36160,qy=36064,os={0:0,1:1,zero:0,one:1,"src color":768,"one minus src color":769,"src alpha":770,"one minus src alpha":771,"dst color":774,"one minus dst color":775,"dst alpha":772,"one minus dst alpha":773,"constant color":32769,"one minus constant color":32770,"constant alpha":32771,"one minus constant alpha":32772,"src alpha saturate":776},s_=["constant color, constant alpha","one minus constant color, constant alpha","constant color, one minus constant alpha","one minus constant color, one minus constant alpha","constant alpha, constant color","constant alpha, one minus constant color","one minus constant alpha, constant color","one minus constant alpha, one minus constant color"],Jo={never:512,less:513,"<":513,equal:514,"=":514,"==":514,"===":514,lequal:515,"<=":515,greater:516,">":516,notequal:517,"!=":517,"!==":517,gequal:518,">=":518,always:519},_a={0:0,zero:0,keep:7680,replace:7681,increment:7682,decrement:7683,"increment wrap":34055,"decrement wrap":34056,invert:5386},a_={frag:Ly,vert:Dy},Em={cw:e_,ccw:Mm};function Fh(m){return Array.isArray(m)||n(m)||Hn(m)}function o_(m){return m.sort(function(R,z){return R===fn?-1:z===fn?1:R<z?-1:1})}function Ti(m,R,z,fe){this.thisDep=m,this.contextDep=R,this.propDep=z,this.append=fe}function va(m){return m&&!(m.thisDep||m.contextDep||m.propDep)}function _i(m){return new Ti(!1,!1,!1,m)}function ar(m,R){var z=m.type;if(z===fc){var fe=m.data.length;return new Ti(!0,fe>=1,fe>=2,R)}else if(z===$o){var Ce=m.data;return new Ti(Ce.thisDep,Ce.contextDep,Ce.propDep,R)}else{if(z===pc)return new Ti(!1,!1,!1,R);if(z===xh){for(var he=!1,Ee=!1,Ge=!1,ke=0;ke<m.data.length;++ke){var Ke=m.data[ke];if(Ke.type===dc)Ge=!0;else if(Ke.type===ro)Ee=!0;else if(Ke.type===so)he=!0;else if(Ke.type===fc){he=!0;var Qe=Ke.data;Qe>=1&&(Ee=!0),Qe>=2&&(Ge=!0)}else Ke.type===$o&&(he=he||Ke.data.thisDep,Ee=Ee||Ke.data.contextDep,Ge=Ge||Ke.data.propDep)}return new Ti(he,Ee,Ge,R)}else return new Ti(z===so,z===ro,z===dc,R)}}var l_=new Ti(!1,!1,!1,function(){});function Zy(m,R,z,fe,Ce,he,Ee,Ge,ke,Ke,Qe,Je,lt,Ve,Ze){var Q=Ke.Record,xe={add:32774,subtract:32778,"reverse subtract":32779};z.ext_blend_minmax&&(xe.min=Wy,xe.max=Xy);var qe=z.angle_instanced_arrays,At=z.webgl_draw_buffers,Ue=z.oes_vertex_array_object,bt={dirty:!0,profile:Ze.profile},vt={},Kt=[],Pe={},we={};function Lt(L){return L.replace(".","_")}function ct(L,A,V){var K=Lt(L);Kt.push(L),vt[K]=bt[K]=!!V,Pe[K]=A}function $e(L,A,V){var K=Lt(L);Kt.push(L),Array.isArray(V)?(bt[K]=V.slice(),vt[K]=V.slice()):bt[K]=vt[K]=V,we[K]=A}ct(mc,Uy),ct(yh,Fy),$e(gc,"blendColor",[0,0,0,0]),$e(Yo,"blendEquationSeparate",[i_,i_]),$e(qo,"blendFuncSeparate",[n_,t_,n_,t_]),ct(_c,zy,!0),$e(vc,"depthFunc",Yy),$e(Sh,"depthRange",[0,1]),$e(xc,"depthMask",!0),$e(yc,yc,[!0,!0,!0,!0]),ct(pa,Oy),$e(bh,"cullFace",lo),$e(Sc,Sc,Mm),$e(bc,bc,1),ct(Mh,Gy),$e(ma,"polygonOffset",[0,0]),ct(Eh,Vy),ct(f,Hy),$e(P,"sampleCoverage",[1,!1]),ct(J,By),$e(be,"stencilMask",-1),$e(He,"stencilFunc",[$y,0,-1]),$e(Et,"stencilOpSeparate",[Rc,ga,ga,ga]),$e(Rt,"stencilOpSeparate",[lo,ga,ga,ga]),ct(St,ky),$e(st,"scissor",[0,0,m.drawingBufferWidth,m.drawingBufferHeight]),$e(fn,fn,[0,0,m.drawingBufferWidth,m.drawingBufferHeight]);var pt={gl:m,context:lt,strings:R,next:vt,current:bt,draw:Je,elements:he,buffer:Ce,shader:Qe,attributes:Ke.state,vao:Ke,uniforms:ke,framebuffer:Ge,extensions:z,timer:Ve,isBufferArgs:Fh},gt={primTypes:rr,compareFuncs:Jo,blendFuncs:os,blendEquations:xe,stencilOps:_a,glTypes:fr,orientationType:Em};w.optional(function(){pt.isArrayLike=ei}),At&&(gt.backBuffer=[lo],gt.drawBuffer=Ie(fe.maxDrawbuffers,function(L){return L===0?[0]:Ie(L,function(A){return qy+A})}));var hn=0;function on(){var L=mm(),A=L.link,V=L.global;L.id=hn++,L.batchId="0";var K=A(pt),ee=L.shared={props:"a0"};Object.keys(pt).forEach(function(k){ee[k]=V.def(K,".",k)}),w.optional(function(){L.CHECK=A(w),L.commandStr=w.guessCommand(),L.command=A(L.commandStr),L.assert=function(k,F,te){k("if(!(",F,"))",this.CHECK,".commandRaise(",A(te),",",this.command,");")},gt.invalidBlendCombinations=s_});var W=L.next={},H=L.current={};Object.keys(we).forEach(function(k){Array.isArray(bt[k])&&(W[k]=V.def(ee.next,".",k),H[k]=V.def(ee.current,".",k))});var q=L.constants={};Object.keys(gt).forEach(function(k){q[k]=V.def(JSON.stringify(gt[k]))}),L.invoke=function(k,F){switch(F.type){case fc:var te=["this",ee.context,ee.props,L.batchId];return k.def(A(F.data),".call(",te.slice(0,Math.max(F.data.length+1,4)),")");case dc:return k.def(ee.props,F.data);case ro:return k.def(ee.context,F.data);case so:return k.def("this",F.data);case $o:return F.data.append(L,k),F.data.ref;case pc:return F.data.toString();case xh:return F.data.map(function(ae){return L.invoke(k,ae)})}},L.attribCache={};var I={};return L.scopeAttrib=function(k){var F=R.id(k);if(F in I)return I[F];var te=Ke.scope[F];te||(te=Ke.scope[F]=new Q);var ae=I[F]=A(te);return ae},L}function xt(L){var A=L.static,V=L.dynamic,K;if(fi in A){var ee=!!A[fi];K=_i(function(H,q){return ee}),K.enable=ee}else if(fi in V){var W=V[fi];K=ar(W,function(H,q){return H.invoke(q,W)})}return K}function Mt(L,A){var V=L.static,K=L.dynamic;if(gi in V){var ee=V[gi];return ee?(ee=Ge.getFramebuffer(ee),w.command(ee,"invalid framebuffer object"),_i(function(H,q){var I=H.link(ee),k=H.shared;q.set(k.framebuffer,".next",I);var F=k.context;return q.set(F,"."+Zo,I+".width"),q.set(F,"."+jo,I+".height"),I})):_i(function(H,q){var I=H.shared;q.set(I.framebuffer,".next","null");var k=I.context;return q.set(k,"."+Zo,k+"."+K0),q.set(k,"."+jo,k+"."+J0),"null"})}else if(gi in K){var W=K[gi];return ar(W,function(H,q){var I=H.invoke(q,W),k=H.shared,F=k.framebuffer,te=q.def(F,".getFramebuffer(",I,")");w.optional(function(){H.assert(q,"!"+I+"||"+te,"invalid framebuffer object")}),q.set(F,".next",te);var ae=k.context;return q.set(ae,"."+Zo,te+"?"+te+".width:"+ae+"."+K0),q.set(ae,"."+jo,te+"?"+te+".height:"+ae+"."+J0),te})}else return null}function tn(L,A,V){var K=L.static,ee=L.dynamic;function W(I){if(I in K){var k=K[I];w.commandType(k,"object","invalid "+I,V.commandStr);var F=!0,te=k.x|0,ae=k.y|0,Oe,at;return"width"in k?(Oe=k.width|0,w.command(Oe>=0,"invalid "+I,V.commandStr)):F=!1,"height"in k?(at=k.height|0,w.command(at>=0,"invalid "+I,V.commandStr)):F=!1,new Ti(!F&&A&&A.thisDep,!F&&A&&A.contextDep,!F&&A&&A.propDep,function(it,Ft){var Ct=it.shared.context,Dt=Oe;"width"in k||(Dt=Ft.def(Ct,".",Zo,"-",te));var Nt=at;return"height"in k||(Nt=Ft.def(Ct,".",jo,"-",ae)),[te,ae,Dt,Nt]})}else if(I in ee){var ot=ee[I],yt=ar(ot,function(it,Ft){var Ct=it.invoke(Ft,ot);w.optional(function(){it.assert(Ft,Ct+"&&typeof "+Ct+'==="object"',"invalid "+I)});var Dt=it.shared.context,Nt=Ft.def(Ct,".x|0"),Ut=Ft.def(Ct,".y|0"),nn=Ft.def('"width" in ',Ct,"?",Ct,".width|0:","(",Dt,".",Zo,"-",Nt,")"),Yn=Ft.def('"height" in ',Ct,"?",Ct,".height|0:","(",Dt,".",jo,"-",Ut,")");return w.optional(function(){it.assert(Ft,nn+">=0&&"+Yn+">=0","invalid "+I)}),[Nt,Ut,nn,Yn]});return A&&(yt.thisDep=yt.thisDep||A.thisDep,yt.contextDep=yt.contextDep||A.contextDep,yt.propDep=yt.propDep||A.propDep),yt}else return A?new Ti(A.thisDep,A.contextDep,A.propDep,function(it,Ft){var Ct=it.shared.context;return[0,0,Ft.def(Ct,".",Zo),Ft.def(Ct,".",jo)]}):null}var H=W(fn);if(H){var q=H;H=new Ti(H.thisDep,H.contextDep,H.propDep,function(I,k){var F=q.append(I,k),te=I.shared.context;return k.set(te,"."+Ry,F[2]),k.set(te,"."+Iy,F[3]),F})}return{viewport:H,scissor_box:W(st)}}function cn(L,A){var V=L.static,K=typeof V[wr]=="string"&&typeof V[Ps]=="string";if(K){if(Object.keys(A.dynamic).length>0)return null;var ee=A.static,W=Object.keys(ee);if(W.length>0&&typeof ee[W[0]]=="number"){for(var H=[],q=0;q<W.length;++q)w(typeof ee[W[q]]=="number","must specify all vertex attribute locations when using vaos"),H.push([ee[W[q]]|0,W[q]]);return H}}return null}function Mn(L,A,V){var K=L.static,ee=L.dynamic;function W(F){if(F in K){var te=R.id(K[F]);w.optional(function(){Qe.shader(a_[F],te,w.guessCommand())});var ae=_i(function(){return te});return ae.id=te,ae}else if(F in ee){var Oe=ee[F];return ar(Oe,function(at,ot){var yt=at.invoke(ot,Oe),it=ot.def(at.shared.strings,".id(",yt,")");return w.optional(function(){ot(at.shared.shader,".shader(",a_[F],",",it,",",at.command,");")}),it})}return null}var H=W(wr),q=W(Ps),I=null,k;return va(H)&&va(q)?(I=Qe.program(q.id,H.id,null,V),k=_i(function(F,te){return F.link(I)})):k=new Ti(H&&H.thisDep||q&&q.thisDep,H&&H.contextDep||q&&q.contextDep,H&&H.propDep||q&&q.propDep,function(F,te){var ae=F.shared.shader,Oe;H?Oe=H.append(F,te):Oe=te.def(ae,".",wr);var at;q?at=q.append(F,te):at=te.def(ae,".",Ps);var ot=ae+".program("+at+","+Oe;return w.optional(function(){ot+=","+F.command}),te.def(ot+")")}),{frag:H,vert:q,progVar:k,program:I}}function si(L,A){var V=L.static,K=L.dynamic,ee={},W=!1;function H(){if(Mc in V){var Ft=V[Mc];return Ft!==null&&Ke.getVAO(Ft)===null&&(Ft=Ke.createVAO(Ft)),W=!0,ee.vao=Ft,_i(function(Dt){var Nt=Ke.getVAO(Ft);return Nt?Dt.link(Nt):"null"})}else if(Mc in K){W=!0;var Ct=K[Mc];return ar(Ct,function(Dt,Nt){var Ut=Dt.invoke(Nt,Ct);return Nt.def(Dt.shared.vao+".getVAO("+Ut+")")})}return null}var q=H(),I=!1;function k(){if(pr in V){var Ft=V[pr];if(ee.elements=Ft,Fh(Ft)){var Ct=ee.elements=he.create(Ft,!0);Ft=he.getElements(Ct),I=!0}else Ft&&(Ft=he.getElements(Ft),I=!0,w.command(Ft,"invalid elements",A.commandStr));var Dt=_i(function(Ut,nn){if(Ft){var Yn=Ut.link(Ft);return Ut.ELEMENTS=Yn,Yn}return Ut.ELEMENTS=null,null});return Dt.value=Ft,Dt}else if(pr in K){I=!0;var Nt=K[pr];return ar(Nt,function(Ut,nn){var Yn=Ut.shared,Ri=Yn.isBufferArgs,Ls=Yn.elements,Ds=Ut.invoke(nn,Nt),Ns=nn.def("null"),Hi=nn.def(Ri,"(",Ds,")"),cs=Ut.cond(Hi).then(Ns,"=",Ls,".createStream(",Ds,");").else(Ns,"=",Ls,".getElements(",Ds,");");return w.optional(function(){Ut.assert(cs.else,"!"+Ds+"||"+Ns,"invalid elements")}),nn.entry(cs),nn.exit(Ut.cond(Hi).then(Ls,".destroyStream(",Ns,");")),Ut.ELEMENTS=Ns,Ns})}else if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ut,nn){return nn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.elements+".getElements("+Ut.shared.vao+".currentVAO.elements):null")});return null}var F=k();function te(){if(ao in V){var Ft=V[ao];return ee.primitive=Ft,w.commandParameter(Ft,rr,"invalid primitve",A.commandStr),_i(function(Dt,Nt){return rr[Ft]})}else if(ao in K){var Ct=K[ao];return ar(Ct,function(Dt,Nt){var Ut=Dt.constants.primTypes,nn=Dt.invoke(Nt,Ct);return w.optional(function(){Dt.assert(Nt,nn+" in "+Ut,"invalid primitive, must be one of "+Object.keys(rr))}),Nt.def(Ut,"[",nn,"]")})}else{if(I)return va(F)?F.value?_i(function(Dt,Nt){return Nt.def(Dt.ELEMENTS,".primType")}):_i(function(){return bm}):new Ti(F.thisDep,F.contextDep,F.propDep,function(Dt,Nt){var Ut=Dt.ELEMENTS;return Nt.def(Ut,"?",Ut,".primType:",bm)});if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Dt,Nt){return Nt.def(Dt.shared.vao+".currentVAO?"+Dt.shared.vao+".currentVAO.primitive:"+bm)})}return null}function ae(Ft,Ct){if(Ft in V){var Dt=V[Ft]|0;return Ct?ee.offset=Dt:ee.instances=Dt,w.command(!Ct||Dt>=0,"invalid "+Ft,A.commandStr),_i(function(Ut,nn){return Ct&&(Ut.OFFSET=Dt),Dt})}else if(Ft in K){var Nt=K[Ft];return ar(Nt,function(Ut,nn){var Yn=Ut.invoke(nn,Nt);return Ct&&(Ut.OFFSET=Yn,w.optional(function(){Ut.assert(nn,Yn+">=0","invalid "+Ft)})),Yn})}else if(Ct){if(I)return _i(function(Ut,nn){return Ut.OFFSET=0,0});if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ut,nn){return nn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.vao+".currentVAO.offset:0")})}else if(W)return new Ti(q.thisDep,q.contextDep,q.propDep,function(Ut,nn){return nn.def(Ut.shared.vao+".currentVAO?"+Ut.shared.vao+".currentVAO.instances:-1")});return null}var Oe=ae(Ah,!0);function at(){if(oo in V){var Ft=V[oo]|0;return ee.count=Ft,w.command(typeof Ft=="number"&&Ft>=0,"invalid vertex count",A.commandStr),_i(function(){return Ft})}else if(oo in K){var Ct=K[oo];return ar(Ct,function(nn,Yn){var Ri=nn.invoke(Yn,Ct);return w.optional(function(){nn.assert(Yn,"typeof "+Ri+'==="number"&&'+Ri+">=0&&"+Ri+"===("+Ri+"|0)","invalid vertex count")}),Ri})}else if(I)if(va(F)){if(F)return Oe?new Ti(Oe.thisDep,Oe.contextDep,Oe.propDep,function(nn,Yn){var Ri=Yn.def(nn.ELEMENTS,".vertCount-",nn.OFFSET);return w.optional(function(){nn.assert(Yn,Ri+">=0","invalid vertex offset/element buffer too small")}),Ri}):_i(function(nn,Yn){return Yn.def(nn.ELEMENTS,".vertCount")});var Dt=_i(function(){return-1});return w.optional(function(){Dt.MISSING=!0}),Dt}else{var Nt=new Ti(F.thisDep||Oe.thisDep,F.contextDep||Oe.contextDep,F.propDep||Oe.propDep,function(nn,Yn){var Ri=nn.ELEMENTS;return nn.OFFSET?Yn.def(Ri,"?",Ri,".vertCount-",nn.OFFSET,":-1"):Yn.def(Ri,"?",Ri,".vertCount:-1")});return w.optional(function(){Nt.DYNAMIC=!0}),Nt}else if(W){var Ut=new Ti(q.thisDep,q.contextDep,q.propDep,function(nn,Yn){return Yn.def(nn.shared.vao,".currentVAO?",nn.shared.vao,".currentVAO.count:-1")});return Ut}return null}var ot=te(),yt=at(),it=ae(Th,!1);return{elements:F,primitive:ot,count:yt,instances:it,offset:Oe,vao:q,vaoActive:W,elementsActive:I,static:ee}}function oi(L,A){var V=L.static,K=L.dynamic,ee={};return Kt.forEach(function(W){var H=Lt(W);function q(I,k){if(W in V){var F=I(V[W]);ee[H]=_i(function(){return F})}else if(W in K){var te=K[W];ee[H]=ar(te,function(ae,Oe){return k(ae,Oe,ae.invoke(Oe,te))})}}switch(W){case pa:case yh:case mc:case J:case _c:case St:case Mh:case Eh:case f:case xc:return q(function(I){return w.commandType(I,"boolean",W,A.commandStr),I},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="boolean"',"invalid flag "+W,I.commandStr)}),F});case vc:return q(function(I){return w.commandParameter(I,Jo,"invalid "+W,A.commandStr),Jo[I]},function(I,k,F){var te=I.constants.compareFuncs;return w.optional(function(){I.assert(k,F+" in "+te,"invalid "+W+", must be one of "+Object.keys(Jo))}),k.def(te,"[",F,"]")});case Sh:return q(function(I){return w.command(ei(I)&&I.length===2&&typeof I[0]=="number"&&typeof I[1]=="number"&&I[0]<=I[1],"depth range is 2d array",A.commandStr),I},function(I,k,F){w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===2&&typeof "+F+'[0]==="number"&&typeof '+F+'[1]==="number"&&'+F+"[0]<="+F+"[1]","depth range must be a 2d array")});var te=k.def("+",F,"[0]"),ae=k.def("+",F,"[1]");return[te,ae]});case qo:return q(function(I){w.commandType(I,"object","blend.func",A.commandStr);var k="srcRGB"in I?I.srcRGB:I.src,F="srcAlpha"in I?I.srcAlpha:I.src,te="dstRGB"in I?I.dstRGB:I.dst,ae="dstAlpha"in I?I.dstAlpha:I.dst;return w.commandParameter(k,os,H+".srcRGB",A.commandStr),w.commandParameter(F,os,H+".srcAlpha",A.commandStr),w.commandParameter(te,os,H+".dstRGB",A.commandStr),w.commandParameter(ae,os,H+".dstAlpha",A.commandStr),w.command(s_.indexOf(k+", "+te)===-1,"unallowed blending combination (srcRGB, dstRGB) = ("+k+", "+te+")",A.commandStr),[os[k],os[te],os[F],os[ae]]},function(I,k,F){var te=I.constants.blendFuncs;w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid blend func, must be an object")});function ae(Ct,Dt){var Nt=k.def('"',Ct,Dt,'" in ',F,"?",F,".",Ct,Dt,":",F,".",Ct);return w.optional(function(){I.assert(k,Nt+" in "+te,"invalid "+W+"."+Ct+Dt+", must be one of "+Object.keys(os))}),Nt}var Oe=ae("src","RGB"),at=ae("dst","RGB");w.optional(function(){var Ct=I.constants.invalidBlendCombinations;I.assert(k,Ct+".indexOf("+Oe+'+", "+'+at+") === -1 ","unallowed blending combination for (srcRGB, dstRGB)")});var ot=k.def(te,"[",Oe,"]"),yt=k.def(te,"[",ae("src","Alpha"),"]"),it=k.def(te,"[",at,"]"),Ft=k.def(te,"[",ae("dst","Alpha"),"]");return[ot,it,yt,Ft]});case Yo:return q(function(I){if(typeof I=="string")return w.commandParameter(I,xe,"invalid "+W,A.commandStr),[xe[I],xe[I]];if(typeof I=="object")return w.commandParameter(I.rgb,xe,W+".rgb",A.commandStr),w.commandParameter(I.alpha,xe,W+".alpha",A.commandStr),[xe[I.rgb],xe[I.alpha]];w.commandRaise("invalid blend.equation",A.commandStr)},function(I,k,F){var te=I.constants.blendEquations,ae=k.def(),Oe=k.def(),at=I.cond("typeof ",F,'==="string"');return w.optional(function(){function ot(yt,it,Ft){I.assert(yt,Ft+" in "+te,"invalid "+it+", must be one of "+Object.keys(xe))}ot(at.then,W,F),I.assert(at.else,F+"&&typeof "+F+'==="object"',"invalid "+W),ot(at.else,W+".rgb",F+".rgb"),ot(at.else,W+".alpha",F+".alpha")}),at.then(ae,"=",Oe,"=",te,"[",F,"];"),at.else(ae,"=",te,"[",F,".rgb];",Oe,"=",te,"[",F,".alpha];"),k(at),[ae,Oe]});case gc:return q(function(I){return w.command(ei(I)&&I.length===4,"blend.color must be a 4d array",A.commandStr),Ie(4,function(k){return+I[k]})},function(I,k,F){return w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===4","blend.color must be a 4d array")}),Ie(4,function(te){return k.def("+",F,"[",te,"]")})});case be:return q(function(I){return w.commandType(I,"number",H,A.commandStr),I|0},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="number"',"invalid stencil.mask")}),k.def(F,"|0")});case He:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.cmp||"keep",F=I.ref||0,te="mask"in I?I.mask:-1;return w.commandParameter(k,Jo,W+".cmp",A.commandStr),w.commandType(F,"number",W+".ref",A.commandStr),w.commandType(te,"number",W+".mask",A.commandStr),[Jo[k],F,te]},function(I,k,F){var te=I.constants.compareFuncs;w.optional(function(){function ot(){I.assert(k,Array.prototype.join.call(arguments,""),"invalid stencil.func")}ot(F+"&&typeof ",F,'==="object"'),ot('!("cmp" in ',F,")||(",F,".cmp in ",te,")")});var ae=k.def('"cmp" in ',F,"?",te,"[",F,".cmp]",":",ga),Oe=k.def(F,".ref|0"),at=k.def('"mask" in ',F,"?",F,".mask|0:-1");return[ae,Oe,at]});case Et:case Rt:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.fail||"keep",F=I.zfail||"keep",te=I.zpass||"keep";return w.commandParameter(k,_a,W+".fail",A.commandStr),w.commandParameter(F,_a,W+".zfail",A.commandStr),w.commandParameter(te,_a,W+".zpass",A.commandStr),[W===Rt?lo:Rc,_a[k],_a[F],_a[te]]},function(I,k,F){var te=I.constants.stencilOps;w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid "+W)});function ae(Oe){return w.optional(function(){I.assert(k,'!("'+Oe+'" in '+F+")||("+F+"."+Oe+" in "+te+")","invalid "+W+"."+Oe+", must be one of "+Object.keys(_a))}),k.def('"',Oe,'" in ',F,"?",te,"[",F,".",Oe,"]:",ga)}return[W===Rt?lo:Rc,ae("fail"),ae("zfail"),ae("zpass")]});case ma:return q(function(I){w.commandType(I,"object",H,A.commandStr);var k=I.factor|0,F=I.units|0;return w.commandType(k,"number",H+".factor",A.commandStr),w.commandType(F,"number",H+".units",A.commandStr),[k,F]},function(I,k,F){w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid "+W)});var te=k.def(F,".factor|0"),ae=k.def(F,".units|0");return[te,ae]});case bh:return q(function(I){var k=0;return I==="front"?k=Rc:I==="back"&&(k=lo),w.command(!!k,H,A.commandStr),k},function(I,k,F){return w.optional(function(){I.assert(k,F+'==="front"||'+F+'==="back"',"invalid cull.face")}),k.def(F,'==="front"?',Rc,":",lo)});case bc:return q(function(I){return w.command(typeof I=="number"&&I>=fe.lineWidthDims[0]&&I<=fe.lineWidthDims[1],"invalid line width, must be a positive number between "+fe.lineWidthDims[0]+" and "+fe.lineWidthDims[1],A.commandStr),I},function(I,k,F){return w.optional(function(){I.assert(k,"typeof "+F+'==="number"&&'+F+">="+fe.lineWidthDims[0]+"&&"+F+"<="+fe.lineWidthDims[1],"invalid line width")}),F});case Sc:return q(function(I){return w.commandParameter(I,Em,H,A.commandStr),Em[I]},function(I,k,F){return w.optional(function(){I.assert(k,F+'==="cw"||'+F+'==="ccw"',"invalid frontFace, must be one of cw,ccw")}),k.def(F+'==="cw"?'+e_+":"+Mm)});case yc:return q(function(I){return w.command(ei(I)&&I.length===4,"color.mask must be length 4 array",A.commandStr),I.map(function(k){return!!k})},function(I,k,F){return w.optional(function(){I.assert(k,I.shared.isArrayLike+"("+F+")&&"+F+".length===4","invalid color.mask")}),Ie(4,function(te){return"!!"+F+"["+te+"]"})});case P:return q(function(I){w.command(typeof I=="object"&&I,H,A.commandStr);var k="value"in I?I.value:1,F=!!I.invert;return w.command(typeof k=="number"&&k>=0&&k<=1,"sample.coverage.value must be a number between 0 and 1",A.commandStr),[k,F]},function(I,k,F){w.optional(function(){I.assert(k,F+"&&typeof "+F+'==="object"',"invalid sample.coverage")});var te=k.def('"value" in ',F,"?+",F,".value:1"),ae=k.def("!!",F,".invert");return[te,ae]})}}),ee}function wn(L,A){var V=L.static,K=L.dynamic,ee={};return Object.keys(V).forEach(function(W){var H=V[W],q;if(typeof H=="number"||typeof H=="boolean")q=_i(function(){return H});else if(typeof H=="function"){var I=H._reglType;I==="texture2d"||I==="textureCube"?q=_i(function(k){return k.link(H)}):I==="framebuffer"||I==="framebufferCube"?(w.command(H.color.length>0,'missing color attachment for framebuffer sent to uniform "'+W+'"',A.commandStr),q=_i(function(k){return k.link(H.color[0])})):w.commandRaise('invalid data for uniform "'+W+'"',A.commandStr)}else ei(H)?q=_i(function(k){var F=k.global.def("[",Ie(H.length,function(te){return w.command(typeof H[te]=="number"||typeof H[te]=="boolean","invalid uniform "+W,k.commandStr),H[te]}),"]");return F}):w.commandRaise('invalid or missing data for uniform "'+W+'"',A.commandStr);q.value=H,ee[W]=q}),Object.keys(K).forEach(function(W){var H=K[W];ee[W]=ar(H,function(q,I){return q.invoke(I,H)})}),ee}function Si(L,A){var V=L.static,K=L.dynamic,ee={};return Object.keys(V).forEach(function(W){var H=V[W],q=R.id(W),I=new Q;if(Fh(H))I.state=da,I.buffer=Ce.getBuffer(Ce.create(H,Ko,!1,!0)),I.type=0;else{var k=Ce.getBuffer(H);if(k)I.state=da,I.buffer=k,I.type=0;else if(w.command(typeof H=="object"&&H,"invalid data for attribute "+W,A.commandStr),"constant"in H){var F=H.constant;I.buffer="null",I.state=hc,typeof F=="number"?I.x=F:(w.command(ei(F)&&F.length>0&&F.length<=4,"invalid constant for attribute "+W,A.commandStr),fa.forEach(function(it,Ft){Ft<F.length&&(I[it]=F[Ft])}))}else{Fh(H.buffer)?k=Ce.getBuffer(Ce.create(H.buffer,Ko,!1,!0)):k=Ce.getBuffer(H.buffer),w.command(!!k,'missing buffer for attribute "'+W+'"',A.commandStr);var te=H.offset|0;w.command(te>=0,'invalid offset for attribute "'+W+'"',A.commandStr);var ae=H.stride|0;w.command(ae>=0&&ae<256,'invalid stride for attribute "'+W+'", must be integer betweeen [0, 255]',A.commandStr);var Oe=H.size|0;w.command(!("size"in H)||Oe>0&&Oe<=4,'invalid size for attribute "'+W+'", must be 1,2,3,4',A.commandStr);var at=!!H.normalized,ot=0;"type"in H&&(w.commandParameter(H.type,fr,"invalid type for attribute "+W,A.commandStr),ot=fr[H.type]);var yt=H.divisor|0;w.optional(function(){"divisor"in H&&(w.command(yt===0||qe,'cannot specify divisor for attribute "'+W+'", instancing not supported',A.commandStr),w.command(yt>=0,'invalid divisor for attribute "'+W+'"',A.commandStr));var it=A.commandStr,Ft=["buffer","offset","divisor","normalized","type","size","stride"];Object.keys(H).forEach(function(Ct){w.command(Ft.indexOf(Ct)>=0,'unknown parameter "'+Ct+'" for attribute pointer "'+W+'" (valid parameters are '+Ft+")",it)})}),I.buffer=k,I.state=da,I.size=Oe,I.normalized=at,I.type=ot||k.dtype,I.offset=te,I.stride=ae,I.divisor=yt}}ee[W]=_i(function(it,Ft){var Ct=it.attribCache;if(q in Ct)return Ct[q];var Dt={isStream:!1};return Object.keys(I).forEach(function(Nt){Dt[Nt]=I[Nt]}),I.buffer&&(Dt.buffer=it.link(I.buffer),Dt.type=Dt.type||Dt.buffer+".dtype"),Ct[q]=Dt,Dt})}),Object.keys(K).forEach(function(W){var H=K[W];function q(I,k){var F=I.invoke(k,H),te=I.shared,ae=I.constants,Oe=te.isBufferArgs,at=te.buffer;w.optional(function(){I.assert(k,F+"&&(typeof "+F+'==="object"||typeof '+F+'==="function")&&('+Oe+"("+F+")||"+at+".getBuffer("+F+")||"+at+".getBuffer("+F+".buffer)||"+Oe+"("+F+'.buffer)||("constant" in '+F+"&&(typeof "+F+'.constant==="number"||'+te.isArrayLike+"("+F+".constant))))",'invalid dynamic attribute "'+W+'"')});var ot={isStream:k.def(!1)},yt=new Q;yt.state=da,Object.keys(yt).forEach(function(Dt){ot[Dt]=k.def(""+yt[Dt])});var it=ot.buffer,Ft=ot.type;k("if(",Oe,"(",F,")){",ot.isStream,"=true;",it,"=",at,".createStream(",Ko,",",F,");",Ft,"=",it,".dtype;","}else{",it,"=",at,".getBuffer(",F,");","if(",it,"){",Ft,"=",it,".dtype;",'}else if("constant" in ',F,"){",ot.state,"=",hc,";","if(typeof "+F+'.constant === "number"){',ot[fa[0]],"=",F,".constant;",fa.slice(1).map(function(Dt){return ot[Dt]}).join("="),"=0;","}else{",fa.map(function(Dt,Nt){return ot[Dt]+"="+F+".constant.length>"+Nt+"?"+F+".constant["+Nt+"]:0;"}).join(""),"}}else{","if(",Oe,"(",F,".buffer)){",it,"=",at,".createStream(",Ko,",",F,".buffer);","}else{",it,"=",at,".getBuffer(",F,".buffer);","}",Ft,'="type" in ',F,"?",ae.glTypes,"[",F,".type]:",it,".dtype;",ot.normalized,"=!!",F,".normalized;");function Ct(Dt){k(ot[Dt],"=",F,".",Dt,"|0;")}return Ct("size"),Ct("offset"),Ct("stride"),Ct("divisor"),k("}}"),k.exit("if(",ot.isStream,"){",at,".destroyStream(",it,");","}"),ot}ee[W]=ar(H,q)}),ee}function Jn(L){var A=L.static,V=L.dynamic,K={};return Object.keys(A).forEach(function(ee){var W=A[ee];K[ee]=_i(function(H,q){return typeof W=="number"||typeof W=="boolean"?""+W:H.link(W)})}),Object.keys(V).forEach(function(ee){var W=V[ee];K[ee]=ar(W,function(H,q){return H.invoke(q,W)})}),K}function vi(L,A,V,K,ee){var W=L.static,H=L.dynamic;w.optional(function(){var Ct=[gi,Ps,wr,pr,ao,Ah,oo,Th,fi,Mc].concat(Kt);function Dt(Nt){Object.keys(Nt).forEach(function(Ut){w.command(Ct.indexOf(Ut)>=0,'unknown parameter "'+Ut+'"',ee.commandStr)})}Dt(W),Dt(H)});var q=cn(L,A),I=Mt(L,ee),k=tn(L,I,ee),F=si(L,ee),te=oi(L,ee),ae=Mn(L,ee,q);function Oe(Ct){var Dt=k[Ct];Dt&&(te[Ct]=Dt)}Oe(fn),Oe(Lt(st));var at=Object.keys(te).length>0,ot={framebuffer:I,draw:F,shader:ae,state:te,dirty:at,scopeVAO:null,drawVAO:null,useVAO:!1,attributes:{}};if(ot.profile=xt(L,ee),ot.uniforms=wn(V,ee),ot.drawVAO=ot.scopeVAO=F.vao,!ot.drawVAO&&ae.program&&!q&&z.angle_instanced_arrays&&F.static.elements){var yt=!0,it=ae.program.attributes.map(function(Ct){var Dt=A.static[Ct];return yt=yt&&!!Dt,Dt});if(yt&&it.length>0){var Ft=Ke.getVAO(Ke.createVAO({attributes:it,elements:F.static.elements}));ot.drawVAO=new Ti(null,null,null,function(Ct,Dt){return Ct.link(Ft)}),ot.useVAO=!0}}return q?ot.useVAO=!0:ot.attributes=Si(A,ee),ot.context=Jn(K,ee),ot}function bi(L,A,V){var K=L.shared,ee=K.context,W=L.scope();Object.keys(V).forEach(function(H){A.save(ee,"."+H);var q=V[H],I=q.append(L,A);Array.isArray(I)?W(ee,".",H,"=[",I.join(),"];"):W(ee,".",H,"=",I,";")}),A(W)}function Mi(L,A,V,K){var ee=L.shared,W=ee.gl,H=ee.framebuffer,q;At&&(q=A.def(ee.extensions,".webgl_draw_buffers"));var I=L.constants,k=I.drawBuffer,F=I.backBuffer,te;V?te=V.append(L,A):te=A.def(H,".next"),K||A("if(",te,"!==",H,".cur){"),A("if(",te,"){",W,".bindFramebuffer(",r_,",",te,".framebuffer);"),At&&A(q,".drawBuffersWEBGL(",k,"[",te,".colorAttachments.length]);"),A("}else{",W,".bindFramebuffer(",r_,",null);"),At&&A(q,".drawBuffersWEBGL(",F,");"),A("}",H,".cur=",te,";"),K||A("}")}function Ci(L,A,V){var K=L.shared,ee=K.gl,W=L.current,H=L.next,q=K.current,I=K.next,k=L.cond(q,".dirty");Kt.forEach(function(F){var te=Lt(F);if(!(te in V.state)){var ae,Oe;if(te in H){ae=H[te],Oe=W[te];var at=Ie(bt[te].length,function(yt){return k.def(ae,"[",yt,"]")});k(L.cond(at.map(function(yt,it){return yt+"!=="+Oe+"["+it+"]"}).join("||")).then(ee,".",we[te],"(",at,");",at.map(function(yt,it){return Oe+"["+it+"]="+yt}).join(";"),";"))}else{ae=k.def(I,".",te);var ot=L.cond(ae,"!==",q,".",te);k(ot),te in Pe?ot(L.cond(ae).then(ee,".enable(",Pe[te],");").else(ee,".disable(",Pe[te],");"),q,".",te,"=",ae,";"):ot(ee,".",we[te],"(",ae,");",q,".",te,"=",ae,";")}}}),Object.keys(V.state).length===0&&k(q,".dirty=false;"),A(k)}function Oi(L,A,V,K){var ee=L.shared,W=L.current,H=ee.current,q=ee.gl;o_(Object.keys(V)).forEach(function(I){var k=V[I];if(!(K&&!K(k))){var F=k.append(L,A);if(Pe[I]){var te=Pe[I];va(k)?F?A(q,".enable(",te,");"):A(q,".disable(",te,");"):A(L.cond(F).then(q,".enable(",te,");").else(q,".disable(",te,");")),A(H,".",I,"=",F,";")}else if(ei(F)){var ae=W[I];A(q,".",we[I],"(",F,");",F.map(function(Oe,at){return ae+"["+at+"]="+Oe}).join(";"),";")}else A(q,".",we[I],"(",F,");",H,".",I,"=",F,";")}})}function di(L,A){qe&&(L.instancing=A.def(L.shared.extensions,".angle_instanced_arrays"))}function gn(L,A,V,K,ee){var W=L.shared,H=L.stats,q=W.current,I=W.timer,k=V.profile;function F(){return typeof performance>"u"?"Date.now()":"performance.now()"}var te,ae;function Oe(Ct){te=A.def(),Ct(te,"=",F(),";"),typeof ee=="string"?Ct(H,".count+=",ee,";"):Ct(H,".count++;"),Ve&&(K?(ae=A.def(),Ct(ae,"=",I,".getNumPendingQueries();")):Ct(I,".beginQuery(",H,");"))}function at(Ct){Ct(H,".cpuTime+=",F(),"-",te,";"),Ve&&(K?Ct(I,".pushScopeStats(",ae,",",I,".getNumPendingQueries(),",H,");"):Ct(I,".endQuery();"))}function ot(Ct){var Dt=A.def(q,".profile");A(q,".profile=",Ct,";"),A.exit(q,".profile=",Dt,";")}var yt;if(k){if(va(k)){k.enable?(Oe(A),at(A.exit),ot("true")):ot("false");return}yt=k.append(L,A),ot(yt)}else yt=A.def(q,".profile");var it=L.block();Oe(it),A("if(",yt,"){",it,"}");var Ft=L.block();at(Ft),A.exit("if(",yt,"){",Ft,"}")}function Fi(L,A,V,K,ee){var W=L.shared;function H(I){switch(I){case wh:case Ih:case Dh:return 2;case Ch:case Ph:case Nh:return 3;case Rh:case Lh:case Oh:return 4;default:return 1}}function q(I,k,F){var te=W.gl,ae=A.def(I,".location"),Oe=A.def(W.attributes,"[",ae,"]"),at=F.state,ot=F.buffer,yt=[F.x,F.y,F.z,F.w],it=["buffer","normalized","offset","stride"];function Ft(){A("if(!",Oe,".buffer){",te,".enableVertexAttribArray(",ae,");}");var Dt=F.type,Nt;if(F.size?Nt=A.def(F.size,"||",k):Nt=k,A("if(",Oe,".type!==",Dt,"||",Oe,".size!==",Nt,"||",it.map(function(nn){return Oe+"."+nn+"!=="+F[nn]}).join("||"),"){",te,".bindBuffer(",Ko,",",ot,".buffer);",te,".vertexAttribPointer(",[ae,Nt,Dt,F.normalized,F.stride,F.offset],");",Oe,".type=",Dt,";",Oe,".size=",Nt,";",it.map(function(nn){return Oe+"."+nn+"="+F[nn]+";"}).join(""),"}"),qe){var Ut=F.divisor;A("if(",Oe,".divisor!==",Ut,"){",L.instancing,".vertexAttribDivisorANGLE(",[ae,Ut],");",Oe,".divisor=",Ut,";}")}}function Ct(){A("if(",Oe,".buffer){",te,".disableVertexAttribArray(",ae,");",Oe,".buffer=null;","}if(",fa.map(function(Dt,Nt){return Oe+"."+Dt+"!=="+yt[Nt]}).join("||"),"){",te,".vertexAttrib4f(",ae,",",yt,");",fa.map(function(Dt,Nt){return Oe+"."+Dt+"="+yt[Nt]+";"}).join(""),"}")}at===da?Ft():at===hc?Ct():(A("if(",at,"===",da,"){"),Ft(),A("}else{"),Ct(),A("}"))}K.forEach(function(I){var k=I.name,F=V.attributes[k],te;if(F){if(!ee(F))return;te=F.append(L,A)}else{if(!ee(l_))return;var ae=L.scopeAttrib(k);w.optional(function(){L.assert(A,ae+".state","missing attribute "+k)}),te={},Object.keys(new Q).forEach(function(Oe){te[Oe]=A.def(ae,".",Oe)})}q(L.link(I),H(I.info.type),te)})}function Un(L,A,V,K,ee,W){for(var H=L.shared,q=H.gl,I,k=0;k<K.length;++k){var F=K[k],te=F.name,ae=F.info.type,Oe=V.uniforms[te],at=L.link(F),ot=at+".location",yt;if(Oe){if(!ee(Oe))continue;if(va(Oe)){var it=Oe.value;if(w.command(it!==null&&typeof it<"u",'missing uniform "'+te+'"',L.commandStr),ae===wc||ae===Cc){w.command(typeof it=="function"&&(ae===wc&&(it._reglType==="texture2d"||it._reglType==="framebuffer")||ae===Cc&&(it._reglType==="textureCube"||it._reglType==="framebufferCube")),"invalid texture for uniform "+te,L.commandStr);var Ft=L.link(it._texture||it.color[0]._texture);A(q,".uniform1i(",ot,",",Ft+".bind());"),A.exit(Ft,".unbind();")}else if(ae===Ec||ae===Ac||ae===Tc){w.optional(function(){w.command(ei(it),"invalid matrix for uniform "+te,L.commandStr),w.command(ae===Ec&&it.length===4||ae===Ac&&it.length===9||ae===Tc&&it.length===16,"invalid length for matrix uniform "+te,L.commandStr)});var Ct=L.global.def("new Float32Array(["+Array.prototype.slice.call(it)+"])"),Dt=2;ae===Ac?Dt=3:ae===Tc&&(Dt=4),A(q,".uniformMatrix",Dt,"fv(",ot,",false,",Ct,");")}else{switch(ae){case xm:w.commandType(it,"number","uniform "+te,L.commandStr),I="1f";break;case wh:w.command(ei(it)&&it.length===2,"uniform "+te,L.commandStr),I="2f";break;case Ch:w.command(ei(it)&&it.length===3,"uniform "+te,L.commandStr),I="3f";break;case Rh:w.command(ei(it)&&it.length===4,"uniform "+te,L.commandStr),I="4f";break;case Sm:w.commandType(it,"boolean","uniform "+te,L.commandStr),I="1i";break;case ym:w.commandType(it,"number","uniform "+te,L.commandStr),I="1i";break;case Dh:w.command(ei(it)&&it.length===2,"uniform "+te,L.commandStr),I="2i";break;case Ih:w.command(ei(it)&&it.length===2,"uniform "+te,L.commandStr),I="2i";break;case Nh:w.command(ei(it)&&it.length===3,"uniform "+te,L.commandStr),I="3i";break;case Ph:w.command(ei(it)&&it.length===3,"uniform "+te,L.commandStr),I="3i";break;case Oh:w.command(ei(it)&&it.length===4,"uniform "+te,L.commandStr),I="4i";break;case Lh:w.command(ei(it)&&it.length===4,"uniform "+te,L.commandStr),I="4i";break}A(q,".uniform",I,"(",ot,",",ei(it)?Array.prototype.slice.call(it):it,");")}continue}else yt=Oe.append(L,A)}else{if(!ee(l_))continue;yt=A.def(H.uniforms,"[",R.id(te),"]")}ae===wc?(w(!Array.isArray(yt),"must specify a scalar prop for textures"),A("if(",yt,"&&",yt,'._reglType==="framebuffer"){',yt,"=",yt,".color[0];","}")):ae===Cc&&(w(!Array.isArray(yt),"must specify a scalar prop for cube maps"),A("if(",yt,"&&",yt,'._reglType==="framebufferCube"){',yt,"=",yt,".color[0];","}")),w.optional(function(){function Hi(Vr,m_){L.assert(A,Vr,'bad data or missing for uniform "'+te+'".  '+m_)}function cs(Vr){w(!Array.isArray(yt),"must not specify an array type for uniform"),Hi("typeof "+yt+'==="'+Vr+'"',"invalid type, expected "+Vr)}function Cr(Vr,m_){Array.isArray(yt)?w(yt.length===Vr,"must have length "+Vr):Hi(H.isArrayLike+"("+yt+")&&"+yt+".length==="+Vr,"invalid vector, should have length "+Vr,L.commandStr)}function p_(Vr){w(!Array.isArray(yt),"must not specify a value type"),Hi("typeof "+yt+'==="function"&&'+yt+'._reglType==="texture'+(Vr===Q0?"2d":"Cube")+'"',"invalid texture type",L.commandStr)}switch(ae){case ym:cs("number");break;case Ih:Cr(2,"number");break;case Ph:Cr(3,"number");break;case Lh:Cr(4,"number");break;case xm:cs("number");break;case wh:Cr(2,"number");break;case Ch:Cr(3,"number");break;case Rh:Cr(4,"number");break;case Sm:cs("boolean");break;case Dh:Cr(2,"boolean");break;case Nh:Cr(3,"boolean");break;case Oh:Cr(4,"boolean");break;case Ec:Cr(4,"number");break;case Ac:Cr(9,"number");break;case Tc:Cr(16,"number");break;case wc:p_(Q0);break;case Cc:p_(Ny);break}});var Nt=1;switch(ae){case wc:case Cc:var Ut=A.def(yt,"._texture");A(q,".uniform1i(",ot,",",Ut,".bind());"),A.exit(Ut,".unbind();");continue;case ym:case Sm:I="1i";break;case Ih:case Dh:I="2i",Nt=2;break;case Ph:case Nh:I="3i",Nt=3;break;case Lh:case Oh:I="4i",Nt=4;break;case xm:I="1f";break;case wh:I="2f",Nt=2;break;case Ch:I="3f",Nt=3;break;case Rh:I="4f",Nt=4;break;case Ec:I="Matrix2fv";break;case Ac:I="Matrix3fv";break;case Tc:I="Matrix4fv";break}if(I.charAt(0)==="M"){A(q,".uniform",I,"(",ot,",");var nn=Math.pow(ae-Ec+2,2),Yn=L.global.def("new Float32Array(",nn,")");Array.isArray(yt)?A("false,(",Ie(nn,function(Hi){return Yn+"["+Hi+"]="+yt[Hi]}),",",Yn,")"):A("false,(Array.isArray(",yt,")||",yt," instanceof Float32Array)?",yt,":(",Ie(nn,function(Hi){return Yn+"["+Hi+"]="+yt+"["+Hi+"]"}),",",Yn,")"),A(");")}else if(Nt>1){for(var Ri=[],Ls=[],Ds=0;Ds<Nt;++Ds)Array.isArray(yt)?Ls.push(yt[Ds]):Ls.push(A.def(yt+"["+Ds+"]")),W&&Ri.push(A.def());W&&A("if(!",L.batchId,"||",Ri.map(function(Hi,cs){return Hi+"!=="+Ls[cs]}).join("||"),"){",Ri.map(function(Hi,cs){return Hi+"="+Ls[cs]+";"}).join("")),A(q,".uniform",I,"(",ot,",",Ls.join(","),");"),W&&A("}")}else{if(w(!Array.isArray(yt),"uniform value must not be an array"),W){var Ns=A.def();A("if(!",L.batchId,"||",Ns,"!==",yt,"){",Ns,"=",yt,";")}A(q,".uniform",I,"(",ot,",",yt,");"),W&&A("}")}}}function Qt(L,A,V,K){var ee=L.shared,W=ee.gl,H=ee.draw,q=K.draw;function I(){var Nt=q.elements,Ut,nn=A;return Nt?((Nt.contextDep&&K.contextDynamic||Nt.propDep)&&(nn=V),Ut=Nt.append(L,nn),q.elementsActive&&nn("if("+Ut+")"+W+".bindBuffer("+vm+","+Ut+".buffer.buffer);")):(Ut=nn.def(),nn(Ut,"=",H,".",pr,";","if(",Ut,"){",W,".bindBuffer(",vm,",",Ut,".buffer.buffer);}","else if(",ee.vao,".currentVAO){",Ut,"=",L.shared.elements+".getElements("+ee.vao,".currentVAO.elements);",Ue?"":"if("+Ut+")"+W+".bindBuffer("+vm+","+Ut+".buffer.buffer);","}")),Ut}function k(){var Nt=q.count,Ut,nn=A;return Nt?((Nt.contextDep&&K.contextDynamic||Nt.propDep)&&(nn=V),Ut=Nt.append(L,nn),w.optional(function(){Nt.MISSING&&L.assert(A,"false","missing vertex count"),Nt.DYNAMIC&&L.assert(nn,Ut+">=0","missing vertex count")})):(Ut=nn.def(H,".",oo),w.optional(function(){L.assert(nn,Ut+">=0","missing vertex count")})),Ut}var F=I();function te(Nt){var Ut=q[Nt];return Ut?Ut.contextDep&&K.contextDynamic||Ut.propDep?Ut.append(L,V):Ut.append(L,A):A.def(H,".",Nt)}var ae=te(ao),Oe=te(Ah),at=k();if(typeof at=="number"){if(at===0)return}else V("if(",at,"){"),V.exit("}");var ot,yt;qe&&(ot=te(Th),yt=L.instancing);var it=F+".type",Ft=q.elements&&va(q.elements)&&!q.vaoActive;function Ct(){function Nt(){V(yt,".drawElementsInstancedANGLE(",[ae,at,it,Oe+"<<(("+it+"-"+vh+")>>1)",ot],");")}function Ut(){V(yt,".drawArraysInstancedANGLE(",[ae,Oe,at,ot],");")}F&&F!=="null"?Ft?Nt():(V("if(",F,"){"),Nt(),V("}else{"),Ut(),V("}")):Ut()}function Dt(){function Nt(){V(W+".drawElements("+[ae,at,it,Oe+"<<(("+it+"-"+vh+")>>1)"]+");")}function Ut(){V(W+".drawArrays("+[ae,Oe,at]+");")}F&&F!=="null"?Ft?Nt():(V("if(",F,"){"),Nt(),V("}else{"),Ut(),V("}")):Ut()}qe&&(typeof ot!="number"||ot>=0)?typeof ot=="string"?(V("if(",ot,">0){"),Ct(),V("}else if(",ot,"<0){"),Dt(),V("}")):Ct():Dt()}function En(L,A,V,K,ee){var W=on(),H=W.proc("body",ee);return w.optional(function(){W.commandStr=A.commandStr,W.command=W.link(A.commandStr)}),qe&&(W.instancing=H.def(W.shared.extensions,".angle_instanced_arrays")),L(W,H,V,K),W.compile().body}function Ln(L,A,V,K){di(L,A),V.useVAO?V.drawVAO?A(L.shared.vao,".setVAO(",V.drawVAO.append(L,A),");"):A(L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"):(A(L.shared.vao,".setVAO(null);"),Fi(L,A,V,K.attributes,function(){return!0})),Un(L,A,V,K.uniforms,function(){return!0},!1),Qt(L,A,A,V)}function pi(L,A){var V=L.proc("draw",1);di(L,V),bi(L,V,A.context),Mi(L,V,A.framebuffer),Ci(L,V,A),Oi(L,V,A.state),gn(L,V,A,!1,!0);var K=A.shader.progVar.append(L,V);if(V(L.shared.gl,".useProgram(",K,".program);"),A.shader.program)Ln(L,V,A,A.shader.program);else{V(L.shared.vao,".setVAO(null);");var ee=L.global.def("{}"),W=V.def(K,".id"),H=V.def(ee,"[",W,"]");V(L.cond(H).then(H,".call(this,a0);").else(H,"=",ee,"[",W,"]=",L.link(function(q){return En(Ln,L,A,q,1)}),"(",K,");",H,".call(this,a0);"))}Object.keys(A.state).length>0&&V(L.shared.current,".dirty=true;"),L.shared.vao&&V(L.shared.vao,".setVAO(null);")}function ls(L,A,V,K){L.batchId="a1",di(L,A);function ee(){return!0}Fi(L,A,V,K.attributes,ee),Un(L,A,V,K.uniforms,ee,!1),Qt(L,A,A,V)}function co(L,A,V,K){di(L,A);var ee=V.contextDep,W=A.def(),H="a0",q="a1",I=A.def();L.shared.props=I,L.batchId=W;var k=L.scope(),F=L.scope();A(k.entry,"for(",W,"=0;",W,"<",q,";++",W,"){",I,"=",H,"[",W,"];",F,"}",k.exit);function te(it){return it.contextDep&&ee||it.propDep}function ae(it){return!te(it)}if(V.needsContext&&bi(L,F,V.context),V.needsFramebuffer&&Mi(L,F,V.framebuffer),Oi(L,F,V.state,te),V.profile&&te(V.profile)&&gn(L,F,V,!1,!0),K)V.useVAO?V.drawVAO?te(V.drawVAO)?F(L.shared.vao,".setVAO(",V.drawVAO.append(L,F),");"):k(L.shared.vao,".setVAO(",V.drawVAO.append(L,k),");"):k(L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"):(k(L.shared.vao,".setVAO(null);"),Fi(L,k,V,K.attributes,ae),Fi(L,F,V,K.attributes,te)),Un(L,k,V,K.uniforms,ae,!1),Un(L,F,V,K.uniforms,te,!0),Qt(L,k,F,V);else{var Oe=L.global.def("{}"),at=V.shader.progVar.append(L,F),ot=F.def(at,".id"),yt=F.def(Oe,"[",ot,"]");F(L.shared.gl,".useProgram(",at,".program);","if(!",yt,"){",yt,"=",Oe,"[",ot,"]=",L.link(function(it){return En(ls,L,V,it,2)}),"(",at,");}",yt,".call(this,a0[",W,"],",W,");")}}function B(L,A){var V=L.proc("batch",2);L.batchId="0",di(L,V);var K=!1,ee=!0;Object.keys(A.context).forEach(function(Oe){K=K||A.context[Oe].propDep}),K||(bi(L,V,A.context),ee=!1);var W=A.framebuffer,H=!1;W?(W.propDep?K=H=!0:W.contextDep&&K&&(H=!0),H||Mi(L,V,W)):Mi(L,V,null),A.state.viewport&&A.state.viewport.propDep&&(K=!0);function q(Oe){return Oe.contextDep&&K||Oe.propDep}Ci(L,V,A),Oi(L,V,A.state,function(Oe){return!q(Oe)}),(!A.profile||!q(A.profile))&&gn(L,V,A,!1,"a1"),A.contextDep=K,A.needsContext=ee,A.needsFramebuffer=H;var I=A.shader.progVar;if(I.contextDep&&K||I.propDep)co(L,V,A,null);else{var k=I.append(L,V);if(V(L.shared.gl,".useProgram(",k,".program);"),A.shader.program)co(L,V,A,A.shader.program);else{V(L.shared.vao,".setVAO(null);");var F=L.global.def("{}"),te=V.def(k,".id"),ae=V.def(F,"[",te,"]");V(L.cond(ae).then(ae,".call(this,a0,a1);").else(ae,"=",F,"[",te,"]=",L.link(function(Oe){return En(co,L,A,Oe,2)}),"(",k,");",ae,".call(this,a0,a1);"))}}Object.keys(A.state).length>0&&V(L.shared.current,".dirty=true;"),L.shared.vao&&V(L.shared.vao,".setVAO(null);")}function me(L,A){var V=L.proc("scope",3);L.batchId="a2";var K=L.shared,ee=K.current;bi(L,V,A.context),A.framebuffer&&A.framebuffer.append(L,V),o_(Object.keys(A.state)).forEach(function(H){var q=A.state[H],I=q.append(L,V);ei(I)?I.forEach(function(k,F){V.set(L.next[H],"["+F+"]",k)}):V.set(K.next,"."+H,I)}),gn(L,V,A,!0,!0),[pr,Ah,oo,Th,ao].forEach(function(H){var q=A.draw[H];q&&V.set(K.draw,"."+H,""+q.append(L,V))}),Object.keys(A.uniforms).forEach(function(H){var q=A.uniforms[H].append(L,V);Array.isArray(q)&&(q="["+q.join()+"]"),V.set(K.uniforms,"["+R.id(H)+"]",q)}),Object.keys(A.attributes).forEach(function(H){var q=A.attributes[H].append(L,V),I=L.scopeAttrib(H);Object.keys(new Q).forEach(function(k){V.set(I,"."+k,q[k])})}),A.scopeVAO&&V.set(K.vao,".targetVAO",A.scopeVAO.append(L,V));function W(H){var q=A.shader[H];q&&V.set(K.shader,"."+H,q.append(L,V))}W(Ps),W(wr),Object.keys(A.state).length>0&&(V(ee,".dirty=true;"),V.exit(ee,".dirty=true;")),V("a1(",L.shared.context,",a0,",L.batchId,");")}function le(L){if(!(typeof L!="object"||ei(L))){for(var A=Object.keys(L),V=0;V<A.length;++V)if(y.isDynamic(L[A[V]]))return!0;return!1}}function It(L,A,V){var K=A.static[V];if(!K||!le(K))return;var ee=L.global,W=Object.keys(K),H=!1,q=!1,I=!1,k=L.global.def("{}");W.forEach(function(te){var ae=K[te];if(y.isDynamic(ae)){typeof ae=="function"&&(ae=K[te]=y.unbox(ae));var Oe=ar(ae,null);H=H||Oe.thisDep,I=I||Oe.propDep,q=q||Oe.contextDep}else{switch(ee(k,".",te,"="),typeof ae){case"number":ee(ae);break;case"string":ee('"',ae,'"');break;case"object":Array.isArray(ae)&&ee("[",ae.join(),"]");break;default:ee(L.link(ae));break}ee(";")}});function F(te,ae){W.forEach(function(Oe){var at=K[Oe];if(y.isDynamic(at)){var ot=te.invoke(ae,at);ae(k,".",Oe,"=",ot,";")}})}A.dynamic[V]=new y.DynamicVariable($o,{thisDep:H,contextDep:q,propDep:I,ref:k,append:F}),delete A.static[V]}function Sn(L,A,V,K,ee){var W=on();W.stats=W.link(ee),Object.keys(A.static).forEach(function(q){It(W,A,q)}),Py.forEach(function(q){It(W,L,q)});var H=vi(L,A,V,K,W);return pi(W,H),me(W,H),B(W,H),e(W.compile(),{destroy:function(){H.shader.program.destroy()}})}return{next:vt,current:bt,procs:(function(){var L=on(),A=L.proc("poll"),V=L.proc("refresh"),K=L.block();A(K),V(K);var ee=L.shared,W=ee.gl,H=ee.next,q=ee.current;K(q,".dirty=false;"),Mi(L,A),Mi(L,V,null,!0);var I;qe&&(I=L.link(qe)),z.oes_vertex_array_object&&V(L.link(z.oes_vertex_array_object),".bindVertexArrayOES(null);");for(var k=0;k<fe.maxAttributes;++k){var F=V.def(ee.attributes,"[",k,"]"),te=L.cond(F,".buffer");te.then(W,".enableVertexAttribArray(",k,");",W,".bindBuffer(",Ko,",",F,".buffer.buffer);",W,".vertexAttribPointer(",k,",",F,".size,",F,".type,",F,".normalized,",F,".stride,",F,".offset);").else(W,".disableVertexAttribArray(",k,");",W,".vertexAttrib4f(",k,",",F,".x,",F,".y,",F,".z,",F,".w);",F,".buffer=null;"),V(te),qe&&V(I,".vertexAttribDivisorANGLE(",k,",",F,".divisor);")}return V(L.shared.vao,".currentVAO=null;",L.shared.vao,".setVAO(",L.shared.vao,".targetVAO);"),Object.keys(Pe).forEach(function(ae){var Oe=Pe[ae],at=K.def(H,".",ae),ot=L.block();ot("if(",at,"){",W,".enable(",Oe,")}else{",W,".disable(",Oe,")}",q,".",ae,"=",at,";"),V(ot),A("if(",at,"!==",q,".",ae,"){",ot,"}")}),Object.keys(we).forEach(function(ae){var Oe=we[ae],at=bt[ae],ot,yt,it=L.block();if(it(W,".",Oe,"("),ei(at)){var Ft=at.length;ot=L.global.def(H,".",ae),yt=L.global.def(q,".",ae),it(Ie(Ft,function(Ct){return ot+"["+Ct+"]"}),");",Ie(Ft,function(Ct){return yt+"["+Ct+"]="+ot+"["+Ct+"];"}).join("")),A("if(",Ie(Ft,function(Ct){return ot+"["+Ct+"]!=="+yt+"["+Ct+"]"}).join("||"),"){",it,"}")}else ot=K.def(H,".",ae),yt=K.def(q,".",ae),it(ot,");",q,".",ae,"=",ot,";"),A("if(",ot,"!==",yt,"){",it,"}");V(it)}),L.compile()})(),compile:Sn}}function jy(){return{vaoCount:0,bufferCount:0,elementsCount:0,framebufferCount:0,shaderCount:0,textureCount:0,cubeCount:0,renderbufferCount:0,maxTextureUnits:0}}var Ky=34918,Jy=34919,c_=35007,Qy=function(m,R){if(!R.ext_disjoint_timer_query)return null;var z=[];function fe(){return z.pop()||R.ext_disjoint_timer_query.createQueryEXT()}function Ce(qe){z.push(qe)}var he=[];function Ee(qe){var At=fe();R.ext_disjoint_timer_query.beginQueryEXT(c_,At),he.push(At),Ve(he.length-1,he.length,qe)}function Ge(){R.ext_disjoint_timer_query.endQueryEXT(c_)}function ke(){this.startQueryIndex=-1,this.endQueryIndex=-1,this.sum=0,this.stats=null}var Ke=[];function Qe(){return Ke.pop()||new ke}function Je(qe){Ke.push(qe)}var lt=[];function Ve(qe,At,Ue){var bt=Qe();bt.startQueryIndex=qe,bt.endQueryIndex=At,bt.sum=0,bt.stats=Ue,lt.push(bt)}var Ze=[],Q=[];function xe(){var qe,At,Ue=he.length;if(Ue!==0){Q.length=Math.max(Q.length,Ue+1),Ze.length=Math.max(Ze.length,Ue+1),Ze[0]=0,Q[0]=0;var bt=0;for(qe=0,At=0;At<he.length;++At){var vt=he[At];R.ext_disjoint_timer_query.getQueryObjectEXT(vt,Jy)?(bt+=R.ext_disjoint_timer_query.getQueryObjectEXT(vt,Ky),Ce(vt)):he[qe++]=vt,Ze[At+1]=bt,Q[At+1]=qe}for(he.length=qe,qe=0,At=0;At<lt.length;++At){var Kt=lt[At],Pe=Kt.startQueryIndex,we=Kt.endQueryIndex;Kt.sum+=Ze[we]-Ze[Pe];var Lt=Q[Pe],ct=Q[we];ct===Lt?(Kt.stats.gpuTime+=Kt.sum/1e6,Je(Kt)):(Kt.startQueryIndex=Lt,Kt.endQueryIndex=ct,lt[qe++]=Kt)}lt.length=qe}}return{beginQuery:Ee,endQuery:Ge,pushScopeStats:Ve,update:xe,getNumPendingQueries:function(){return he.length},clear:function(){z.push.apply(z,he);for(var qe=0;qe<z.length;qe++)R.ext_disjoint_timer_query.deleteQueryEXT(z[qe]);he.length=0,z.length=0},restore:function(){he.length=0,z.length=0}}},eS=16384,tS=256,nS=1024,iS=34962,u_="webglcontextlost",h_="webglcontextrestored",f_=1,rS=2,sS=3;function d_(m,R){for(var z=0;z<m.length;++z)if(m[z]===R)return z;return-1}function aS(m){var R=ue(m);if(!R)return null;var z=R.gl,fe=z.getContextAttributes(),Ce=z.isContextLost(),he=oe(z,R);if(!he)return null;var Ee=Ne(),Ge=jy(),ke=he.extensions,Ke=Qy(z,ke),Qe=Ye(),Je=z.drawingBufferWidth,lt=z.drawingBufferHeight,Ve={tick:0,time:0,viewportWidth:Je,viewportHeight:lt,framebufferWidth:Je,framebufferHeight:lt,drawingBufferWidth:Je,drawingBufferHeight:lt,pixelRatio:R.pixelRatio},Ze={},Q={elements:null,primitive:4,count:-1,offset:0,instances:-1},xe=Yt(z,ke),qe=As(z,Ge,R,bt),At=Nu(z,ke,qe,Ge),Ue=om(z,ke,xe,Ge,qe,At,Q);function bt(Qt){return Ue.destroyBuffer(Qt)}var vt=hm(z,Ee,Ge,R),Kt=Qa(z,ke,xe,function(){Lt.procs.poll()},Ve,Ge,R),Pe=to(z,ke,xe,Ge,R),we=sm(z,ke,xe,Kt,Pe,Ge),Lt=Zy(z,Ee,ke,xe,qe,At,Kt,we,Ze,Ue,vt,Q,Ve,Ke,R),ct=pm(z,we,Lt.procs.poll,Ve,fe,ke,xe),$e=Lt.next,pt=z.canvas,gt=[],hn=[],on=[],xt=[R.onDestroy],Mt=null;function tn(){if(gt.length===0){Ke&&Ke.update(),Mt=null;return}Mt=se.next(tn),Oi();for(var Qt=gt.length-1;Qt>=0;--Qt){var En=gt[Qt];En&&En(Ve,null,0)}z.flush(),Ke&&Ke.update()}function cn(){!Mt&&gt.length>0&&(Mt=se.next(tn))}function Mn(){Mt&&(se.cancel(tn),Mt=null)}function si(Qt){Qt.preventDefault(),Ce=!0,Mn(),hn.forEach(function(En){En()})}function oi(Qt){z.getError(),Ce=!1,he.restore(),vt.restore(),qe.restore(),Kt.restore(),Pe.restore(),we.restore(),Ue.restore(),Ke&&Ke.restore(),Lt.procs.refresh(),cn(),on.forEach(function(En){En()})}pt&&(pt.addEventListener(u_,si,!1),pt.addEventListener(h_,oi,!1));function wn(){gt.length=0,Mn(),pt&&(pt.removeEventListener(u_,si),pt.removeEventListener(h_,oi)),vt.clear(),we.clear(),Pe.clear(),Ue.clear(),Kt.clear(),At.clear(),qe.clear(),Ke&&Ke.clear(),xt.forEach(function(Qt){Qt()})}function Si(Qt){w(!!Qt,"invalid args to regl({...})"),w.type(Qt,"object","invalid args to regl({...})");function En(ee){var W=e({},ee);delete W.uniforms,delete W.attributes,delete W.context,delete W.vao,"stencil"in W&&W.stencil.op&&(W.stencil.opBack=W.stencil.opFront=W.stencil.op,delete W.stencil.op);function H(q){if(q in W){var I=W[q];delete W[q],Object.keys(I).forEach(function(k){W[q+"."+k]=I[k]})}}return H("blend"),H("depth"),H("cull"),H("stencil"),H("polygonOffset"),H("scissor"),H("sample"),"vao"in ee&&(W.vao=ee.vao),W}function Ln(ee,W){var H={},q={};return Object.keys(ee).forEach(function(I){var k=ee[I];if(y.isDynamic(k)){q[I]=y.unbox(k,I);return}else if(W&&Array.isArray(k)){for(var F=0;F<k.length;++F)if(y.isDynamic(k[F])){q[I]=y.unbox(k,I);return}}H[I]=k}),{dynamic:q,static:H}}var pi=Ln(Qt.context||{},!0),ls=Ln(Qt.uniforms||{},!0),co=Ln(Qt.attributes||{},!1),B=Ln(En(Qt),!1),me={gpuTime:0,cpuTime:0,count:0},le=Lt.compile(B,co,ls,pi,me),It=le.draw,Sn=le.batch,L=le.scope,A=[];function V(ee){for(;A.length<ee;)A.push(null);return A}function K(ee,W){var H;if(Ce&&w.raise("context lost"),typeof ee=="function")return L.call(this,null,ee,0);if(typeof W=="function")if(typeof ee=="number")for(H=0;H<ee;++H)L.call(this,null,W,H);else if(Array.isArray(ee))for(H=0;H<ee.length;++H)L.call(this,ee[H],W,H);else return L.call(this,ee,W,0);else if(typeof ee=="number"){if(ee>0)return Sn.call(this,V(ee|0),ee|0)}else if(Array.isArray(ee)){if(ee.length)return Sn.call(this,ee,ee.length)}else return It.call(this,ee)}return e(K,{stats:me,destroy:function(){le.destroy()}})}var Jn=we.setFBO=Si({framebuffer:y.define.call(null,f_,"framebuffer")});function vi(Qt,En){var Ln=0;Lt.procs.poll();var pi=En.color;pi&&(z.clearColor(+pi[0]||0,+pi[1]||0,+pi[2]||0,+pi[3]||0),Ln|=eS),"depth"in En&&(z.clearDepth(+En.depth),Ln|=tS),"stencil"in En&&(z.clearStencil(En.stencil|0),Ln|=nS),w(!!Ln,"called regl.clear with no buffer specified"),z.clear(Ln)}function bi(Qt){if(w(typeof Qt=="object"&&Qt,"regl.clear() takes an object as input"),"framebuffer"in Qt)if(Qt.framebuffer&&Qt.framebuffer_reglType==="framebufferCube")for(var En=0;En<6;++En)Jn(e({framebuffer:Qt.framebuffer.faces[En]},Qt),vi);else Jn(Qt,vi);else vi(null,Qt)}function Mi(Qt){w.type(Qt,"function","regl.frame() callback must be a function"),gt.push(Qt);function En(){var Ln=d_(gt,Qt);w(Ln>=0,"cannot cancel a frame twice");function pi(){var ls=d_(gt,pi);gt[ls]=gt[gt.length-1],gt.length-=1,gt.length<=0&&Mn()}gt[Ln]=pi}return cn(),{cancel:En}}function Ci(){var Qt=$e.viewport,En=$e.scissor_box;Qt[0]=Qt[1]=En[0]=En[1]=0,Ve.viewportWidth=Ve.framebufferWidth=Ve.drawingBufferWidth=Qt[2]=En[2]=z.drawingBufferWidth,Ve.viewportHeight=Ve.framebufferHeight=Ve.drawingBufferHeight=Qt[3]=En[3]=z.drawingBufferHeight}function Oi(){Ve.tick+=1,Ve.time=gn(),Ci(),Lt.procs.poll()}function di(){Kt.refresh(),Ci(),Lt.procs.refresh(),Ke&&Ke.update()}function gn(){return(Ye()-Qe)/1e3}di();function Fi(Qt,En){w.type(En,"function","listener callback must be a function");var Ln;switch(Qt){case"frame":return Mi(En);case"lost":Ln=hn;break;case"restore":Ln=on;break;case"destroy":Ln=xt;break;default:w.raise("invalid event, must be one of frame,lost,restore,destroy")}return Ln.push(En),{cancel:function(){for(var pi=0;pi<Ln.length;++pi)if(Ln[pi]===En){Ln[pi]=Ln[Ln.length-1],Ln.pop();return}}}}var Un=e(Si,{clear:bi,prop:y.define.bind(null,f_),context:y.define.bind(null,rS),this:y.define.bind(null,sS),draw:Si({}),buffer:function(Qt){return qe.create(Qt,iS,!1,!1)},elements:function(Qt){return At.create(Qt,!1)},texture:Kt.create2D,cube:Kt.createCube,renderbuffer:Pe.create,framebuffer:we.create,framebufferCube:we.createCube,vao:Ue.createVAO,attributes:fe,frame:Mi,on:Fi,limits:xe,hasExtension:function(Qt){return xe.extensions.indexOf(Qt.toLowerCase())>=0},read:ct,destroy:wn,_gl:z,_refresh:di,poll:function(){Oi(),Ke&&Ke.update()},now:gn,stats:Ge});return R.onDone(null,Un),Un}return aS}))});async function us(n){if(!n.ok){let e=`${n.status} ${n.statusText}`;try{e=(await n.json()).error||e}catch{}let t=new Error(e);throw t.status=n.status,t}return n}async function xa(n){return(await us(await fetch(n))).json()}async function Uh(n){return new Float32Array(await(await us(await fetch(n))).arrayBuffer())}async function Am(n){return new Uint32Array(await(await us(await fetch(n))).arrayBuffer())}async function Tm(n){let e=await us(await fetch(n));return{bytes:new Uint8Array(await e.arrayBuffer()),headers:e.headers}}async function wm(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/json"},body:JSON.stringify(e)});return(await us(t)).json()}async function Bh(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/octet-stream"},body:e});return(await us(t)).json()}async function __(n,e){let t=await fetch(n,{method:"POST",headers:{"Content-Type":"application/octet-stream"},body:e});return URL.createObjectURL(await(await us(t)).blob())}var mS=/^[\w@%+=:,./-]+$/;function v_(n){let e=String(n);return mS.test(e)?e:`'${e.replace(/'/g,"'\\''")}'`}var zh=class{constructor({select:e,summary:t,fields:i,line:r,missing:s}){Object.assign(this,{select:e,summary:t,fields:i,line:r,missing:s}),this.commands=[],this.values={},this.inputs=[],e.onchange=()=>this.showForm()}load({commands:e,values:t}){this.commands=e,this.values={...t,...this.values},this.select.innerHTML="";for(let i of e){let r=document.createElement("option");r.value=i.command,r.textContent=i.command,this.select.appendChild(r)}e.some(i=>i.command==="train_vae")&&(this.select.value="train_vae"),this.showForm()}provide(e,t){this.values[e]=t,this.commands.length&&this.showForm()}current(){return this.commands.find(e=>e.command===this.select.value)}showForm(){let e=this.current();e&&(this.summary.textContent=e.summary,this.fields.innerHTML="",this.inputs=e.arguments.map(t=>{let i=document.createElement("span");i.className="flag",i.textContent=t.flags.length?t.flags.join(", "):t.metavar;let r;if(t.switch)r=document.createElement("input"),r.type="checkbox";else if(t.choices.length){r=document.createElement("select");for(let o of["",...t.choices]){let c=document.createElement("option");c.value=o,c.textContent=o||(t.default===null?"\u2014":`default (${t.default})`),r.appendChild(c)}}else r=document.createElement("input"),r.placeholder=t.default===null?t.metavar:`default ${t.default}`;let s=this.values[t.dest];s!==void 0&&!t.switch&&(r.value=s),r.oninput=()=>this.update(),r.onchange=()=>this.update();let a=document.createElement("span");return a.className="help",a.textContent=`${t.required?"required. ":""}${t.help}`,this.fields.append(i,r,a),{argument:t,input:r}}),this.update())}update(){let t=["cryoscape",...this.current().command.split(" ")],i=[];for(let{argument:r,input:s}of this.inputs){let a=r.switch?s.checked:s.value.trim(),o=r.switch?!a:a==="";if(s.classList.toggle("missing",r.required&&o),o){r.required&&i.push(r.flags[0]||r.metavar);continue}if(!r.switch&&r.default!==null&&a===String(r.default))continue;let c=r.flags.find(u=>u.startsWith("--"))||r.flags[0];if(r.switch){t.push(c);continue}let l=r.repeat?a.split(/\s+/):[a];if(r.repeat==="append")for(let u of l)t.push(c,v_(u));else c&&t.push(c),t.push(...l.map(v_))}return this.line.value=t.join(" "),this.missing.textContent=i.length?`still needed: ${i.join(", ")}`:"",this.line.value}};var Da={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},Na={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},K_=0,rg=1,J_=2;var lu=1,Q_=2,Ml=3,Oa=0,tr=1,Pr=2,go=0,El=1,sg=2,ag=3,og=4,ev=5;var _o=100,tv=101,nv=102,iv=103,rv=104,sv=200,av=201,ov=202,lv=203,lg=204,cg=205,cv=206,uv=207,hv=208,fv=209,dv=210,pv=211,mv=212,gv=213,_v=214,df=0,pf=1,mf=2,dl=3,gf=4,_f=5,vf=6,xf=7,Zf=0,vv=1,xv=2,ms=0,ug=1,hg=2,fg=3,dg=4,pg=5,mg=6,gg=7;var _g=300,vo=301,Al=302,jf=303,Kf=304,yf=1e3,fs=1001,Sf=1002,Bi=1003,yv=1004;var cu=1005;var Qi=1006,Jf=1007;var Xs=1008;var lr=1009,vg=1010,xg=1011,Tl=1012,Qf=1013,Yr=1014,qr=1015,Zr=1016,ed=1017,td=1018,xo=1020,yg=35902,Sg=35899,bg=1021,Mg=1022,jr=1023,Gs=1026,$s=1027,Eg=1028,nd=1029,Fa=1030,id=1031;var rd=1033,uu=33776,hu=33777,fu=33778,du=33779,sd=35840,ad=35841,od=35842,ld=35843,cd=36196,ud=37492,hd=37496,fd=37488,dd=37489,pu=37490,pd=37491,md=37808,gd=37809,_d=37810,vd=37811,xd=37812,yd=37813,Sd=37814,bd=37815,Md=37816,Ed=37817,Ad=37818,Td=37819,wd=37820,Cd=37821,Rd=36492,Id=36494,Pd=36495,Ld=36283,Dd=36284,mu=36285,Nd=36286;var Bc=2300,bf=2301,hf=2302,Zm=2303,jm=2400,Km=2401,Jm=2402;var Sv=3200;var Od=0,bv=1,Ys="",_r="srgb",zc="srgb-linear",kc="linear",qn="srgb";var ff=7680;var Mv=519,Ev=512,Av=513,Tv=514,Ag=515,wv=516,Cv=517,Tg=518,wg=519,Rv=35044;var Cg="300 es",Ir=2e3,pl=2001;function gS(n){for(let e=n.length-1;e>=0;--e)if(n[e]>=65535)return!0;return!1}function _S(n){return ArrayBuffer.isView(n)&&!(n instanceof DataView)}function Gc(n){return document.createElementNS("http://www.w3.org/1999/xhtml",n)}function Iv(){let n=Gc("canvas");return n.style.display="block",n}var x_={},ml=null;function Rg(...n){let e="THREE."+n.shift();ml?ml("log",e,...n):console.log(e,...n)}function Pv(n){let e=n[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=n[1];t&&t.isStackTrace?n[0]+=" "+t.getLocation():n[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return n}function dn(...n){n=Pv(n);let e="THREE."+n.shift();if(ml)ml("warn",e,...n);else{let t=n[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...n)}}function yn(...n){n=Pv(n);let e="THREE."+n.shift();if(ml)ml("error",e,...n);else{let t=n[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...n)}}function Oc(...n){let e=n.join(" ");e in x_||(x_[e]=!0,dn(...n))}function Lv(n,e,t){return new Promise(function(i,r){function s(){switch(n.clientWaitSync(e,n.SYNC_FLUSH_COMMANDS_BIT,0)){case n.WAIT_FAILED:r();break;case n.TIMEOUT_EXPIRED:setTimeout(s,t);break;default:i()}}setTimeout(s,t)})}var Dv={[df]:df,[mf]:vf,[gf]:gf,[dl]:_f,[pf]:pf,[vf]:mf,[xf]:xf,[_f]:dl},$r=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let i=this._listeners;i[e]===void 0&&(i[e]=[]),i[e].indexOf(t)===-1&&i[e].push(t)}hasEventListener(e,t){let i=this._listeners;return i===void 0?!1:i[e]!==void 0&&i[e].indexOf(t)!==-1}removeEventListener(e,t){let i=this._listeners;if(i===void 0)return;let r=i[e];if(r!==void 0){let s=r.indexOf(t);s!==-1&&r.splice(s,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let i=t[e.type];if(i!==void 0){e.target=this;let r=i.slice(0);for(let s=0,a=r.length;s<a;s++)r[s].call(this,e);e.target=null}}},Wi=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],y_=1234567,Fc=Math.PI/180,gl=180/Math.PI;function wl(){let n=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,i=Math.random()*4294967295|0;return(Wi[n&255]+Wi[n>>8&255]+Wi[n>>16&255]+Wi[n>>24&255]+"-"+Wi[e&255]+Wi[e>>8&255]+"-"+Wi[e>>16&15|64]+Wi[e>>24&255]+"-"+Wi[t&63|128]+Wi[t>>8&255]+"-"+Wi[t>>16&255]+Wi[t>>24&255]+Wi[i&255]+Wi[i>>8&255]+Wi[i>>16&255]+Wi[i>>24&255]).toLowerCase()}function On(n,e,t){return Math.max(e,Math.min(t,n))}function Ig(n,e){return(n%e+e)%e}function vS(n,e,t,i,r){return i+(n-e)*(r-i)/(t-e)}function xS(n,e,t){return n!==e?(t-n)/(e-n):0}function Uc(n,e,t){return(1-t)*n+t*e}function yS(n,e,t,i){return Uc(n,e,1-Math.exp(-t*i))}function SS(n,e=1){return e-Math.abs(Ig(n,e*2)-e)}function bS(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*(3-2*n))}function MS(n,e,t){return n<=e?0:n>=t?1:(n=(n-e)/(t-e),n*n*n*(n*(n*6-15)+10))}function ES(n,e){return n+Math.floor(Math.random()*(e-n+1))}function AS(n,e){return n+Math.random()*(e-n)}function TS(n){return n*(.5-Math.random())}function wS(n){n!==void 0&&(y_=n);let e=y_+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function CS(n){return n*Fc}function RS(n){return n*gl}function IS(n){return n>0&&Number.isInteger(n)&&2**Math.round(Math.log2(n))===n}function PS(n){return Math.pow(2,Math.ceil(Math.log(n)/Math.LN2))}function Pg(n){return Math.pow(2,Math.floor(Math.log(n)/Math.LN2))}function LS(n,e,t,i,r){let s=Math.cos,a=Math.sin,o=s(t/2),c=a(t/2),l=s((e+i)/2),u=a((e+i)/2),d=s((e-i)/2),h=a((e-i)/2),p=s((i-e)/2),v=a((i-e)/2);switch(r){case"XYX":n.set(o*u,c*d,c*h,o*l);break;case"YZY":n.set(c*h,o*u,c*d,o*l);break;case"ZXZ":n.set(c*d,c*h,o*u,o*l);break;case"XZX":n.set(o*u,c*v,c*p,o*l);break;case"YXY":n.set(c*p,o*u,c*v,o*l);break;case"ZYZ":n.set(c*v,c*p,o*u,o*l);break;default:dn("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+r)}}function Lg(n){switch(n.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Nv(n,e){if(e.constructor===Float32Array)return n;let t=Lg(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(n/t,-1)}function Ov(n,e){if(e.constructor===Float32Array)return n;let t=Lg(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(n*t)}var Dg={DEG2RAD:Fc,RAD2DEG:gl,generateUUID:wl,clamp:On,euclideanModulo:Ig,mapLinear:vS,inverseLerp:xS,lerp:Uc,damp:yS,pingpong:SS,smoothstep:bS,smootherstep:MS,randInt:ES,randFloat:AS,randFloatSpread:TS,seededRandom:wS,degToRad:CS,radToDeg:RS,isPowerOfTwo:IS,ceilPowerOfTwo:PS,floorPowerOfTwo:Pg,setQuaternionFromProperEuler:LS,normalize:Ov,denormalize:Nv},Bg=class Bg{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,i=this.y,r=e.elements;return this.x=r[0]*t+r[3]*i+r[6],this.y=r[1]*t+r[4]*i+r[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(On(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y;return t*t+i*i}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let i=Math.cos(t),r=Math.sin(t),s=this.x-e.x,a=this.y-e.y;return this.x=s*i-a*r+e.x,this.y=s*r+a*i+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Bg.prototype.isVector2=!0;var _n=Bg,xr=class{constructor(e=0,t=0,i=0,r=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=i,this._w=r}static slerpFlat(e,t,i,r,s,a,o){let c=i[r+0],l=i[r+1],u=i[r+2],d=i[r+3],h=s[a+0],p=s[a+1],v=s[a+2],S=s[a+3];if(d!==S||c!==h||l!==p||u!==v){let g=c*h+l*p+u*v+d*S;g<0&&(h=-h,p=-p,v=-v,S=-S,g=-g);let _=1-o;if(g<.9995){let M=Math.acos(g),C=Math.sin(M);_=Math.sin(_*M)/C,o=Math.sin(o*M)/C,c=c*_+h*o,l=l*_+p*o,u=u*_+v*o,d=d*_+S*o}else{c=c*_+h*o,l=l*_+p*o,u=u*_+v*o,d=d*_+S*o;let M=1/Math.sqrt(c*c+l*l+u*u+d*d);c*=M,l*=M,u*=M,d*=M}}e[t]=c,e[t+1]=l,e[t+2]=u,e[t+3]=d}static multiplyQuaternionsFlat(e,t,i,r,s,a){let o=i[r],c=i[r+1],l=i[r+2],u=i[r+3],d=s[a],h=s[a+1],p=s[a+2],v=s[a+3];return e[t]=o*v+u*d+c*p-l*h,e[t+1]=c*v+u*h+l*d-o*p,e[t+2]=l*v+u*p+o*h-c*d,e[t+3]=u*v-o*d-c*h-l*p,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,i,r){return this._x=e,this._y=t,this._z=i,this._w=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let i=e._x,r=e._y,s=e._z,a=e._order,o=Math.cos,c=Math.sin,l=o(i/2),u=o(r/2),d=o(s/2),h=c(i/2),p=c(r/2),v=c(s/2);switch(a){case"XYZ":this._x=h*u*d+l*p*v,this._y=l*p*d-h*u*v,this._z=l*u*v+h*p*d,this._w=l*u*d-h*p*v;break;case"YXZ":this._x=h*u*d+l*p*v,this._y=l*p*d-h*u*v,this._z=l*u*v-h*p*d,this._w=l*u*d+h*p*v;break;case"ZXY":this._x=h*u*d-l*p*v,this._y=l*p*d+h*u*v,this._z=l*u*v+h*p*d,this._w=l*u*d-h*p*v;break;case"ZYX":this._x=h*u*d-l*p*v,this._y=l*p*d+h*u*v,this._z=l*u*v-h*p*d,this._w=l*u*d+h*p*v;break;case"YZX":this._x=h*u*d+l*p*v,this._y=l*p*d+h*u*v,this._z=l*u*v-h*p*d,this._w=l*u*d-h*p*v;break;case"XZY":this._x=h*u*d-l*p*v,this._y=l*p*d-h*u*v,this._z=l*u*v+h*p*d,this._w=l*u*d+h*p*v;break;default:dn("Quaternion: .setFromEuler() encountered an unknown order: "+a)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let i=t/2,r=Math.sin(i);return this._x=e.x*r,this._y=e.y*r,this._z=e.z*r,this._w=Math.cos(i),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,i=t[0],r=t[4],s=t[8],a=t[1],o=t[5],c=t[9],l=t[2],u=t[6],d=t[10],h=i+o+d;if(h>0){let p=.5/Math.sqrt(h+1);this._w=.25/p,this._x=(u-c)*p,this._y=(s-l)*p,this._z=(a-r)*p}else if(i>o&&i>d){let p=2*Math.sqrt(1+i-o-d);this._w=(u-c)/p,this._x=.25*p,this._y=(r+a)/p,this._z=(s+l)/p}else if(o>d){let p=2*Math.sqrt(1+o-i-d);this._w=(s-l)/p,this._x=(r+a)/p,this._y=.25*p,this._z=(c+u)/p}else{let p=2*Math.sqrt(1+d-i-o);this._w=(a-r)/p,this._x=(s+l)/p,this._y=(c+u)/p,this._z=.25*p}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let i=e.dot(t)+1;return i<1e-8?(i=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=i):(this._x=0,this._y=-e.z,this._z=e.y,this._w=i)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=i),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(On(this.dot(e),-1,1)))}rotateTowards(e,t){let i=this.angleTo(e);if(i===0)return this;let r=Math.min(1,t/i);return this.slerp(e,r),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=t._x,c=t._y,l=t._z,u=t._w;return this._x=i*u+a*o+r*l-s*c,this._y=r*u+a*c+s*o-i*l,this._z=s*u+a*l+i*c-r*o,this._w=a*u-i*o-r*c-s*l,this._onChangeCallback(),this}slerp(e,t){let i=e._x,r=e._y,s=e._z,a=e._w,o=this.dot(e);o<0&&(i=-i,r=-r,s=-s,a=-a,o=-o);let c=1-t;if(o<.9995){let l=Math.acos(o),u=Math.sin(l);c=Math.sin(c*l)/u,t=Math.sin(t*l)/u,this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this._onChangeCallback()}else this._x=this._x*c+i*t,this._y=this._y*c+r*t,this._z=this._z*c+s*t,this._w=this._w*c+a*t,this.normalize();return this}slerpQuaternions(e,t,i){return this.copy(e).slerp(t,i)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),i=Math.random(),r=Math.sqrt(1-i),s=Math.sqrt(i);return this.set(r*Math.sin(e),r*Math.cos(e),s*Math.sin(t),s*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},zg=class zg{constructor(e=0,t=0,i=0){this.x=e,this.y=t,this.z=i}set(e,t,i){return i===void 0&&(i=this.z),this.x=e,this.y=t,this.z=i,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(S_.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(S_.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[3]*i+s[6]*r,this.y=s[1]*t+s[4]*i+s[7]*r,this.z=s[2]*t+s[5]*i+s[8]*r,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=e.elements,a=1/(s[3]*t+s[7]*i+s[11]*r+s[15]);return this.x=(s[0]*t+s[4]*i+s[8]*r+s[12])*a,this.y=(s[1]*t+s[5]*i+s[9]*r+s[13])*a,this.z=(s[2]*t+s[6]*i+s[10]*r+s[14])*a,this}applyQuaternion(e){let t=this.x,i=this.y,r=this.z,s=e.x,a=e.y,o=e.z,c=e.w,l=2*(a*r-o*i),u=2*(o*t-s*r),d=2*(s*i-a*t);return this.x=t+c*l+a*d-o*u,this.y=i+c*u+o*l-s*d,this.z=r+c*d+s*u-a*l,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,i=this.y,r=this.z,s=e.elements;return this.x=s[0]*t+s[4]*i+s[8]*r,this.y=s[1]*t+s[5]*i+s[9]*r,this.z=s[2]*t+s[6]*i+s[10]*r,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this.z=On(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this.z=On(this.z,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let i=e.x,r=e.y,s=e.z,a=t.x,o=t.y,c=t.z;return this.x=r*c-s*o,this.y=s*a-i*c,this.z=i*o-r*a,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let i=e.dot(this)/t;return this.copy(e).multiplyScalar(i)}projectOnPlane(e){return Cm.copy(this).projectOnVector(e),this.sub(Cm)}reflect(e){return this.sub(Cm.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let i=this.dot(e)/t;return Math.acos(On(i,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,i=this.y-e.y,r=this.z-e.z;return t*t+i*i+r*r}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,i){let r=Math.sin(t)*e;return this.x=r*Math.sin(i),this.y=Math.cos(t)*e,this.z=r*Math.cos(i),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,i){return this.x=e*Math.sin(t),this.y=i,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),i=this.setFromMatrixColumn(e,1).length(),r=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=i,this.z=r,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,i=Math.sqrt(1-t*t);return this.x=i*Math.cos(e),this.y=t,this.z=i*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};zg.prototype.isVector3=!0;var _e=zg,Cm=new _e,S_=new xr,kg=class kg{constructor(e,t,i,r,s,a,o,c,l){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l)}set(e,t,i,r,s,a,o,c,l){let u=this.elements;return u[0]=e,u[1]=r,u[2]=o,u[3]=t,u[4]=s,u[5]=c,u[6]=i,u[7]=a,u[8]=l,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],this}extractBasis(e,t,i){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),i.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[3],c=i[6],l=i[1],u=i[4],d=i[7],h=i[2],p=i[5],v=i[8],S=r[0],g=r[3],_=r[6],M=r[1],C=r[4],E=r[7],U=r[2],N=r[5],x=r[8];return s[0]=a*S+o*M+c*U,s[3]=a*g+o*C+c*N,s[6]=a*_+o*E+c*x,s[1]=l*S+u*M+d*U,s[4]=l*g+u*C+d*N,s[7]=l*_+u*E+d*x,s[2]=h*S+p*M+v*U,s[5]=h*g+p*C+v*N,s[8]=h*_+p*E+v*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8];return t*a*u-t*o*l-i*s*u+i*o*c+r*s*l-r*a*c}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=u*a-o*l,h=o*c-u*s,p=l*s-a*c,v=t*d+i*h+r*p;if(v===0)return this.set(0,0,0,0,0,0,0,0,0);let S=1/v;return e[0]=d*S,e[1]=(r*l-u*i)*S,e[2]=(o*i-r*a)*S,e[3]=h*S,e[4]=(u*t-r*c)*S,e[5]=(r*s-o*t)*S,e[6]=p*S,e[7]=(i*c-l*t)*S,e[8]=(a*t-i*s)*S,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,i,r,s,a,o){let c=Math.cos(s),l=Math.sin(s);return this.set(i*c,i*l,-i*(c*a+l*o)+a+e,-r*l,r*c,-r*(-l*a+c*o)+o+t,0,0,1),this}scale(e,t){return Oc("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Rm.makeScale(e,t)),this}rotate(e){return Oc("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Rm.makeRotation(-e)),this}translate(e,t){return Oc("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Rm.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,i,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<9;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<9;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e}clone(){return new this.constructor().fromArray(this.elements)}};kg.prototype.isMatrix3=!0;var bn=kg,Rm=new bn,b_=new bn().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),M_=new bn().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function DS(){let n={enabled:!0,workingColorSpace:zc,spaces:{},convert:function(r,s,a){return this.enabled===!1||s===a||!s||!a||(this.spaces[s].transfer===qn&&(r.r=ks(r.r),r.g=ks(r.g),r.b=ks(r.b)),this.spaces[s].primaries!==this.spaces[a].primaries&&(r.applyMatrix3(this.spaces[s].toXYZ),r.applyMatrix3(this.spaces[a].fromXYZ)),this.spaces[a].transfer===qn&&(r.r=fl(r.r),r.g=fl(r.g),r.b=fl(r.b))),r},workingToColorSpace:function(r,s){return this.convert(r,this.workingColorSpace,s)},colorSpaceToWorking:function(r,s){return this.convert(r,s,this.workingColorSpace)},getPrimaries:function(r){return this.spaces[r].primaries},getTransfer:function(r){return r===Ys?kc:this.spaces[r].transfer},getToneMappingMode:function(r){return this.spaces[r].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(r,s=this.workingColorSpace){return r.fromArray(this.spaces[s].luminanceCoefficients)},define:function(r){Object.assign(this.spaces,r)},_getMatrix:function(r,s,a){return r.copy(this.spaces[a].fromXYZ).multiply(this.spaces[s].toXYZ)},_getDrawingBufferColorSpace:function(r){return this.spaces[r].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(r=this.workingColorSpace){return this.spaces[r].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],i=[.3127,.329];return n.define({[zc]:{primaries:e,whitePoint:i,transfer:kc,toXYZ:b_,fromXYZ:M_,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:_r},outputColorSpaceConfig:{drawingBufferColorSpace:_r}},[_r]:{primaries:e,whitePoint:i,transfer:qn,toXYZ:b_,fromXYZ:M_,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:_r}}}),n}var Bn=DS();function ks(n){return n<.04045?n*.0773993808:Math.pow(n*.9478672986+.0521327014,2.4)}function fl(n){return n<.0031308?n*12.92:1.055*Math.pow(n,.41666)-.055}var Qo,Mf=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let i;if(e instanceof HTMLCanvasElement)i=e;else{Qo===void 0&&(Qo=Gc("canvas")),Qo.width=e.width,Qo.height=e.height;let r=Qo.getContext("2d");e instanceof ImageData?r.putImageData(e,0,0):r.drawImage(e,0,0,e.width,e.height),i=Qo}return i.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Gc("canvas");t.width=e.width,t.height=e.height;let i=t.getContext("2d");i.drawImage(e,0,0,e.width,e.height);let r=i.getImageData(0,0,e.width,e.height),s=r.data;for(let a=0;a<s.length;a++)s[a]=ks(s[a]/255)*255;return i.putImageData(r,0,0),t}else if(e.data){let t=e.data.slice(0);for(let i=0;i<t.length;i++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[i]=Math.floor(ks(t[i]/255)*255):t[i]=ks(t[i]);return{data:t,width:e.width,height:e.height}}else return dn("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},NS=0,_l=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:NS++}),this.uuid=wl(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let i={uuid:this.uuid,url:""},r=this.data;if(r!==null){let s;if(Array.isArray(r)){s=[];for(let a=0,o=r.length;a<o;a++)r[a].isDataTexture?s.push(Im(r[a].image)):s.push(Im(r[a]))}else s=Im(r);i.url=s}return t||(e.images[this.uuid]=i),i}};function Im(n){return typeof HTMLImageElement<"u"&&n instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&n instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&n instanceof ImageBitmap?Mf.getDataURL(n):n.data?{data:Array.from(n.data),width:n.width,height:n.height,type:n.data.constructor.name}:(dn("Texture: Unable to serialize Texture."),{})}var OS=0,Pm=new _e,or=class n extends $r{constructor(e=n.DEFAULT_IMAGE,t=n.DEFAULT_MAPPING,i=fs,r=fs,s=Qi,a=Xs,o=jr,c=lr,l=n.DEFAULT_ANISOTROPY,u=Ys){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:OS++}),this.uuid=wl(),this.name="",this.source=new _l(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=i,this.wrapT=r,this.magFilter=s,this.minFilter=a,this.anisotropy=l,this.format=o,this.internalFormat=null,this.type=c,this.offset=new _n(0,0),this.repeat=new _n(1,1),this.center=new _n(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new bn,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Pm).x}get height(){return this.source.getSize(Pm).y}get depth(){return this.source.getSize(Pm).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let i=e[t];if(i===void 0){dn(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){dn(`Texture.setValues(): property '${t}' does not exist.`);continue}r&&i&&r.isVector2&&i.isVector2||r&&i&&r.isVector3&&i.isVector3||r&&i&&r.isMatrix3&&i.isMatrix3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let i={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(i.userData=this.userData),t||(e.textures[this.uuid]=i),i}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==_g)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case yf:e.x=e.x-Math.floor(e.x);break;case fs:e.x=e.x<0?0:1;break;case Sf:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case yf:e.y=e.y-Math.floor(e.y);break;case fs:e.y=e.y<0?0:1;break;case Sf:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};or.DEFAULT_IMAGE=null;or.DEFAULT_MAPPING=_g;or.DEFAULT_ANISOTROPY=1;var Gg=class Gg{constructor(e=0,t=0,i=0,r=1){this.x=e,this.y=t,this.z=i,this.w=r}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,i,r){return this.x=e,this.y=t,this.z=i,this.w=r,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,i=this.y,r=this.z,s=this.w,a=e.elements;return this.x=a[0]*t+a[4]*i+a[8]*r+a[12]*s,this.y=a[1]*t+a[5]*i+a[9]*r+a[13]*s,this.z=a[2]*t+a[6]*i+a[10]*r+a[14]*s,this.w=a[3]*t+a[7]*i+a[11]*r+a[15]*s,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,i,r,s,c=e.elements,l=c[0],u=c[4],d=c[8],h=c[1],p=c[5],v=c[9],S=c[2],g=c[6],_=c[10];if(Math.abs(u-h)<.01&&Math.abs(d-S)<.01&&Math.abs(v-g)<.01){if(Math.abs(u+h)<.1&&Math.abs(d+S)<.1&&Math.abs(v+g)<.1&&Math.abs(l+p+_-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let C=(l+1)/2,E=(p+1)/2,U=(_+1)/2,N=(u+h)/4,x=(d+S)/4,T=(v+g)/4;return C>E&&C>U?C<.01?(i=0,r=.707106781,s=.707106781):(i=Math.sqrt(C),r=N/i,s=x/i):E>U?E<.01?(i=.707106781,r=0,s=.707106781):(r=Math.sqrt(E),i=N/r,s=T/r):U<.01?(i=.707106781,r=.707106781,s=0):(s=Math.sqrt(U),i=x/s,r=T/s),this.set(i,r,s,t),this}let M=Math.sqrt((g-v)*(g-v)+(d-S)*(d-S)+(h-u)*(h-u));return Math.abs(M)<.001&&(M=1),this.x=(g-v)/M,this.y=(d-S)/M,this.z=(h-u)/M,this.w=Math.acos((l+p+_-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=On(this.x,e.x,t.x),this.y=On(this.y,e.y,t.y),this.z=On(this.z,e.z,t.z),this.w=On(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=On(this.x,e,t),this.y=On(this.y,e,t),this.z=On(this.z,e,t),this.w=On(this.w,e,t),this}clampLength(e,t){let i=this.length();return this.divideScalar(i||1).multiplyScalar(On(i,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,i){return this.x=e.x+(t.x-e.x)*i,this.y=e.y+(t.y-e.y)*i,this.z=e.z+(t.z-e.z)*i,this.w=e.w+(t.w-e.w)*i,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Gg.prototype.isVector4=!0;var ui=Gg,Ef=class extends $r{constructor(e=1,t=1,i={}){super(),i=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Qi,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},i),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=i.depth,this.scissor=new ui(0,0,e,t),this.scissorTest=!1,this.viewport=new ui(0,0,e,t),this.textures=[];let r=i.count;for(let s=0;s<r;s++)this.textures[s]=new or({width:e,height:t,depth:i.depth}),this.textures[s].isRenderTargetTexture=!0,this.textures[s].renderTarget=this;this._setTextureOptions(i),this.depthBuffer=i.depthBuffer,this.stencilBuffer=i.stencilBuffer,this.resolveColorBuffer=i.resolveColorBuffer,this.resolveDepthBuffer=i.resolveDepthBuffer,this.resolveStencilBuffer=i.resolveStencilBuffer,this.storeMultisampledColorBuffer=i.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=i.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=i.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=i.depthTexture,this.samples=i.samples,this.multiview=i.multiview,this.useArrayDepthTexture=i.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Qi,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let i=0;i<this.textures.length;i++)this.textures[i].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,i=1){if(this.width!==e||this.height!==t||this.depth!==i){this.width=e,this.height=t,this.depth=i;for(let r=0,s=this.textures.length;r<s;r++)this.textures[r].image.width=e,this.textures[r].image.height=t,this.textures[r].image.depth=i,this.textures[r].isData3DTexture!==!0&&(this.textures[r].isArrayTexture=this.textures[r].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,i=e.textures.length;t<i;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let r=Object.assign({},e.textures[t].image);this.textures[t].source=new _l(r)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},yr=class extends Ef{constructor(e=1,t=1,i={}){super(e,t,i),this.isWebGLRenderTarget=!0}},Vc=class extends or{constructor(e=null,t=1,i=1,r=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Bi,this.minFilter=Bi,this.wrapR=fs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var Af=class extends or{constructor(e=null,t=1,i=1,r=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:i,depth:r},this.magFilter=Bi,this.minFilter=Bi,this.wrapR=fs,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var qf=class qf{constructor(e,t,i,r,s,a,o,c,l,u,d,h,p,v,S,g){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,i,r,s,a,o,c,l,u,d,h,p,v,S,g)}set(e,t,i,r,s,a,o,c,l,u,d,h,p,v,S,g){let _=this.elements;return _[0]=e,_[4]=t,_[8]=i,_[12]=r,_[1]=s,_[5]=a,_[9]=o,_[13]=c,_[2]=l,_[6]=u,_[10]=d,_[14]=h,_[3]=p,_[7]=v,_[11]=S,_[15]=g,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new qf().fromArray(this.elements)}copy(e){let t=this.elements,i=e.elements;return t[0]=i[0],t[1]=i[1],t[2]=i[2],t[3]=i[3],t[4]=i[4],t[5]=i[5],t[6]=i[6],t[7]=i[7],t[8]=i[8],t[9]=i[9],t[10]=i[10],t[11]=i[11],t[12]=i[12],t[13]=i[13],t[14]=i[14],t[15]=i[15],this}copyPosition(e){let t=this.elements,i=e.elements;return t[12]=i[12],t[13]=i[13],t[14]=i[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,i){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),i.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),i.setFromMatrixColumn(this,2),this)}makeBasis(e,t,i){return this.set(e.x,t.x,i.x,0,e.y,t.y,i.y,0,e.z,t.z,i.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,i=e.elements,r=1/el.setFromMatrixColumn(e,0).length(),s=1/el.setFromMatrixColumn(e,1).length(),a=1/el.setFromMatrixColumn(e,2).length();return t[0]=i[0]*r,t[1]=i[1]*r,t[2]=i[2]*r,t[3]=0,t[4]=i[4]*s,t[5]=i[5]*s,t[6]=i[6]*s,t[7]=0,t[8]=i[8]*a,t[9]=i[9]*a,t[10]=i[10]*a,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,i=e.x,r=e.y,s=e.z,a=Math.cos(i),o=Math.sin(i),c=Math.cos(r),l=Math.sin(r),u=Math.cos(s),d=Math.sin(s);if(e.order==="XYZ"){let h=a*u,p=a*d,v=o*u,S=o*d;t[0]=c*u,t[4]=-c*d,t[8]=l,t[1]=p+v*l,t[5]=h-S*l,t[9]=-o*c,t[2]=S-h*l,t[6]=v+p*l,t[10]=a*c}else if(e.order==="YXZ"){let h=c*u,p=c*d,v=l*u,S=l*d;t[0]=h+S*o,t[4]=v*o-p,t[8]=a*l,t[1]=a*d,t[5]=a*u,t[9]=-o,t[2]=p*o-v,t[6]=S+h*o,t[10]=a*c}else if(e.order==="ZXY"){let h=c*u,p=c*d,v=l*u,S=l*d;t[0]=h-S*o,t[4]=-a*d,t[8]=v+p*o,t[1]=p+v*o,t[5]=a*u,t[9]=S-h*o,t[2]=-a*l,t[6]=o,t[10]=a*c}else if(e.order==="ZYX"){let h=a*u,p=a*d,v=o*u,S=o*d;t[0]=c*u,t[4]=v*l-p,t[8]=h*l+S,t[1]=c*d,t[5]=S*l+h,t[9]=p*l-v,t[2]=-l,t[6]=o*c,t[10]=a*c}else if(e.order==="YZX"){let h=a*c,p=a*l,v=o*c,S=o*l;t[0]=c*u,t[4]=S-h*d,t[8]=v*d+p,t[1]=d,t[5]=a*u,t[9]=-o*u,t[2]=-l*u,t[6]=p*d+v,t[10]=h-S*d}else if(e.order==="XZY"){let h=a*c,p=a*l,v=o*c,S=o*l;t[0]=c*u,t[4]=-d,t[8]=l*u,t[1]=h*d+S,t[5]=a*u,t[9]=p*d-v,t[2]=v*d-p,t[6]=o*u,t[10]=S*d+h}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(FS,e,US)}lookAt(e,t,i){let r=this.elements;return mr.subVectors(e,t),mr.lengthSq()===0&&(mr.z=1),mr.normalize(),ya.crossVectors(i,mr),ya.lengthSq()===0&&(Math.abs(i.z)===1?mr.x+=1e-4:mr.z+=1e-4,mr.normalize(),ya.crossVectors(i,mr)),ya.normalize(),kh.crossVectors(mr,ya),r[0]=ya.x,r[4]=kh.x,r[8]=mr.x,r[1]=ya.y,r[5]=kh.y,r[9]=mr.y,r[2]=ya.z,r[6]=kh.z,r[10]=mr.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let i=e.elements,r=t.elements,s=this.elements,a=i[0],o=i[4],c=i[8],l=i[12],u=i[1],d=i[5],h=i[9],p=i[13],v=i[2],S=i[6],g=i[10],_=i[14],M=i[3],C=i[7],E=i[11],U=i[15],N=r[0],x=r[4],T=r[8],Z=r[12],X=r[1],Y=r[5],re=r[9],pe=r[13],G=r[2],ve=r[6],ye=r[10],ne=r[14],Le=r[3],de=r[7],Re=r[11],ie=r[15];return s[0]=a*N+o*X+c*G+l*Le,s[4]=a*x+o*Y+c*ve+l*de,s[8]=a*T+o*re+c*ye+l*Re,s[12]=a*Z+o*pe+c*ne+l*ie,s[1]=u*N+d*X+h*G+p*Le,s[5]=u*x+d*Y+h*ve+p*de,s[9]=u*T+d*re+h*ye+p*Re,s[13]=u*Z+d*pe+h*ne+p*ie,s[2]=v*N+S*X+g*G+_*Le,s[6]=v*x+S*Y+g*ve+_*de,s[10]=v*T+S*re+g*ye+_*Re,s[14]=v*Z+S*pe+g*ne+_*ie,s[3]=M*N+C*X+E*G+U*Le,s[7]=M*x+C*Y+E*ve+U*de,s[11]=M*T+C*re+E*ye+U*Re,s[15]=M*Z+C*pe+E*ne+U*ie,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[12],a=e[1],o=e[5],c=e[9],l=e[13],u=e[2],d=e[6],h=e[10],p=e[14],v=e[3],S=e[7],g=e[11],_=e[15],M=c*p-l*h,C=o*p-l*d,E=o*h-c*d,U=a*p-l*u,N=a*h-c*u,x=a*d-o*u;return t*(S*M-g*C+_*E)-i*(v*M-g*U+_*N)+r*(v*C-S*U+_*x)-s*(v*E-S*N+g*x)}determinantAffine(){let e=this.elements,t=e[0],i=e[4],r=e[8],s=e[1],a=e[5],o=e[9],c=e[2],l=e[6],u=e[10];return t*(a*u-o*l)-i*(s*u-o*c)+r*(s*l-a*c)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,i){let r=this.elements;return e.isVector3?(r[12]=e.x,r[13]=e.y,r[14]=e.z):(r[12]=e,r[13]=t,r[14]=i),this}invert(){let e=this.elements,t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=e[9],h=e[10],p=e[11],v=e[12],S=e[13],g=e[14],_=e[15],M=t*o-i*a,C=t*c-r*a,E=t*l-s*a,U=i*c-r*o,N=i*l-s*o,x=r*l-s*c,T=u*S-d*v,Z=u*g-h*v,X=u*_-p*v,Y=d*g-h*S,re=d*_-p*S,pe=h*_-p*g,G=M*pe-C*re+E*Y+U*X-N*Z+x*T;if(G===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let ve=1/G;return e[0]=(o*pe-c*re+l*Y)*ve,e[1]=(r*re-i*pe-s*Y)*ve,e[2]=(S*x-g*N+_*U)*ve,e[3]=(h*N-d*x-p*U)*ve,e[4]=(c*X-a*pe-l*Z)*ve,e[5]=(t*pe-r*X+s*Z)*ve,e[6]=(g*E-v*x-_*C)*ve,e[7]=(u*x-h*E+p*C)*ve,e[8]=(a*re-o*X+l*T)*ve,e[9]=(i*X-t*re-s*T)*ve,e[10]=(v*N-S*E+_*M)*ve,e[11]=(d*E-u*N-p*M)*ve,e[12]=(o*Z-a*Y-c*T)*ve,e[13]=(t*Y-i*Z+r*T)*ve,e[14]=(S*C-v*U-g*M)*ve,e[15]=(u*U-d*C+h*M)*ve,this}scale(e){let t=this.elements,i=e.x,r=e.y,s=e.z;return t[0]*=i,t[4]*=r,t[8]*=s,t[1]*=i,t[5]*=r,t[9]*=s,t[2]*=i,t[6]*=r,t[10]*=s,t[3]*=i,t[7]*=r,t[11]*=s,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],i=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],r=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,i,r))}makeTranslation(e,t,i){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,i,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),i=Math.sin(e);return this.set(1,0,0,0,0,t,-i,0,0,i,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,0,i,0,0,1,0,0,-i,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),i=Math.sin(e);return this.set(t,-i,0,0,i,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let i=Math.cos(t),r=Math.sin(t),s=1-i,a=e.x,o=e.y,c=e.z,l=s*a,u=s*o;return this.set(l*a+i,l*o-r*c,l*c+r*o,0,l*o+r*c,u*o+i,u*c-r*a,0,l*c-r*o,u*c+r*a,s*c*c+i,0,0,0,0,1),this}makeScale(e,t,i){return this.set(e,0,0,0,0,t,0,0,0,0,i,0,0,0,0,1),this}makeShear(e,t,i,r,s,a){return this.set(1,i,s,0,e,1,a,0,t,r,1,0,0,0,0,1),this}compose(e,t,i){let r=this.elements,s=t._x,a=t._y,o=t._z,c=t._w,l=s+s,u=a+a,d=o+o,h=s*l,p=s*u,v=s*d,S=a*u,g=a*d,_=o*d,M=c*l,C=c*u,E=c*d,U=i.x,N=i.y,x=i.z;return r[0]=(1-(S+_))*U,r[1]=(p+E)*U,r[2]=(v-C)*U,r[3]=0,r[4]=(p-E)*N,r[5]=(1-(h+_))*N,r[6]=(g+M)*N,r[7]=0,r[8]=(v+C)*x,r[9]=(g-M)*x,r[10]=(1-(h+S))*x,r[11]=0,r[12]=e.x,r[13]=e.y,r[14]=e.z,r[15]=1,this}decompose(e,t,i){let r=this.elements;e.x=r[12],e.y=r[13],e.z=r[14];let s=this.determinantAffine();if(s===0)return i.set(1,1,1),t.identity(),this;let a=el.set(r[0],r[1],r[2]).length(),o=el.set(r[4],r[5],r[6]).length(),c=el.set(r[8],r[9],r[10]).length();s<0&&(a=-a),Hr.copy(this);let l=1/a,u=1/o,d=1/c;return Hr.elements[0]*=l,Hr.elements[1]*=l,Hr.elements[2]*=l,Hr.elements[4]*=u,Hr.elements[5]*=u,Hr.elements[6]*=u,Hr.elements[8]*=d,Hr.elements[9]*=d,Hr.elements[10]*=d,t.setFromRotationMatrix(Hr),i.x=a,i.y=o,i.z=c,this}makePerspective(e,t,i,r,s,a,o=Ir,c=!1){let l=this.elements,u=2*s/(t-e),d=2*s/(i-r),h=(t+e)/(t-e),p=(i+r)/(i-r),v,S;if(c)v=s/(a-s),S=a*s/(a-s);else if(o===Ir)v=-(a+s)/(a-s),S=-2*a*s/(a-s);else if(o===pl)v=-a/(a-s),S=-a*s/(a-s);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=h,l[12]=0,l[1]=0,l[5]=d,l[9]=p,l[13]=0,l[2]=0,l[6]=0,l[10]=v,l[14]=S,l[3]=0,l[7]=0,l[11]=-1,l[15]=0,this}makeOrthographic(e,t,i,r,s,a,o=Ir,c=!1){let l=this.elements,u=2/(t-e),d=2/(i-r),h=-(t+e)/(t-e),p=-(i+r)/(i-r),v,S;if(c)v=1/(a-s),S=a/(a-s);else if(o===Ir)v=-2/(a-s),S=-(a+s)/(a-s);else if(o===pl)v=-1/(a-s),S=-s/(a-s);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+o);return l[0]=u,l[4]=0,l[8]=0,l[12]=h,l[1]=0,l[5]=d,l[9]=0,l[13]=p,l[2]=0,l[6]=0,l[10]=v,l[14]=S,l[3]=0,l[7]=0,l[11]=0,l[15]=1,this}equals(e){let t=this.elements,i=e.elements;for(let r=0;r<16;r++)if(t[r]!==i[r])return!1;return!0}fromArray(e,t=0){for(let i=0;i<16;i++)this.elements[i]=e[i+t];return this}toArray(e=[],t=0){let i=this.elements;return e[t]=i[0],e[t+1]=i[1],e[t+2]=i[2],e[t+3]=i[3],e[t+4]=i[4],e[t+5]=i[5],e[t+6]=i[6],e[t+7]=i[7],e[t+8]=i[8],e[t+9]=i[9],e[t+10]=i[10],e[t+11]=i[11],e[t+12]=i[12],e[t+13]=i[13],e[t+14]=i[14],e[t+15]=i[15],e}};qf.prototype.isMatrix4=!0;var ti=qf,el=new _e,Hr=new ti,FS=new _e(0,0,0),US=new _e(1,1,1),ya=new _e,kh=new _e,mr=new _e,E_=new ti,A_=new xr,Vs=class n{constructor(e=0,t=0,i=0,r=n.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=i,this._order=r}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,i,r=this._order){return this._x=e,this._y=t,this._z=i,this._order=r,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,i=!0){let r=e.elements,s=r[0],a=r[4],o=r[8],c=r[1],l=r[5],u=r[9],d=r[2],h=r[6],p=r[10];switch(t){case"XYZ":this._y=Math.asin(On(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(-u,p),this._z=Math.atan2(-a,s)):(this._x=Math.atan2(h,l),this._z=0);break;case"YXZ":this._x=Math.asin(-On(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(o,p),this._z=Math.atan2(c,l)):(this._y=Math.atan2(-d,s),this._z=0);break;case"ZXY":this._x=Math.asin(On(h,-1,1)),Math.abs(h)<.9999999?(this._y=Math.atan2(-d,p),this._z=Math.atan2(-a,l)):(this._y=0,this._z=Math.atan2(c,s));break;case"ZYX":this._y=Math.asin(-On(d,-1,1)),Math.abs(d)<.9999999?(this._x=Math.atan2(h,p),this._z=Math.atan2(c,s)):(this._x=0,this._z=Math.atan2(-a,l));break;case"YZX":this._z=Math.asin(On(c,-1,1)),Math.abs(c)<.9999999?(this._x=Math.atan2(-u,l),this._y=Math.atan2(-d,s)):(this._x=0,this._y=Math.atan2(o,p));break;case"XZY":this._z=Math.asin(-On(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(h,l),this._y=Math.atan2(o,s)):(this._x=Math.atan2(-u,p),this._y=0);break;default:dn("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,i===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,i){return E_.makeRotationFromQuaternion(e),this.setFromRotationMatrix(E_,t,i)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return A_.setFromEuler(this),this.setFromQuaternion(A_,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};Vs.DEFAULT_ORDER="XYZ";var vl=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},BS=0,T_=new _e,tl=new xr,Os=new ti,Gh=new _e,Ic=new _e,zS=new _e,kS=new xr,w_=new _e(1,0,0),C_=new _e(0,1,0),R_=new _e(0,0,1),I_={type:"added"},GS={type:"removed"},nl={type:"childadded",child:null},Lm={type:"childremoved",child:null},ki=class n extends $r{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:BS++}),this.uuid=wl(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=n.DEFAULT_UP.clone();let e=new _e,t=new Vs,i=new xr,r=new _e(1,1,1);function s(){i.setFromEuler(t,!1)}function a(){t.setFromQuaternion(i,void 0,!1)}t._onChange(s),i._onChange(a),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:i},scale:{configurable:!0,enumerable:!0,value:r},modelViewMatrix:{value:new ti},normalMatrix:{value:new bn}}),this.matrix=new ti,this.matrixWorld=new ti,this.matrixAutoUpdate=n.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=n.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new vl,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return tl.setFromAxisAngle(e,t),this.quaternion.multiply(tl),this}rotateOnWorldAxis(e,t){return tl.setFromAxisAngle(e,t),this.quaternion.premultiply(tl),this}rotateX(e){return this.rotateOnAxis(w_,e)}rotateY(e){return this.rotateOnAxis(C_,e)}rotateZ(e){return this.rotateOnAxis(R_,e)}translateOnAxis(e,t){return T_.copy(e).applyQuaternion(this.quaternion),this.position.add(T_.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(w_,e)}translateY(e){return this.translateOnAxis(C_,e)}translateZ(e){return this.translateOnAxis(R_,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Os.copy(this.matrixWorld).invert())}lookAt(e,t,i){e.isVector3?Gh.copy(e):Gh.set(e,t,i);let r=this.parent;this.updateWorldMatrix(!0,!1),Ic.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Os.lookAt(Ic,Gh,this.up):Os.lookAt(Gh,Ic,this.up),this.quaternion.setFromRotationMatrix(Os),r&&(Os.extractRotation(r.matrixWorld),tl.setFromRotationMatrix(Os),this.quaternion.premultiply(tl.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(yn("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(I_),nl.child=e,this.dispatchEvent(nl),nl.child=null):yn("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let i=0;i<arguments.length;i++)this.remove(arguments[i]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(GS),Lm.child=e,this.dispatchEvent(Lm),Lm.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Os.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Os.multiply(e.parent.matrixWorld)),e.applyMatrix4(Os),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(I_),nl.child=e,this.dispatchEvent(nl),nl.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let i=0,r=this.children.length;i<r;i++){let a=this.children[i].getObjectByProperty(e,t);if(a!==void 0)return a}}getObjectsByProperty(e,t,i=[]){this[e]===t&&i.push(this);let r=this.children;for(let s=0,a=r.length;s<a;s++)r[s].getObjectsByProperty(e,t,i);return i}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ic,e,zS),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ic,kS,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,i=e.y,r=e.z,s=this.matrix.elements;s[12]+=t-s[0]*t-s[4]*i-s[8]*r,s[13]+=i-s[1]*t-s[5]*i-s[9]*r,s[14]+=r-s[2]*t-s[6]*i-s[10]*r}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let i=0,r=t.length;i<r;i++)t[i].updateMatrixWorld(e)}updateWorldMatrix(e,t,i=!1){let r=this.parent;if(e===!0&&r!==null&&r.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||i)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,i=!0),t===!0){let s=this.children;for(let a=0,o=s.length;a<o;a++)s[a].updateWorldMatrix(!1,!0,i)}}toJSON(e){let t=e===void 0||typeof e=="string",i={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},i.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let r={};r.uuid=this.uuid,r.type=this.type,r.name=this.name,r.castShadow=this.castShadow,r.receiveShadow=this.receiveShadow,r.visible=this.visible,r.frustumCulled=this.frustumCulled,r.renderOrder=this.renderOrder,r.static=this.static,r.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(r.userData=this.userData),r.layers=this.layers.mask,r.matrix=this.matrix.toArray(),r.up=this.up.toArray(),this.pivot!==null&&(r.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(r.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(r.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(r.type="InstancedMesh",r.count=this.count,r.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(r.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(r.type="BatchedMesh",r.perObjectFrustumCulled=this.perObjectFrustumCulled,r.sortObjects=this.sortObjects,r.drawRanges=this._drawRanges,r.reservedRanges=this._reservedRanges,r.geometryInfo=this._geometryInfo.map(o=>({...o,boundingBox:o.boundingBox?o.boundingBox.toJSON():void 0,boundingSphere:o.boundingSphere?o.boundingSphere.toJSON():void 0})),r.instanceInfo=this._instanceInfo.map(o=>({...o})),r.availableInstanceIds=this._availableInstanceIds.slice(),r.availableGeometryIds=this._availableGeometryIds.slice(),r.nextIndexStart=this._nextIndexStart,r.nextVertexStart=this._nextVertexStart,r.geometryCount=this._geometryCount,r.maxInstanceCount=this._maxInstanceCount,r.maxVertexCount=this._maxVertexCount,r.maxIndexCount=this._maxIndexCount,r.geometryInitialized=this._geometryInitialized,r.matricesTexture=this._matricesTexture.toJSON(e),r.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(r.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(r.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(r.boundingBox=this.boundingBox.toJSON()));function s(o,c){return o[c.uuid]===void 0&&(o[c.uuid]=c.toJSON(e)),c.uuid}if(this.isScene)this.background&&(this.background.isColor?r.background=this.background.toJSON():this.background.isTexture&&(r.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(r.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){r.geometry=s(e.geometries,this.geometry);let o=this.geometry.parameters;if(o!==void 0&&o.shapes!==void 0){let c=o.shapes;if(Array.isArray(c))for(let l=0,u=c.length;l<u;l++){let d=c[l];s(e.shapes,d)}else s(e.shapes,c)}}if(this.isSkinnedMesh&&(r.bindMode=this.bindMode,r.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(s(e.skeletons,this.skeleton),r.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let o=[];for(let c=0,l=this.material.length;c<l;c++)o.push(s(e.materials,this.material[c]));r.material=o}else r.material=s(e.materials,this.material);if(this.children.length>0){r.children=[];for(let o=0;o<this.children.length;o++)r.children.push(this.children[o].toJSON(e).object)}if(this.animations.length>0){r.animations=[];for(let o=0;o<this.animations.length;o++){let c=this.animations[o];r.animations.push(s(e.animations,c))}}if(t){let o=a(e.geometries),c=a(e.materials),l=a(e.textures),u=a(e.images),d=a(e.shapes),h=a(e.skeletons),p=a(e.animations),v=a(e.nodes);o.length>0&&(i.geometries=o),c.length>0&&(i.materials=c),l.length>0&&(i.textures=l),u.length>0&&(i.images=u),d.length>0&&(i.shapes=d),h.length>0&&(i.skeletons=h),p.length>0&&(i.animations=p),v.length>0&&(i.nodes=v)}return i.object=r,i;function a(o){let c=[];for(let l in o){let u=o[l];delete u.metadata,c.push(u)}return c}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let i=0;i<e.children.length;i++){let r=e.children[i];this.add(r.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};ki.DEFAULT_UP=new _e(0,1,0);ki.DEFAULT_MATRIX_AUTO_UPDATE=!0;ki.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var mo=class extends ki{constructor(){super(),this.isGroup=!0,this.type="Group"}},VS={type:"move"},xl=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new mo,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new mo,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new _e,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new _e),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new mo,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new _e,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new _e,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let i of e.hand.values())this._getHandJoint(t,i)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,i){let r=null,s=null,a=null,o=this._targetRay,c=this._grip,l=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(l&&e.hand){a=!0;for(let S of e.hand.values()){let g=t.getJointPose(S,i),_=this._getHandJoint(l,S);g!==null&&(_.matrix.fromArray(g.transform.matrix),_.matrix.decompose(_.position,_.quaternion,_.scale),_.matrixWorldNeedsUpdate=!0,_.jointRadius=g.radius),_.visible=g!==null}let u=l.joints["index-finger-tip"],d=l.joints["thumb-tip"],h=u.position.distanceTo(d.position),p=.02,v=.005;l.inputState.pinching&&h>p+v?(l.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!l.inputState.pinching&&h<=p-v&&(l.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else c!==null&&e.gripSpace&&(s=t.getPose(e.gripSpace,i),s!==null&&(c.matrix.fromArray(s.transform.matrix),c.matrix.decompose(c.position,c.quaternion,c.scale),c.matrixWorldNeedsUpdate=!0,s.linearVelocity?(c.hasLinearVelocity=!0,c.linearVelocity.copy(s.linearVelocity)):c.hasLinearVelocity=!1,s.angularVelocity?(c.hasAngularVelocity=!0,c.angularVelocity.copy(s.angularVelocity)):c.hasAngularVelocity=!1,c.eventsEnabled&&c.dispatchEvent({type:"gripUpdated",data:e,target:this})));o!==null&&(r=t.getPose(e.targetRaySpace,i),r===null&&s!==null&&(r=s),r!==null&&(o.matrix.fromArray(r.transform.matrix),o.matrix.decompose(o.position,o.quaternion,o.scale),o.matrixWorldNeedsUpdate=!0,r.linearVelocity?(o.hasLinearVelocity=!0,o.linearVelocity.copy(r.linearVelocity)):o.hasLinearVelocity=!1,r.angularVelocity?(o.hasAngularVelocity=!0,o.angularVelocity.copy(r.angularVelocity)):o.hasAngularVelocity=!1,this.dispatchEvent(VS)))}return o!==null&&(o.visible=r!==null),c!==null&&(c.visible=s!==null),l!==null&&(l.visible=a!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let i=new mo;i.matrixAutoUpdate=!1,i.visible=!1,e.joints[t.jointName]=i,e.add(i)}return e.joints[t.jointName]}},Fv={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},Sa={h:0,s:0,l:0},Vh={h:0,s:0,l:0};function Dm(n,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?n+(e-n)*6*t:t<1/2?e:t<2/3?n+(e-n)*6*(2/3-t):n}var In=class{constructor(e,t,i){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,i)}set(e,t,i){if(t===void 0&&i===void 0){let r=e;r&&r.isColor?this.copy(r):typeof r=="number"?this.setHex(r):typeof r=="string"&&this.setStyle(r)}else this.setRGB(e,t,i);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=_r){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Bn.colorSpaceToWorking(this,t),this}setRGB(e,t,i,r=Bn.workingColorSpace){return this.r=e,this.g=t,this.b=i,Bn.colorSpaceToWorking(this,r),this}setHSL(e,t,i,r=Bn.workingColorSpace){if(e=Ig(e,1),t=On(t,0,1),i=On(i,0,1),t===0)this.r=this.g=this.b=i;else{let s=i<=.5?i*(1+t):i+t-i*t,a=2*i-s;this.r=Dm(a,s,e+1/3),this.g=Dm(a,s,e),this.b=Dm(a,s,e-1/3)}return Bn.colorSpaceToWorking(this,r),this}setStyle(e,t=_r){function i(s){s!==void 0&&parseFloat(s)<1&&dn("Color: Alpha component of "+e+" will be ignored.")}let r;if(r=/^(\w+)\(([^\)]*)\)/.exec(e)){let s,a=r[1],o=r[2];switch(a){case"rgb":case"rgba":if(s=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(255,parseInt(s[1],10))/255,Math.min(255,parseInt(s[2],10))/255,Math.min(255,parseInt(s[3],10))/255,t);if(s=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setRGB(Math.min(100,parseFloat(s[1]))/100,Math.min(100,parseFloat(s[2]))/100,Math.min(100,parseFloat(s[3]))/100,t);break;case"hsl":case"hsla":if(s=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(o))return i(s[4]),this.setHSL(parseFloat(s[1])/360,parseFloat(s[2])/100,parseFloat(s[3])/100,t);break;default:dn("Color: Unknown color model "+e)}}else if(r=/^\#([A-Fa-f\d]+)$/.exec(e)){let s=r[1],a=s.length;if(a===3)return this.setRGB(parseInt(s.charAt(0),16)/15,parseInt(s.charAt(1),16)/15,parseInt(s.charAt(2),16)/15,t);if(a===6)return this.setHex(parseInt(s,16),t);dn("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=_r){let i=Fv[e.toLowerCase()];return i!==void 0?this.setHex(i,t):dn("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=ks(e.r),this.g=ks(e.g),this.b=ks(e.b),this}copyLinearToSRGB(e){return this.r=fl(e.r),this.g=fl(e.g),this.b=fl(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=_r){return Bn.workingToColorSpace(Xi.copy(this),e),Math.round(On(Xi.r*255,0,255))*65536+Math.round(On(Xi.g*255,0,255))*256+Math.round(On(Xi.b*255,0,255))}getHexString(e=_r){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Bn.workingColorSpace){Bn.workingToColorSpace(Xi.copy(this),t);let i=Xi.r,r=Xi.g,s=Xi.b,a=Math.max(i,r,s),o=Math.min(i,r,s),c,l,u=(o+a)/2;if(o===a)c=0,l=0;else{let d=a-o;switch(l=u<=.5?d/(a+o):d/(2-a-o),a){case i:c=(r-s)/d+(r<s?6:0);break;case r:c=(s-i)/d+2;break;case s:c=(i-r)/d+4;break}c/=6}return e.h=c,e.s=l,e.l=u,e}getRGB(e,t=Bn.workingColorSpace){return Bn.workingToColorSpace(Xi.copy(this),t),e.r=Xi.r,e.g=Xi.g,e.b=Xi.b,e}getStyle(e=_r){Bn.workingToColorSpace(Xi.copy(this),e);let t=Xi.r,i=Xi.g,r=Xi.b;return e!==_r?`color(${e} ${t.toFixed(3)} ${i.toFixed(3)} ${r.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(i*255)},${Math.round(r*255)})`}offsetHSL(e,t,i){return this.getHSL(Sa),this.setHSL(Sa.h+e,Sa.s+t,Sa.l+i)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,i){return this.r=e.r+(t.r-e.r)*i,this.g=e.g+(t.g-e.g)*i,this.b=e.b+(t.b-e.b)*i,this}lerpHSL(e,t){this.getHSL(Sa),e.getHSL(Vh);let i=Uc(Sa.h,Vh.h,t),r=Uc(Sa.s,Vh.s,t),s=Uc(Sa.l,Vh.l,t);return this.setHSL(i,r,s),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,i=this.g,r=this.b,s=e.elements;return this.r=s[0]*t+s[3]*i+s[6]*r,this.g=s[1]*t+s[4]*i+s[7]*r,this.b=s[2]*t+s[5]*i+s[8]*r,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},Xi=new In;In.NAMES=Fv;var Hc=class extends ki{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new Vs,this.environmentIntensity=1,this.environmentRotation=new Vs,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},Wr=new _e,Fs=new _e,Nm=new _e,Us=new _e,il=new _e,rl=new _e,P_=new _e,Om=new _e,Fm=new _e,Um=new _e,Bm=new ui,zm=new ui,km=new ui,Aa=class n{constructor(e=new _e,t=new _e,i=new _e){this.a=e,this.b=t,this.c=i}static getNormal(e,t,i,r){r.subVectors(i,t),Wr.subVectors(e,t),r.cross(Wr);let s=r.lengthSq();return s>0?r.multiplyScalar(1/Math.sqrt(s)):r.set(0,0,0)}static getBarycoord(e,t,i,r,s){Wr.subVectors(r,t),Fs.subVectors(i,t),Nm.subVectors(e,t);let a=Wr.dot(Wr),o=Wr.dot(Fs),c=Wr.dot(Nm),l=Fs.dot(Fs),u=Fs.dot(Nm),d=a*l-o*o;if(d===0)return s.set(0,0,0),null;let h=1/d,p=(l*c-o*u)*h,v=(a*u-o*c)*h;return s.set(1-p-v,v,p)}static containsPoint(e,t,i,r){return this.getBarycoord(e,t,i,r,Us)===null?!1:Us.x>=0&&Us.y>=0&&Us.x+Us.y<=1}static getInterpolation(e,t,i,r,s,a,o,c){return this.getBarycoord(e,t,i,r,Us)===null?(c.x=0,c.y=0,"z"in c&&(c.z=0),"w"in c&&(c.w=0),null):(c.setScalar(0),c.addScaledVector(s,Us.x),c.addScaledVector(a,Us.y),c.addScaledVector(o,Us.z),c)}static getInterpolatedAttribute(e,t,i,r,s,a){return Bm.setScalar(0),zm.setScalar(0),km.setScalar(0),Bm.fromBufferAttribute(e,t),zm.fromBufferAttribute(e,i),km.fromBufferAttribute(e,r),a.setScalar(0),a.addScaledVector(Bm,s.x),a.addScaledVector(zm,s.y),a.addScaledVector(km,s.z),a}static isFrontFacing(e,t,i,r){return Wr.subVectors(i,t),Fs.subVectors(e,t),Wr.cross(Fs).dot(r)<0}set(e,t,i){return this.a.copy(e),this.b.copy(t),this.c.copy(i),this}setFromPointsAndIndices(e,t,i,r){return this.a.copy(e[t]),this.b.copy(e[i]),this.c.copy(e[r]),this}setFromAttributeAndIndices(e,t,i,r){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,i),this.c.fromBufferAttribute(e,r),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return Wr.subVectors(this.c,this.b),Fs.subVectors(this.a,this.b),Wr.cross(Fs).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return n.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return n.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,i,r,s){return n.getInterpolation(e,this.a,this.b,this.c,t,i,r,s)}containsPoint(e){return n.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return n.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let i=this.a,r=this.b,s=this.c,a,o;il.subVectors(r,i),rl.subVectors(s,i),Om.subVectors(e,i);let c=il.dot(Om),l=rl.dot(Om);if(c<=0&&l<=0)return t.copy(i);Fm.subVectors(e,r);let u=il.dot(Fm),d=rl.dot(Fm);if(u>=0&&d<=u)return t.copy(r);let h=c*d-u*l;if(h<=0&&c>=0&&u<=0&&c-u>0)return a=c/(c-u),t.copy(i).addScaledVector(il,a);Um.subVectors(e,s);let p=il.dot(Um),v=rl.dot(Um);if(v>=0&&p<=v)return t.copy(s);let S=p*l-c*v;if(S<=0&&l>=0&&v<=0)return o=l/(l-v),t.copy(i).addScaledVector(rl,o);let g=u*v-p*d;if(g<=0&&d-u>=0&&p-v>=0)return P_.subVectors(s,r),o=(d-u)/(d-u+(p-v)),t.copy(r).addScaledVector(P_,o);let _=1/(g+S+h);return a=S*_,o=h*_,t.copy(i).addScaledVector(il,a).addScaledVector(rl,o)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Ta=class{constructor(e=new _e(1/0,1/0,1/0),t=new _e(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t+=3)this.expandByPoint(Xr.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,i=e.count;t<i;t++)this.expandByPoint(Xr.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,i=e.length;t<i;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let i=Xr.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(i),this.max.copy(e).add(i),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let i=e.geometry;if(i!==void 0){let s=i.getAttribute("position");if(t===!0&&s!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let a=0,o=s.count;a<o;a++)e.isMesh===!0?e.getVertexPosition(a,Xr):Xr.fromBufferAttribute(s,a),Xr.applyMatrix4(e.matrixWorld),this.expandByPoint(Xr);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),Hh.copy(e.boundingBox)):(i.boundingBox===null&&i.computeBoundingBox(),Hh.copy(i.boundingBox)),Hh.applyMatrix4(e.matrixWorld),this.union(Hh)}let r=e.children;for(let s=0,a=r.length;s<a;s++)this.expandByObject(r[s],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,Xr),Xr.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,i;return e.normal.x>0?(t=e.normal.x*this.min.x,i=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,i=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,i+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,i+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,i+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,i+=e.normal.z*this.min.z),t<=-e.constant&&i>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Pc),Wh.subVectors(this.max,Pc),sl.subVectors(e.a,Pc),al.subVectors(e.b,Pc),ol.subVectors(e.c,Pc),ba.subVectors(al,sl),Ma.subVectors(ol,al),uo.subVectors(sl,ol);let t=[0,-ba.z,ba.y,0,-Ma.z,Ma.y,0,-uo.z,uo.y,ba.z,0,-ba.x,Ma.z,0,-Ma.x,uo.z,0,-uo.x,-ba.y,ba.x,0,-Ma.y,Ma.x,0,-uo.y,uo.x,0];return!Gm(t,sl,al,ol,Wh)||(t=[1,0,0,0,1,0,0,0,1],!Gm(t,sl,al,ol,Wh))?!1:(Xh.crossVectors(ba,Ma),t=[Xh.x,Xh.y,Xh.z],Gm(t,sl,al,ol,Wh))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,Xr).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(Xr).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Bs[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Bs[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Bs[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Bs[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Bs[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Bs[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Bs[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Bs[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Bs),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Bs=[new _e,new _e,new _e,new _e,new _e,new _e,new _e,new _e],Xr=new _e,Hh=new Ta,sl=new _e,al=new _e,ol=new _e,ba=new _e,Ma=new _e,uo=new _e,Pc=new _e,Wh=new _e,Xh=new _e,ho=new _e;function Gm(n,e,t,i,r){for(let s=0,a=n.length-3;s<=a;s+=3){ho.fromArray(n,s);let o=r.x*Math.abs(ho.x)+r.y*Math.abs(ho.y)+r.z*Math.abs(ho.z),c=e.dot(ho),l=t.dot(ho),u=i.dot(ho);if(Math.max(-Math.max(c,l,u),Math.min(c,l,u))>o)return!1}return!0}var wi=new _e,$h=new _n,HS=0,$i=class extends $r{constructor(e,t,i=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:HS++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=i,this.usage=Rv,this.updateRanges=[],this.gpuType=qr,this.version=0,this._normalizationScale=e!==void 0?Lg(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,i){e*=this.itemSize,i*=t.itemSize;for(let r=0,s=this.itemSize;r<s;r++)this.array[e+r]=t.array[i+r];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,i=this.count;t<i;t++)$h.fromBufferAttribute(this,t),$h.applyMatrix3(e),this.setXY(t,$h.x,$h.y);else if(this.itemSize===3)for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyMatrix3(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}applyMatrix4(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyMatrix4(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}applyNormalMatrix(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.applyNormalMatrix(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}transformDirection(e){for(let t=0,i=this.count;t<i;t++)wi.fromBufferAttribute(this,t),wi.transformDirection(e),this.setXYZ(t,wi.x,wi.y,wi.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let i=this.array[e*this.itemSize+t];return this.normalized&&(i=this._denormalize(i)),i}setComponent(e,t,i){return this.normalized&&(i=this._normalize(i)),this.array[e*this.itemSize+t]=i,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,i){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i)),this.array[e+0]=t,this.array[e+1]=i,this}setXYZ(e,t,i,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this}setXYZW(e,t,i,r,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),i=this._normalize(i),r=this._normalize(r),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=i,this.array[e+2]=r,this.array[e+3]=s,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Nv(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Ov(e,this.array)}};var Wc=class extends $i{constructor(e,t,i){super(new Uint16Array(e),t,i)}};var Xc=class extends $i{constructor(e,t,i){super(new Uint32Array(e),t,i)}};var Yi=class extends $i{constructor(e,t,i){super(new Float32Array(e),t,i)}},WS=new Ta,Lc=new _e,Vm=new _e,wa=class{constructor(e=new _e,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let i=this.center;t!==void 0?i.copy(t):WS.setFromPoints(e).getCenter(i);let r=0;for(let s=0,a=e.length;s<a;s++)r=Math.max(r,i.distanceToSquared(e[s]));return this.radius=Math.sqrt(r),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let i=this.center.distanceToSquared(e);return t.copy(e),i>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Lc.subVectors(e,this.center);let t=Lc.lengthSq();if(t>this.radius*this.radius){let i=Math.sqrt(t),r=(i-this.radius)*.5;this.center.addScaledVector(Lc,r/i),this.radius+=r}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Vm.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Lc.copy(e.center).add(Vm)),this.expandByPoint(Lc.copy(e.center).sub(Vm))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},XS=0,Rr=new ti,Hm=new ki,ll=new _e,gr=new Ta,Dc=new Ta,Ui=new _e,er=class n extends $r{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:XS++}),this.uuid=wl(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(gS(e)?Xc:Wc)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,i=0){this.groups.push({start:e,count:t,materialIndex:i})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let i=this.attributes.normal;if(i!==void 0){let s=new bn().getNormalMatrix(e);i.applyNormalMatrix(s),i.needsUpdate=!0}let r=this.attributes.tangent;return r!==void 0&&(r.transformDirection(e),r.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Rr.makeRotationFromQuaternion(e),this.applyMatrix4(Rr),this}rotateX(e){return Rr.makeRotationX(e),this.applyMatrix4(Rr),this}rotateY(e){return Rr.makeRotationY(e),this.applyMatrix4(Rr),this}rotateZ(e){return Rr.makeRotationZ(e),this.applyMatrix4(Rr),this}translate(e,t,i){return Rr.makeTranslation(e,t,i),this.applyMatrix4(Rr),this}scale(e,t,i){return Rr.makeScale(e,t,i),this.applyMatrix4(Rr),this}lookAt(e){return Hm.lookAt(e),Hm.updateMatrix(),this.applyMatrix4(Hm.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(ll).negate(),this.translate(ll.x,ll.y,ll.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let i=[];for(let r=0,s=e.length;r<s;r++){let a=e[r];i.push(a.x,a.y,a.z||0)}this.setAttribute("position",new Yi(i,3))}else{let i=Math.min(e.length,t.count);for(let r=0;r<i;r++){let s=e[r];t.setXYZ(r,s.x,s.y,s.z||0)}e.length>t.count&&dn("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Ta);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){yn("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new _e(-1/0,-1/0,-1/0),new _e(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let i=0,r=t.length;i<r;i++){let s=t[i];gr.setFromBufferAttribute(s),this.morphTargetsRelative?(Ui.addVectors(this.boundingBox.min,gr.min),this.boundingBox.expandByPoint(Ui),Ui.addVectors(this.boundingBox.max,gr.max),this.boundingBox.expandByPoint(Ui)):(this.boundingBox.expandByPoint(gr.min),this.boundingBox.expandByPoint(gr.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&yn('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new wa);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){yn("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new _e,1/0);return}if(e){let i=this.boundingSphere.center;if(gr.setFromBufferAttribute(e),t)for(let s=0,a=t.length;s<a;s++){let o=t[s];Dc.setFromBufferAttribute(o),this.morphTargetsRelative?(Ui.addVectors(gr.min,Dc.min),gr.expandByPoint(Ui),Ui.addVectors(gr.max,Dc.max),gr.expandByPoint(Ui)):(gr.expandByPoint(Dc.min),gr.expandByPoint(Dc.max))}gr.getCenter(i);let r=0;for(let s=0,a=e.count;s<a;s++)Ui.fromBufferAttribute(e,s),r=Math.max(r,i.distanceToSquared(Ui));if(t)for(let s=0,a=t.length;s<a;s++){let o=t[s],c=this.morphTargetsRelative;for(let l=0,u=o.count;l<u;l++)Ui.fromBufferAttribute(o,l),c&&(ll.fromBufferAttribute(e,l),Ui.add(ll)),r=Math.max(r,i.distanceToSquared(Ui))}this.boundingSphere.radius=Math.sqrt(r),isNaN(this.boundingSphere.radius)&&yn('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){yn("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let i=t.position,r=t.normal,s=t.uv,a=this.getAttribute("tangent");(a===void 0||a.count!==i.count)&&(a=new $i(new Float32Array(4*i.count),4),this.setAttribute("tangent",a));let o=[],c=[],l=new Uint8Array(i.count);for(let Z=0;Z<i.count;Z++)o[Z]=new _e,c[Z]=new _e;let u=new _e,d=new _e,h=new _e,p=new _n,v=new _n,S=new _n,g=new _e,_=new _e;function M(Z,X,Y){l[Z]=l[X]=l[Y]=1,u.fromBufferAttribute(i,Z),d.fromBufferAttribute(i,X),h.fromBufferAttribute(i,Y),p.fromBufferAttribute(s,Z),v.fromBufferAttribute(s,X),S.fromBufferAttribute(s,Y),d.sub(u),h.sub(u),v.sub(p),S.sub(p);let re=1/(v.x*S.y-S.x*v.y);isFinite(re)&&(g.copy(d).multiplyScalar(S.y).addScaledVector(h,-v.y).multiplyScalar(re),_.copy(h).multiplyScalar(v.x).addScaledVector(d,-S.x).multiplyScalar(re),o[Z].add(g),o[X].add(g),o[Y].add(g),c[Z].add(_),c[X].add(_),c[Y].add(_))}let C=this.groups;C.length===0&&(C=[{start:0,count:e.count}]);for(let Z=0,X=C.length;Z<X;++Z){let Y=C[Z],re=Y.start,pe=Y.count;for(let G=re,ve=re+pe;G<ve;G+=3)M(e.getX(G+0),e.getX(G+1),e.getX(G+2))}let E=new _e,U=new _e,N=new _e,x=new _e;function T(Z){N.fromBufferAttribute(r,Z),x.copy(N);let X=o[Z];E.copy(X),E.sub(N.multiplyScalar(N.dot(X))).normalize(),U.crossVectors(x,X);let re=U.dot(c[Z])<0?-1:1;a.setXYZW(Z,E.x,E.y,E.z,re)}for(let Z=0,X=i.count;Z<X;++Z)l[Z]&&T(Z);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let i=this.getAttribute("normal");if(i===void 0||i.count!==t.count)i=new $i(new Float32Array(t.count*3),3),this.setAttribute("normal",i);else for(let h=0,p=i.count;h<p;h++)i.setXYZ(h,0,0,0);let r=new _e,s=new _e,a=new _e,o=new _e,c=new _e,l=new _e,u=new _e,d=new _e;if(e)for(let h=0,p=e.count;h<p;h+=3){let v=e.getX(h+0),S=e.getX(h+1),g=e.getX(h+2);r.fromBufferAttribute(t,v),s.fromBufferAttribute(t,S),a.fromBufferAttribute(t,g),u.subVectors(a,s),d.subVectors(r,s),u.cross(d),o.fromBufferAttribute(i,v),c.fromBufferAttribute(i,S),l.fromBufferAttribute(i,g),o.add(u),c.add(u),l.add(u),i.setXYZ(v,o.x,o.y,o.z),i.setXYZ(S,c.x,c.y,c.z),i.setXYZ(g,l.x,l.y,l.z)}else for(let h=0,p=t.count;h<p;h+=3)r.fromBufferAttribute(t,h+0),s.fromBufferAttribute(t,h+1),a.fromBufferAttribute(t,h+2),u.subVectors(a,s),d.subVectors(r,s),u.cross(d),i.setXYZ(h+0,u.x,u.y,u.z),i.setXYZ(h+1,u.x,u.y,u.z),i.setXYZ(h+2,u.x,u.y,u.z);this.normalizeNormals(),i.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,i=e.count;t<i;t++)Ui.fromBufferAttribute(e,t),Ui.normalize(),e.setXYZ(t,Ui.x,Ui.y,Ui.z)}toNonIndexed(){function e(o,c){let l=o.array,u=o.itemSize,d=o.normalized,h=new l.constructor(c.length*u),p=0,v=0;for(let S=0,g=c.length;S<g;S++){o.isInterleavedBufferAttribute?p=c[S]*o.data.stride+o.offset:p=c[S]*u;for(let _=0;_<u;_++)h[v++]=l[p++]}return new $i(h,u,d)}if(this.index===null)return dn("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new n,i=this.index.array,r=this.attributes;for(let o in r){let c=r[o],l=e(c,i);t.setAttribute(o,l)}let s=this.morphAttributes;for(let o in s){let c=[],l=s[o];for(let u=0,d=l.length;u<d;u++){let h=l[u],p=e(h,i);c.push(p)}t.morphAttributes[o]=c}t.morphTargetsRelative=this.morphTargetsRelative;let a=this.groups;for(let o=0,c=a.length;o<c;o++){let l=a[o];t.addGroup(l.start,l.count,l.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let c=this.parameters;for(let l in c)c[l]!==void 0&&(e[l]=c[l]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let i=this.attributes;for(let c in i){let l=i[c];e.data.attributes[c]=l.toJSON(e.data)}let r={},s=!1;for(let c in this.morphAttributes){let l=this.morphAttributes[c],u=[];for(let d=0,h=l.length;d<h;d++){let p=l[d];u.push(p.toJSON(e.data))}u.length>0&&(r[c]=u,s=!0)}s&&(e.data.morphAttributes=r,e.data.morphTargetsRelative=this.morphTargetsRelative);let a=this.groups;a.length>0&&(e.data.groups=JSON.parse(JSON.stringify(a)));let o=this.boundingSphere;return o!==null&&(e.data.boundingSphere=o.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let i=e.index;i!==null&&this.setIndex(i.clone());let r=e.attributes;for(let l in r){let u=r[l];this.setAttribute(l,u.clone(t))}let s=e.morphAttributes;for(let l in s){let u=[],d=s[l];for(let h=0,p=d.length;h<p;h++)u.push(d[h].clone(t));this.morphAttributes[l]=u}this.morphTargetsRelative=e.morphTargetsRelative;let a=e.groups;for(let l=0,u=a.length;l<u;l++){let d=a[l];this.addGroup(d.start,d.count,d.materialIndex)}let o=e.boundingBox;o!==null&&(this.boundingBox=o.clone());let c=e.boundingSphere;return c!==null&&(this.boundingSphere=c.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}};var Wm=new _e,$S=new _e,YS=new bn,vr=class{constructor(e=new _e(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,i,r){return this.normal.set(e,t,i),this.constant=r,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,i){let r=Wm.subVectors(i,t).cross($S.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(r,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,i=!0){let r=e.delta(Wm),s=this.normal.dot(r);if(s===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let a=-(e.start.dot(this.normal)+this.constant)/s;return i===!0&&(a<0||a>1)?null:t.copy(e.start).addScaledVector(r,a)}intersectsLine(e){let t=this.distanceToPoint(e.start),i=this.distanceToPoint(e.end);return t<0&&i>0||i<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let i=t||YS.getNormalMatrix(e),r=this.coplanarPoint(Wm).applyMatrix4(e),s=this.normal.applyMatrix3(i).normalize();return this.constant=-r.dot(s),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},qS=0,ds=class extends $r{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:qS++}),this.uuid=wl(),this.name="",this.type="Material",this.blending=El,this.side=Oa,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=lg,this.blendDst=cg,this.blendEquation=_o,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new In(0,0,0),this.blendAlpha=0,this.depthFunc=dl,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Mv,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=ff,this.stencilZFail=ff,this.stencilZPass=ff,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let i=e[t];if(i===void 0){dn(`Material: parameter '${t}' has value of undefined.`);continue}let r=this[t];if(r===void 0){dn(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}r&&r.isColor?r.set(i):r&&r.isVector2&&i&&i.isVector2||r&&r.isEuler&&i&&i.isEuler||r&&r.isVector3&&i&&i.isVector3?r.copy(i):this[t]=i}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let i={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};i.uuid=this.uuid,i.type=this.type,i.blending=this.blending,i.side=this.side,i.shadowSide=this.shadowSide,i.vertexColors=this.vertexColors,i.opacity=this.opacity,i.transparent=this.transparent,i.blendSrc=this.blendSrc,i.blendDst=this.blendDst,i.blendEquation=this.blendEquation,i.blendSrcAlpha=this.blendSrcAlpha,i.blendDstAlpha=this.blendDstAlpha,i.blendEquationAlpha=this.blendEquationAlpha,i.blendColor=this.blendColor.getHex(),i.blendAlpha=this.blendAlpha,i.depthFunc=this.depthFunc,i.depthTest=this.depthTest,i.depthWrite=this.depthWrite,i.colorWrite=this.colorWrite,i.clipIntersection=this.clipIntersection,i.clipShadows=this.clipShadows,i.stencilWriteMask=this.stencilWriteMask,i.stencilFunc=this.stencilFunc,i.stencilRef=this.stencilRef,i.stencilFuncMask=this.stencilFuncMask,i.stencilFail=this.stencilFail,i.stencilZFail=this.stencilZFail,i.stencilZPass=this.stencilZPass,i.stencilWrite=this.stencilWrite,i.polygonOffset=this.polygonOffset,i.polygonOffsetFactor=this.polygonOffsetFactor,i.polygonOffsetUnits=this.polygonOffsetUnits,i.dithering=this.dithering,i.alphaTest=this.alphaTest,i.alphaHash=this.alphaHash,i.alphaToCoverage=this.alphaToCoverage,i.premultipliedAlpha=this.premultipliedAlpha,i.forceSinglePass=this.forceSinglePass,i.allowOverride=this.allowOverride,i.visible=this.visible,i.toneMapped=this.toneMapped,i.name=this.name,this.color&&this.color.isColor&&(i.color=this.color.getHex()),this.roughness!==void 0&&(i.roughness=this.roughness),this.metalness!==void 0&&(i.metalness=this.metalness),this.sheen!==void 0&&(i.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(i.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(i.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(i.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(i.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(i.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(i.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(i.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(i.shininess=this.shininess),this.clearcoat!==void 0&&(i.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(i.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(i.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(i.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(i.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(i.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(i.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,i.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(i.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(i.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(i.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(i.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(i.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(i.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(i.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(i.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(i.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(i.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(i.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(i.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(i.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(i.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(i.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(i.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(i.lightMap=this.lightMap.toJSON(e).uuid,i.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(i.aoMap=this.aoMap.toJSON(e).uuid,i.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(i.bumpMap=this.bumpMap.toJSON(e).uuid,i.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(i.normalMap=this.normalMap.toJSON(e).uuid,i.normalMapType=this.normalMapType,i.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(i.displacementMap=this.displacementMap.toJSON(e).uuid,i.displacementScale=this.displacementScale,i.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(i.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(i.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(i.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(i.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(i.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(i.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(i.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(i.combine=this.combine)),this.envMapRotation!==void 0&&(i.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(i.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(i.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(i.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(i.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(i.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(i.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(i.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(i.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(i.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(i.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(i.size=this.size),this.sizeAttenuation!==void 0&&(i.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(i.clippingPlanes=this.clippingPlanes.map(s=>s.toJSON())),this.rotation!==void 0&&(i.rotation=this.rotation),this.depthPacking!==void 0&&(i.depthPacking=this.depthPacking),this.linewidth!==void 0&&(i.linewidth=this.linewidth),this.linecap!==void 0&&(i.linecap=this.linecap),this.linejoin!==void 0&&(i.linejoin=this.linejoin),this.dashSize!==void 0&&(i.dashSize=this.dashSize),this.gapSize!==void 0&&(i.gapSize=this.gapSize),this.scale!==void 0&&(i.scale=this.scale),this.wireframe!==void 0&&(i.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(i.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(i.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(i.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(i.flatShading=this.flatShading),this.fog!==void 0&&(i.fog=this.fog),Object.keys(this.userData).length>0&&(i.userData=this.userData);function r(s){let a=[];for(let o in s){let c=s[o];delete c.metadata,a.push(c)}return a}if(t){let s=r(e.textures),a=r(e.images);s.length>0&&(i.textures=s),a.length>0&&(i.images=a)}return i}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new In().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(i=>new vr().fromJSON(i))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let i=e.normalScale;Array.isArray(i)===!1&&(i=[i,i]),this.normalScale=new _n().fromArray(i)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new _n().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,i=null;if(t!==null){let r=t.length;i=new Array(r);for(let s=0;s!==r;++s)i[s]=t[s].clone()}return this.clippingPlanes=i,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var zs=new _e,Xm=new _e,Yh=new _e,qh=new _e,Hs=class{constructor(e=new _e,t=new _e(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,zs)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let i=t.dot(this.direction);return i<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,i)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=zs.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(zs.copy(this.origin).addScaledVector(this.direction,t),zs.distanceToSquared(e))}distanceSqToSegment(e,t,i,r){Xm.copy(e).add(t).multiplyScalar(.5),Yh.copy(t).sub(e).normalize(),qh.copy(this.origin).sub(Xm);let s=e.distanceTo(t)*.5,a=-this.direction.dot(Yh),o=qh.dot(this.direction),c=-qh.dot(Yh),l=qh.lengthSq(),u=Math.abs(1-a*a),d,h,p,v;if(u>0)if(d=a*c-o,h=a*o-c,v=s*u,d>=0)if(h>=-v)if(h<=v){let S=1/u;d*=S,h*=S,p=d*(d+a*h+2*o)+h*(a*d+h+2*c)+l}else h=s,d=Math.max(0,-(a*h+o)),p=-d*d+h*(h+2*c)+l;else h=-s,d=Math.max(0,-(a*h+o)),p=-d*d+h*(h+2*c)+l;else h<=-v?(d=Math.max(0,-(-a*s+o)),h=d>0?-s:Math.min(Math.max(-s,-c),s),p=-d*d+h*(h+2*c)+l):h<=v?(d=0,h=Math.min(Math.max(-s,-c),s),p=h*(h+2*c)+l):(d=Math.max(0,-(a*s+o)),h=d>0?s:Math.min(Math.max(-s,-c),s),p=-d*d+h*(h+2*c)+l);else h=a>0?-s:s,d=Math.max(0,-(a*h+o)),p=-d*d+h*(h+2*c)+l;return i&&i.copy(this.origin).addScaledVector(this.direction,d),r&&r.copy(Xm).addScaledVector(Yh,h),p}intersectSphere(e,t){if(e.radius<0)return null;zs.subVectors(e.center,this.origin);let i=zs.dot(this.direction),r=zs.dot(zs)-i*i,s=e.radius*e.radius;if(r>s)return null;let a=Math.sqrt(s-r),o=i-a,c=i+a;return c<0?null:o<0?this.at(c,t):this.at(o,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let i=-(this.origin.dot(e.normal)+e.constant)/t;return i>=0?i:null}intersectPlane(e,t){let i=this.distanceToPlane(e);return i===null?null:this.at(i,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let i,r,s,a,o,c,l=1/this.direction.x,u=1/this.direction.y,d=1/this.direction.z,h=this.origin;return l>=0?(i=(e.min.x-h.x)*l,r=(e.max.x-h.x)*l):(i=(e.max.x-h.x)*l,r=(e.min.x-h.x)*l),u>=0?(s=(e.min.y-h.y)*u,a=(e.max.y-h.y)*u):(s=(e.max.y-h.y)*u,a=(e.min.y-h.y)*u),i>a||s>r||((s>i||isNaN(i))&&(i=s),(a<r||isNaN(r))&&(r=a),d>=0?(o=(e.min.z-h.z)*d,c=(e.max.z-h.z)*d):(o=(e.max.z-h.z)*d,c=(e.min.z-h.z)*d),i>c||o>r)||((o>i||i!==i)&&(i=o),(c<r||r!==r)&&(r=c),r<0)?null:this.at(i>=0?i:r,t)}intersectsBox(e){return this.intersectBox(e,zs)!==null}intersectTriangle(e,t,i,r,s){let a=this.origin,o=this.direction,c=o.x,l=o.y,u=o.z,d=e.x-a.x,h=e.y-a.y,p=e.z-a.z,v=t.x-a.x,S=t.y-a.y,g=t.z-a.z,_=i.x-a.x,M=i.y-a.y,C=i.z-a.z,E=Math.abs(c),U=Math.abs(l),N=Math.abs(u),x,T,Z,X,Y,re,pe,G,ve,ye,ne,Le;if(E>=U&&E>=N?(Z=c,re=d,ve=v,Le=_,c>=0?(x=l,T=u,X=h,Y=p,pe=S,G=g,ye=M,ne=C):(x=u,T=l,X=p,Y=h,pe=g,G=S,ye=C,ne=M)):U>=N?(Z=l,re=h,ve=S,Le=M,l>=0?(x=u,T=c,X=p,Y=d,pe=g,G=v,ye=C,ne=_):(x=c,T=u,X=d,Y=p,pe=v,G=g,ye=_,ne=C)):(Z=u,re=p,ve=g,Le=C,u>=0?(x=c,T=l,X=d,Y=h,pe=v,G=S,ye=_,ne=M):(x=l,T=c,X=h,Y=d,pe=S,G=v,ye=M,ne=_)),Z===0)return null;let de=x/Z,Re=T/Z,ie=1/Z,je=X-de*re,Bt=Y-Re*re,Me=pe-de*ve,Xe=G-Re*ve,wt=ye-de*Le,$t=ne-Re*Le,nt=wt*Xe-$t*Me,en=je*$t-Bt*wt,Rn=Me*Bt-Xe*je;if(r){if(nt<0||en<0||Rn<0)return null}else if((nt<0||en<0||Rn<0)&&(nt>0||en>0||Rn>0))return null;let jt=nt+en+Rn;if(jt===0)return null;let Cn=ie*(nt*re+en*ve+Rn*Le);return(jt>0?Cn<0:Cn>0)?null:this.at(Cn/jt,s)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},Tf=class extends ds{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new In(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Vs,this.combine=Zf,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},L_=new ti,fo=new Hs,Zh=new wa,D_=new _e,jh=new _e,Kh=new _e,Jh=new _e,$m=new _e,Qh=new _e,N_=new _e,ef=new _e,Sr=class extends ki{constructor(e=new er,t=new Tf){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}getVertexPosition(e,t){let i=this.geometry,r=i.attributes.position,s=i.morphAttributes.position,a=i.morphTargetsRelative;t.fromBufferAttribute(r,e);let o=this.morphTargetInfluences;if(s&&o){Qh.set(0,0,0);for(let c=0,l=s.length;c<l;c++){let u=o[c],d=s[c];u!==0&&($m.fromBufferAttribute(d,e),a?Qh.addScaledVector($m,u):Qh.addScaledVector($m.sub(t),u))}t.add(Qh)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.material,s=this.matrixWorld;r!==void 0&&(i.boundingSphere===null&&i.computeBoundingSphere(),Zh.copy(i.boundingSphere),Zh.applyMatrix4(s),fo.copy(e.ray).recast(e.near),!(Zh.containsPoint(fo.origin)===!1&&(fo.intersectSphere(Zh,D_)===null||fo.origin.distanceToSquared(D_)>(e.far-e.near)**2))&&(L_.copy(s).invert(),fo.copy(e.ray).applyMatrix4(L_),!(i.boundingBox!==null&&fo.intersectsBox(i.boundingBox)===!1)&&this._computeIntersections(e,t,fo)))}_computeIntersections(e,t,i){let r,s=this.geometry,a=this.material,o=s.index,c=s.attributes.position,l=s.attributes.uv,u=s.attributes.uv1,d=s.attributes.normal,h=s.groups,p=s.drawRange;if(o!==null)if(Array.isArray(a))for(let v=0,S=h.length;v<S;v++){let g=h[v],_=a[g.materialIndex],M=Math.max(g.start,p.start),C=Math.min(o.count,Math.min(g.start+g.count,p.start+p.count));for(let E=M,U=C;E<U;E+=3){let N=o.getX(E),x=o.getX(E+1),T=o.getX(E+2);r=tf(this,_,e,i,l,u,d,N,x,T),r&&(r.faceIndex=Math.floor(E/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let v=Math.max(0,p.start),S=Math.min(o.count,p.start+p.count);for(let g=v,_=S;g<_;g+=3){let M=o.getX(g),C=o.getX(g+1),E=o.getX(g+2);r=tf(this,a,e,i,l,u,d,M,C,E),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}else if(c!==void 0)if(Array.isArray(a))for(let v=0,S=h.length;v<S;v++){let g=h[v],_=a[g.materialIndex],M=Math.max(g.start,p.start),C=Math.min(c.count,Math.min(g.start+g.count,p.start+p.count));for(let E=M,U=C;E<U;E+=3){let N=E,x=E+1,T=E+2;r=tf(this,_,e,i,l,u,d,N,x,T),r&&(r.faceIndex=Math.floor(E/3),r.face.materialIndex=g.materialIndex,t.push(r))}}else{let v=Math.max(0,p.start),S=Math.min(c.count,p.start+p.count);for(let g=v,_=S;g<_;g+=3){let M=g,C=g+1,E=g+2;r=tf(this,a,e,i,l,u,d,M,C,E),r&&(r.faceIndex=Math.floor(g/3),t.push(r))}}}};function ZS(n,e,t,i,r,s,a,o){let c;if(e.side===tr?c=i.intersectTriangle(a,s,r,!0,o):c=i.intersectTriangle(r,s,a,e.side===Oa,o),c===null)return null;ef.copy(o),ef.applyMatrix4(n.matrixWorld);let l=t.ray.origin.distanceTo(ef);return l<t.near||l>t.far?null:{distance:l,point:ef.clone(),object:n}}function tf(n,e,t,i,r,s,a,o,c,l){n.getVertexPosition(o,jh),n.getVertexPosition(c,Kh),n.getVertexPosition(l,Jh);let u=ZS(n,e,t,i,jh,Kh,Jh,N_);if(u){let d=new _e;Aa.getBarycoord(N_,jh,Kh,Jh,d),r&&(u.uv=Aa.getInterpolatedAttribute(r,o,c,l,d,new _n)),s&&(u.uv1=Aa.getInterpolatedAttribute(s,o,c,l,d,new _n)),a&&(u.normal=Aa.getInterpolatedAttribute(a,o,c,l,d,new _e),u.normal.dot(i.direction)>0&&u.normal.multiplyScalar(-1));let h={a:o,b:c,c:l,normal:new _e,materialIndex:0};Aa.getNormal(jh,Kh,Jh,h.normal),u.face=h,u.barycoord=d}return u}var wf=class extends or{constructor(e=null,t=1,i=1,r,s,a,o,c,l=Bi,u=Bi,d,h){super(null,a,o,c,l,u,r,s,d,h),this.isDataTexture=!0,this.image={data:e,width:t,height:i},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}};var po=new wa,jS=new _n(.5,.5),nf=new _e,Ca=class{constructor(e=new vr,t=new vr,i=new vr,r=new vr,s=new vr,a=new vr){this.planes=[e,t,i,r,s,a]}set(e,t,i,r,s,a){let o=this.planes;return o[0].copy(e),o[1].copy(t),o[2].copy(i),o[3].copy(r),o[4].copy(s),o[5].copy(a),this}copy(e){let t=this.planes;for(let i=0;i<6;i++)t[i].copy(e.planes[i]);return this}setFromProjectionMatrix(e,t=Ir,i=!1){let r=this.planes,s=e.elements,a=s[0],o=s[1],c=s[2],l=s[3],u=s[4],d=s[5],h=s[6],p=s[7],v=s[8],S=s[9],g=s[10],_=s[11],M=s[12],C=s[13],E=s[14],U=s[15];if(r[0].setComponents(l-a,p-u,_-v,U-M).normalize(),r[1].setComponents(l+a,p+u,_+v,U+M).normalize(),r[2].setComponents(l+o,p+d,_+S,U+C).normalize(),r[3].setComponents(l-o,p-d,_-S,U-C).normalize(),i)r[4].setComponents(c,h,g,E).normalize(),r[5].setComponents(l-c,p-h,_-g,U-E).normalize();else if(r[4].setComponents(l-c,p-h,_-g,U-E).normalize(),t===Ir)r[5].setComponents(l+c,p+h,_+g,U+E).normalize();else if(t===pl)r[5].setComponents(c,h,g,E).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),po.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),po.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(po)}intersectsSprite(e){po.center.set(0,0,0);let t=jS.distanceTo(e.center);return po.radius=.7071067811865476+t,po.applyMatrix4(e.matrixWorld),this.intersectsSphere(po)}intersectsSphere(e){let t=this.planes,i=e.center,r=-e.radius;for(let s=0;s<6;s++)if(t[s].distanceToPoint(i)<r)return!1;return!0}intersectsBox(e){let t=this.planes;for(let i=0;i<6;i++){let r=t[i];if(nf.x=r.normal.x>0?e.max.x:e.min.x,nf.y=r.normal.y>0?e.max.y:e.min.y,nf.z=r.normal.z>0?e.max.z:e.min.z,r.distanceToPoint(nf)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let i=0;i<6;i++)if(t[i].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},O_=new ti,Cf=class n{constructor(){this.coordinateSystem=Ir,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,i=this._frustums;for(let r=0;r<t.length;r++){let s=t[r];O_.multiplyMatrices(s.projectionMatrix,s.matrixWorldInverse),i[r]===void 0&&(i[r]=new Ca),i[r].setFromProjectionMatrix(O_,s.coordinateSystem,s.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let i=0;i<this._count;i++)if(t[i].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,i=e._frustums;for(let r=0;r<e._count;r++)t[r]===void 0&&(t[r]=new Ca),t[r].copy(i[r]);return this._count=e._count,this}clone(){return new n().copy(this)}};var $c=class extends ds{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new In(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},Rf=new _e,If=new _e,F_=new ti,Nc=new Hs,rf=new wa,Ym=new _e,U_=new _e,Pf=class extends ki{constructor(e=new er,t=new $c){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[0];for(let r=1,s=t.count;r<s;r++)Rf.fromBufferAttribute(t,r-1),If.fromBufferAttribute(t,r),i[r]=i[r-1],i[r]+=Rf.distanceTo(If);e.setAttribute("lineDistance",new Yi(i,1))}else dn("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Line.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),rf.copy(i.boundingSphere),rf.applyMatrix4(r),rf.radius+=s,e.ray.intersectsSphere(rf)===!1)return;F_.copy(r).invert(),Nc.copy(e.ray).applyMatrix4(F_);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),c=o*o,l=this.isLineSegments?2:1,u=i.index,h=i.attributes.position;if(u!==null){let p=Math.max(0,a.start),v=Math.min(u.count,a.start+a.count);for(let S=p,g=v-1;S<g;S+=l){let _=u.getX(S),M=u.getX(S+1),C=sf(this,e,Nc,c,_,M,S);C&&t.push(C)}if(this.isLineLoop){let S=u.getX(v-1),g=u.getX(p),_=sf(this,e,Nc,c,S,g,v-1);_&&t.push(_)}}else{let p=Math.max(0,a.start),v=Math.min(h.count,a.start+a.count);for(let S=p,g=v-1;S<g;S+=l){let _=sf(this,e,Nc,c,S,S+1,S);_&&t.push(_)}if(this.isLineLoop){let S=sf(this,e,Nc,c,v-1,p,v-1);S&&t.push(S)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function sf(n,e,t,i,r,s,a){let o=n.geometry.attributes.position;if(Rf.fromBufferAttribute(o,r),If.fromBufferAttribute(o,s),t.distanceSqToSegment(Rf,If,Ym,U_)>i)return;Ym.applyMatrix4(n.matrixWorld);let l=e.ray.origin.distanceTo(Ym);if(!(l<e.near||l>e.far))return{distance:l,point:U_.clone().applyMatrix4(n.matrixWorld),index:a,face:null,faceIndex:null,barycoord:null,object:n}}var B_=new _e,z_=new _e,Lf=class extends Pf{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,i=[];for(let r=0,s=t.count;r<s;r+=2)B_.fromBufferAttribute(t,r),z_.fromBufferAttribute(t,r+1),i[r]=r===0?0:i[r-1],i[r+1]=i[r]+B_.distanceTo(z_);e.setAttribute("lineDistance",new Yi(i,1))}else dn("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}};var yl=class extends ds{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new In(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},k_=new ti,Qm=new Hs,af=new wa,of=new _e,Yc=class extends ki{constructor(e=new er,t=new yl){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let i=this.geometry,r=this.matrixWorld,s=e.params.Points.threshold,a=i.drawRange;if(i.boundingSphere===null&&i.computeBoundingSphere(),af.copy(i.boundingSphere),af.applyMatrix4(r),af.radius+=s,e.ray.intersectsSphere(af)===!1)return;k_.copy(r).invert(),Qm.copy(e.ray).applyMatrix4(k_);let o=s/((this.scale.x+this.scale.y+this.scale.z)/3),c=o*o,l=i.index,d=i.attributes.position;if(l!==null){let h=Math.max(0,a.start),p=Math.min(l.count,a.start+a.count);for(let v=h,S=p;v<S;v++){let g=l.getX(v);of.fromBufferAttribute(d,g),G_(of,g,c,r,e,t,this)}}else{let h=Math.max(0,a.start),p=Math.min(d.count,a.start+a.count);for(let v=h,S=p;v<S;v++)of.fromBufferAttribute(d,v),G_(of,v,c,r,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,i=Object.keys(t);if(i.length>0){let r=t[i[0]];if(r!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let s=0,a=r.length;s<a;s++){let o=r[s].name||String(s);this.morphTargetInfluences.push(0),this.morphTargetDictionary[o]=s}}}}};function G_(n,e,t,i,r,s,a){let o=Qm.distanceSqToPoint(n);if(o<t){let c=new _e;Qm.closestPointToPoint(n,c),c.applyMatrix4(i);let l=r.ray.origin.distanceTo(c);if(l<r.near||l>r.far)return;s.push({distance:l,distanceToRay:Math.sqrt(o),point:c,index:e,face:null,faceIndex:null,barycoord:null,object:a})}}var qc=class extends or{constructor(e=[],t=vo,i,r,s,a,o,c,l,u){super(e,t,i,r,s,a,o,c,l,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}};var Ws=class extends or{constructor(e,t,i=Yr,r,s,a,o=Bi,c=Bi,l,u=Gs,d=1){if(u!==Gs&&u!==$s)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let h={width:e,height:t,depth:d};super(h,r,s,a,o,c,u,i,l),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new _l(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},Zc=class extends Ws{constructor(e,t=Yr,i=vo,r,s,a=Bi,o=Bi,c,l=Gs){let u={width:e,height:e,depth:1},d=[u,u,u,u,u,u];super(e,e,t,i,r,s,a,o,c,l),this.image=d,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},jc=class extends or{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},Ra=class n extends er{constructor(e=1,t=1,i=1,r=1,s=1,a=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:i,widthSegments:r,heightSegments:s,depthSegments:a};let o=this;r=Math.floor(r),s=Math.floor(s),a=Math.floor(a);let c=[],l=[],u=[],d=[],h=0,p=0;v("z","y","x",-1,-1,i,t,e,a,s,0),v("z","y","x",1,-1,i,t,-e,a,s,1),v("x","z","y",1,1,e,i,t,r,a,2),v("x","z","y",1,-1,e,i,-t,r,a,3),v("x","y","z",1,-1,e,t,i,r,s,4),v("x","y","z",-1,-1,e,t,-i,r,s,5),this.setIndex(c),this.setAttribute("position",new Yi(l,3)),this.setAttribute("normal",new Yi(u,3)),this.setAttribute("uv",new Yi(d,2));function v(S,g,_,M,C,E,U,N,x,T,Z){let X=E/x,Y=U/T,re=E/2,pe=U/2,G=N/2,ve=x+1,ye=T+1,ne=0,Le=0,de=new _e;for(let Re=0;Re<ye;Re++){let ie=Re*Y-pe;for(let je=0;je<ve;je++){let Bt=je*X-re;de[S]=Bt*M,de[g]=ie*C,de[_]=G,l.push(de.x,de.y,de.z),de[S]=0,de[g]=0,de[_]=N>0?1:-1,u.push(de.x,de.y,de.z),d.push(je/x),d.push(1-Re/T),ne+=1}}for(let Re=0;Re<T;Re++)for(let ie=0;ie<x;ie++){let je=h+ie+ve*Re,Bt=h+ie+ve*(Re+1),Me=h+(ie+1)+ve*(Re+1),Xe=h+(ie+1)+ve*Re;c.push(je,Bt,Xe),c.push(Bt,Me,Xe),Le+=6}o.addGroup(p,Le,Z),p+=Le,h+=ne}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}};var Kc=class n extends er{constructor(e=1,t=1,i=1,r=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:i,heightSegments:r};let s=e/2,a=t/2,o=Math.floor(i),c=Math.floor(r),l=o+1,u=c+1,d=e/o,h=t/c,p=[],v=[],S=[],g=[];for(let _=0;_<u;_++){let M=_*h-a;for(let C=0;C<l;C++){let E=C*d-s;v.push(E,-M,0),S.push(0,0,1),g.push(C/o),g.push(1-_/c)}}for(let _=0;_<c;_++)for(let M=0;M<o;M++){let C=M+l*_,E=M+l*(_+1),U=M+1+l*(_+1),N=M+1+l*_;p.push(C,E,N),p.push(E,U,N)}this.setIndex(p),this.setAttribute("position",new Yi(v,3)),this.setAttribute("normal",new Yi(S,3)),this.setAttribute("uv",new Yi(g,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new n(e.width,e.height,e.widthSegments,e.heightSegments)}};function yo(n){let e={};for(let t in n){e[t]={};for(let i in n[t]){let r=n[t][i];if(V_(r))r.isRenderTargetTexture?(dn("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][i]=null):e[t][i]=r.clone();else if(Array.isArray(r))if(V_(r[0])){let s=[];for(let a=0,o=r.length;a<o;a++)s[a]=r[a].clone();e[t][i]=s}else e[t][i]=r.slice();else e[t][i]=r}}return e}function qi(n){let e={};for(let t=0;t<n.length;t++){let i=yo(n[t]);for(let r in i)e[r]=i[r]}return e}function V_(n){return n&&(n.isColor||n.isMatrix3||n.isMatrix4||n.isVector2||n.isVector3||n.isVector4||n.isTexture||n.isQuaternion)}function KS(n){let e=[];for(let t=0;t<n.length;t++)e.push(n[t].clone());return e}function Ng(n){let e=n.getRenderTarget();return e===null?n.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Bn.workingColorSpace}var Uv={clone:yo,merge:qi},JS=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,QS=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,ps=class extends ds{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=JS,this.fragmentShader=QS,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=yo(e.uniforms),this.uniformsGroups=KS(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let r in this.uniforms){let a=this.uniforms[r].value;a&&a.isTexture?t.uniforms[r]={type:"t",value:a.toJSON(e).uuid}:a&&a.isColor?t.uniforms[r]={type:"c",value:a.getHex()}:a&&a.isVector2?t.uniforms[r]={type:"v2",value:a.toArray()}:a&&a.isVector3?t.uniforms[r]={type:"v3",value:a.toArray()}:a&&a.isVector4?t.uniforms[r]={type:"v4",value:a.toArray()}:a&&a.isMatrix3?t.uniforms[r]={type:"m3",value:a.toArray()}:a&&a.isMatrix4?t.uniforms[r]={type:"m4",value:a.toArray()}:t.uniforms[r]={value:a}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let i={};for(let r in this.extensions)this.extensions[r]===!0&&(i[r]=!0);return Object.keys(i).length>0&&(t.extensions=i),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let i in e.uniforms){let r=e.uniforms[i];switch(this.uniforms[i]={},r.type){case"t":this.uniforms[i].value=t[r.value]||null;break;case"c":this.uniforms[i].value=new In().setHex(r.value);break;case"v2":this.uniforms[i].value=new _n().fromArray(r.value);break;case"v3":this.uniforms[i].value=new _e().fromArray(r.value);break;case"v4":this.uniforms[i].value=new ui().fromArray(r.value);break;case"m3":this.uniforms[i].value=new bn().fromArray(r.value);break;case"m4":this.uniforms[i].value=new ti().fromArray(r.value);break;default:this.uniforms[i].value=r.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let i in e.extensions)this.extensions[i]=e.extensions[i];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},Df=class extends ps{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}};var Jc=class extends ds{constructor(e){super(),this.isMeshPhongMaterial=!0,this.type="MeshPhongMaterial",this.color=new In(16777215),this.specular=new In(1118481),this.shininess=30,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new In(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Od,this.normalScale=new _n(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new Vs,this.combine=Zf,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.specular.copy(e.specular),this.shininess=e.shininess,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}};var Nf=class extends ds{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Sv,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},Of=class extends ds{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function cl(n,e){return!n||n.constructor===e?n:typeof e.BYTES_PER_ELEMENT=="number"?new e(n):Array.prototype.slice.call(n)}function lf(n){return n!==void 0&&n.inTangents!==void 0&&n.outTangents!==void 0}var Ia=class{constructor(e,t,i,r){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=r!==void 0?r:new t.constructor(i),this.sampleValues=t,this.valueSize=i,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,i=this._cachedIndex,r=t[i],s=t[i-1];n:{e:{let a;t:{i:if(!(e<r)){for(let o=i+2;;){if(r===void 0){if(e<s)break i;return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}if(i===o)break;if(s=r,r=t[++i],e<r)break e}a=t.length;break t}if(!(e>=s)){let o=t[1];e<o&&(i=2,s=o);for(let c=i-2;;){if(s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(i===c)break;if(r=s,s=t[--i-1],e>=s)break e}a=i,i=0;break t}break n}for(;i<a;){let o=i+a>>>1;e<t[o]?a=o:i=o+1}if(r=t[i],s=t[i-1],s===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(r===void 0)return i=t.length,this._cachedIndex=i,this.copySampleValue_(i-1)}this._cachedIndex=i,this.intervalChanged_(i,s,r)}return this.interpolate_(i,s,e,r)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,i=this.sampleValues,r=this.valueSize,s=e*r;for(let a=0;a!==r;++a)t[a]=i[s+a];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},Ff=class extends Ia{constructor(e,t,i,r){super(e,t,i,r),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:jm,endingEnd:jm}}intervalChanged_(e,t,i){let r=this.parameterPositions,s=e-2,a=e+1,o=r[s],c=r[a];if(o===void 0)switch(this.getSettings_().endingStart){case Km:s=e,o=2*t-i;break;case Jm:s=r.length-2,o=t+r[s]-r[s+1];break;default:s=e,o=i}if(c===void 0)switch(this.getSettings_().endingEnd){case Km:a=e,c=2*i-t;break;case Jm:a=1,c=i+r[1]-r[0];break;default:a=e-1,c=t}let l=(i-t)*.5,u=this.valueSize;this._weightPrev=l/(t-o),this._weightNext=l/(c-i),this._offsetPrev=s*u,this._offsetNext=a*u}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this._offsetPrev,d=this._offsetNext,h=this._weightPrev,p=this._weightNext,v=(i-t)/(r-t),S=v*v,g=S*v,_=-h*g+2*h*S-h*v,M=(1+h)*g+(-1.5-2*h)*S+(-.5+h)*v+1,C=(-1-p)*g+(1.5+p)*S+.5*v,E=p*g-p*S;for(let U=0;U!==o;++U)s[U]=_*a[u+U]+M*a[l+U]+C*a[c+U]+E*a[d+U];return s}},Uf=class extends Ia{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=(i-t)/(r-t),d=1-u;for(let h=0;h!==o;++h)s[h]=a[l+h]*d+a[c+h]*u;return s}},Bf=class extends Ia{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e){return this.copySampleValue_(e-1)}},zf=class extends Ia{interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=e*o,l=c-o,u=this.inTangents,d=this.outTangents;if(!u||!d){let v=(i-t)/(r-t),S=1-v;for(let g=0;g!==o;++g)s[g]=a[l+g]*S+a[c+g]*v;return s}let h=o*2,p=e-1;for(let v=0;v!==o;++v){let S=a[l+v],g=a[c+v],_=p*h+v*2,M=d[_],C=d[_+1],E=e*h+v*2,U=u[E],N=u[E+1],x=tb(i,t,M,U,r);s[v]=Bv(x,S,C,N,g)}return s}};function Bv(n,e,t,i,r){let s=1-n;return s*s*s*e+3*s*s*n*t+3*s*n*n*i+n*n*n*r}function eb(n,e,t,i,r){let s=1-n;return 3*s*s*(t-e)+6*s*n*(i-t)+3*n*n*(r-i)}function tb(n,e,t,i,r){let s=(n-e)/(r-e);for(let a=0;a<8;a++){let o=Bv(s,e,t,i,r)-n;if(Math.abs(o)<1e-10)break;let c=eb(s,e,t,i,r);if(Math.abs(c)<1e-10)break;s=Math.max(0,Math.min(1,s-o/c))}return s}var br=class{constructor(e,t,i,r){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=cl(t,this.TimeBufferType),this.values=cl(i,this.ValueBufferType),this.setInterpolation(r||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,i;if(t.toJSON!==this.toJSON)i=t.toJSON(e);else{i={name:e.name,times:cl(e.times,Array),values:cl(e.values,Array)};let r=e.getInterpolation();r!==e.DefaultInterpolation&&(i.interpolation=r),lf(e.settings)&&(i.settings={inTangents:cl(e.settings.inTangents,Array),outTangents:cl(e.settings.outTangents,Array)})}return i.type=e.ValueTypeName,i}InterpolantFactoryMethodDiscrete(e){return new Bf(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new Uf(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new Ff(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new zf(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Bc:t=this.InterpolantFactoryMethodDiscrete;break;case bf:t=this.InterpolantFactoryMethodLinear;break;case hf:t=this.InterpolantFactoryMethodSmooth;break;case Zm:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let i="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(i);return dn("KeyframeTrack:",i),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Bc;case this.InterpolantFactoryMethodLinear:return bf;case this.InterpolantFactoryMethodSmooth:return hf;case this.InterpolantFactoryMethodBezier:return Zm}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]+=e;lf(this.settings)&&(H_(this.settings.inTangents,e),H_(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let i=0,r=t.length;i!==r;++i)t[i]*=e;lf(this.settings)&&(W_(this.settings.inTangents,e),W_(this.settings.outTangents,e))}return this}trim(e,t){let i=this.times,r=i.length,s=0,a=r-1;for(;s!==r&&i[s]<e;)++s;for(;a!==-1&&i[a]>t;)--a;if(++a,s!==0||a!==r){s>=a&&(a=Math.max(a,1),s=a-1);let o=this.getValueSize();this.times=i.slice(s,a),this.values=this.values.slice(s*o,a*o)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(yn("KeyframeTrack: Invalid value size in track.",this),e=!1);let i=this.times,r=this.values,s=i.length;s===0&&(yn("KeyframeTrack: Track is empty.",this),e=!1);let a=null;for(let o=0;o!==s;o++){let c=i[o];if(typeof c=="number"&&isNaN(c)){yn("KeyframeTrack: Time is not a valid number.",this,o,c),e=!1;break}if(a!==null&&a>c){yn("KeyframeTrack: Out of order keys.",this,o,c,a),e=!1;break}a=c}if(r!==void 0&&_S(r))for(let o=0,c=r.length;o!==c;++o){let l=r[o];if(isNaN(l)){yn("KeyframeTrack: Value is not a valid number.",this,o,l),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),i=this.getValueSize(),r=this.getInterpolation()===hf,s=e.length-1,a=1;for(let o=1;o<s;++o){let c=!1,l=e[o],u=e[o+1];if(l!==u&&(o!==1||l!==e[0]))if(r)c=!0;else{let d=o*i,h=d-i,p=d+i;for(let v=0;v!==i;++v){let S=t[d+v];if(S!==t[h+v]||S!==t[p+v]){c=!0;break}}}if(c){if(o!==a){e[a]=e[o];let d=o*i,h=a*i;for(let p=0;p!==i;++p)t[h+p]=t[d+p]}++a}}if(s>0){e[a]=e[s];for(let o=s*i,c=a*i,l=0;l!==i;++l)t[c+l]=t[o+l];++a}return a!==e.length?(this.times=e.slice(0,a),this.values=t.slice(0,a*i)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),i=this.constructor,r=new i(this.name,e,t);return r.createInterpolant=this.createInterpolant,lf(this.settings)&&(r.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),r}};function H_(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]+=e}function W_(n,e){for(let t=0,i=n.length;t!==i;t+=2)n[t]*=e}br.prototype.ValueTypeName="";br.prototype.TimeBufferType=Float32Array;br.prototype.ValueBufferType=Float32Array;br.prototype.DefaultInterpolation=bf;var Pa=class extends br{constructor(e,t,i){super(e,t,i)}};Pa.prototype.ValueTypeName="bool";Pa.prototype.ValueBufferType=Array;Pa.prototype.DefaultInterpolation=Bc;Pa.prototype.InterpolantFactoryMethodLinear=void 0;Pa.prototype.InterpolantFactoryMethodSmooth=void 0;var kf=class extends br{constructor(e,t,i,r){super(e,t,i,r)}};kf.prototype.ValueTypeName="color";var Gf=class extends br{constructor(e,t,i,r){super(e,t,i,r)}};Gf.prototype.ValueTypeName="number";var Vf=class extends Ia{constructor(e,t,i,r){super(e,t,i,r)}interpolate_(e,t,i,r){let s=this.resultBuffer,a=this.sampleValues,o=this.valueSize,c=(i-t)/(r-t),l=e*o;for(let u=l+o;l!==u;l+=4)xr.slerpFlat(s,0,a,l-o,a,l,c);return s}},Qc=class extends br{constructor(e,t,i,r){super(e,t,i,r)}InterpolantFactoryMethodLinear(e){return new Vf(this.times,this.values,this.getValueSize(),e)}};Qc.prototype.ValueTypeName="quaternion";Qc.prototype.InterpolantFactoryMethodSmooth=void 0;var La=class extends br{constructor(e,t,i){super(e,t,i)}};La.prototype.ValueTypeName="string";La.prototype.ValueBufferType=Array;La.prototype.DefaultInterpolation=Bc;La.prototype.InterpolantFactoryMethodLinear=void 0;La.prototype.InterpolantFactoryMethodSmooth=void 0;var Hf=class extends br{constructor(e,t,i,r){super(e,t,i,r)}};Hf.prototype.ValueTypeName="vector";var Wf=class{constructor(e,t,i){let r=this,s=!1,a=0,o=0,c,l=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=i,this._abortController=null,this.itemStart=function(u){o++,s===!1&&r.onStart!==void 0&&r.onStart(u,a,o),s=!0},this.itemEnd=function(u){a++,r.onProgress!==void 0&&r.onProgress(u,a,o),a===o&&(s=!1,r.onLoad!==void 0&&r.onLoad())},this.itemError=function(u){r.onError!==void 0&&r.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),c?c(u):u},this.setURLModifier=function(u){return c=u,this},this.addHandler=function(u,d){return l.push(u,d),this},this.removeHandler=function(u){let d=l.indexOf(u);return d!==-1&&l.splice(d,2),this},this.getHandler=function(u){for(let d=0,h=l.length;d<h;d+=2){let p=l[d],v=l[d+1];if(p.global&&(p.lastIndex=0),p.test(u))return v}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},zv=new Wf,Xf=class{constructor(e){this.manager=e!==void 0?e:zv,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let i=this;return new Promise(function(r,s){i.load(e,r,t,s)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Xf.DEFAULT_MATERIAL_NAME="__DEFAULT";var eu=class extends ki{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new In(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}};var qm=new ti,X_=new _e,$_=new _e,$f=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new _n(512,512),this.mapType=lr,this.map=null,this.mapPass=null,this.matrix=new ti,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new Ca,this._frameExtents=new _n(1,1),this._viewportCount=1,this._viewports=[new ui(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;X_.setFromMatrixPosition(e.matrixWorld),t.position.copy(X_),$_.setFromMatrixPosition(e.target.matrixWorld),t.lookAt($_),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,i,r){qm.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),i.setFromProjectionMatrix(qm,e.coordinateSystem,e.reversedDepth);let s=this._frameExtents,a=r?r.z/s.x:1,o=r?r.w/s.y:1,c=r?r.x/s.x:0,l=r?r.y/s.y:0;e.coordinateSystem===pl||e.reversedDepth?t.set(.5*a,0,0,.5*a+c,0,.5*o,0,.5*o+l,0,0,1,0,0,0,0,1):t.set(.5*a,0,0,.5*a+c,0,.5*o,0,.5*o+l,0,0,.5,.5,0,0,0,1),t.multiply(qm)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},cf=new _e,uf=new xr,hs=new _e,tu=class extends ki{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new ti,this.projectionMatrix=new ti,this.projectionMatrixInverse=new ti,this.coordinateSystem=Ir,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(cf,uf,hs),hs.x===1&&hs.y===1&&hs.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(cf,uf,hs.set(1,1,1)).invert()}updateWorldMatrix(e,t,i=!1){super.updateWorldMatrix(e,t,i),this.matrixWorld.decompose(cf,uf,hs),hs.x===1&&hs.y===1&&hs.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(cf,uf,hs.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},Ea=new _e,Y_=new _n,q_=new _n,Ji=class extends tu{constructor(e=50,t=1,i=.1,r=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=i,this.far=r,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=gl*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Fc*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return gl*2*Math.atan(Math.tan(Fc*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,i){Ea.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(Ea.x,Ea.y).multiplyScalar(-e/Ea.z),Ea.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),i.set(Ea.x,Ea.y).multiplyScalar(-e/Ea.z)}getViewSize(e,t){return this.getViewBounds(e,Y_,q_),t.subVectors(q_,Y_)}setViewOffset(e,t,i,r,s,a){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Fc*.5*this.fov)/this.zoom,i=2*t,r=this.aspect*i,s=-.5*r,a=this.view;if(this.view!==null&&this.view.enabled){let c=a.fullWidth,l=a.fullHeight;s+=a.offsetX*r/c,t-=a.offsetY*i/l,r*=a.width/c,i*=a.height/l}let o=this.filmOffset;o!==0&&(s+=e*o/this.getFilmWidth()),this.projectionMatrix.makePerspective(s,s+r,t,t-i,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}};var nu=class extends tu{constructor(e=-1,t=1,i=1,r=-1,s=.1,a=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=i,this.bottom=r,this.near=s,this.far=a,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,i,r,s,a){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=i,this.view.offsetY=r,this.view.width=s,this.view.height=a,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),i=(this.right+this.left)/2,r=(this.top+this.bottom)/2,s=i-e,a=i+e,o=r+t,c=r-t;if(this.view!==null&&this.view.enabled){let l=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;s+=l*this.view.offsetX,a=s+l*this.view.width,o-=u*this.view.offsetY,c=o-u*this.view.height}this.projectionMatrix.makeOrthographic(s,a,o,c,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},eg=class extends $f{constructor(){super(new nu(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},iu=class extends eu{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(ki.DEFAULT_UP),this.updateMatrix(),this.target=new ki,this.shadow=new eg}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}},ru=class extends eu{constructor(e,t){super(e,t),this.isAmbientLight=!0,this.type="AmbientLight"}};var ul=-90,hl=1,Sl=class extends ki{constructor(e,t,i){super(),this.type="CubeCamera",this.renderTarget=i,this.coordinateSystem=null,this.activeMipmapLevel=0;let r=new Ji(ul,hl,e,t);r.layers=this.layers,this.add(r);let s=new Ji(ul,hl,e,t);s.layers=this.layers,this.add(s);let a=new Ji(ul,hl,e,t);a.layers=this.layers,this.add(a);let o=new Ji(ul,hl,e,t);o.layers=this.layers,this.add(o);let c=new Ji(ul,hl,e,t);c.layers=this.layers,this.add(c);let l=new Ji(ul,hl,e,t);l.layers=this.layers,this.add(l)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[i,r,s,a,o,c]=t;for(let l of t)this.remove(l);if(e===Ir)i.up.set(0,1,0),i.lookAt(1,0,0),r.up.set(0,1,0),r.lookAt(-1,0,0),s.up.set(0,0,-1),s.lookAt(0,1,0),a.up.set(0,0,1),a.lookAt(0,-1,0),o.up.set(0,1,0),o.lookAt(0,0,1),c.up.set(0,1,0),c.lookAt(0,0,-1);else if(e===pl)i.up.set(0,-1,0),i.lookAt(-1,0,0),r.up.set(0,-1,0),r.lookAt(1,0,0),s.up.set(0,0,1),s.lookAt(0,1,0),a.up.set(0,0,-1),a.lookAt(0,-1,0),o.up.set(0,-1,0),o.lookAt(0,0,1),c.up.set(0,-1,0),c.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let l of t)this.add(l),l.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:i,activeMipmapLevel:r}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[s,a,o,c,l,u]=this.children,d=e.getRenderTarget(),h=e.getActiveCubeFace(),p=e.getActiveMipmapLevel(),v=e.xr.enabled;e.xr.enabled=!1;let S=i.texture.mipmapsAutoUpdate;i.texture.mipmapsAutoUpdate=!1;let g=!1;e.isWebGLRenderer===!0?g=e.state.buffers.depth.getReversed():g=e.reversedDepthBuffer,e.setRenderTarget(i,0,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,s),e.setRenderTarget(i,1,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(i,2,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(i,3,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),e.setRenderTarget(i,4,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),i.texture.mipmapsAutoUpdate=S,e.setRenderTarget(i,5,r),g&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(d,h,p),e.xr.enabled=v,i.texture.needsPMREMUpdate=!0}},Yf=class extends Ji{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Og="\\[\\]\\.:\\/",nb=new RegExp("["+Og+"]","g"),Fg="[^"+Og+"]",ib="[^"+Og.replace("\\.","")+"]",rb=/((?:WC+[\/:])*)/.source.replace("WC",Fg),sb=/(WCOD+)?/.source.replace("WCOD",ib),ab=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Fg),ob=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Fg),lb=new RegExp("^"+rb+sb+ab+ob+"$"),cb=["material","materials","bones","map"],tg=class{constructor(e,t,i){let r=i||li.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,r)}getValue(e,t){this.bind();let i=this._targetGroup.nCachedObjects_,r=this._bindings[i];r!==void 0&&r.getValue(e,t)}setValue(e,t){let i=this._bindings;for(let r=this._targetGroup.nCachedObjects_,s=i.length;r!==s;++r)i[r].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,i=e.length;t!==i;++t)e[t].unbind()}},li=class n{constructor(e,t,i){this.path=t,this.parsedPath=i||n.parseTrackName(t),this.node=n.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,i){return e&&e.isAnimationObjectGroup?new n.Composite(e,t,i):new n(e,t,i)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(nb,"")}static parseTrackName(e){let t=lb.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let i={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},r=i.nodeName&&i.nodeName.lastIndexOf(".");if(r!==void 0&&r!==-1){let s=i.nodeName.substring(r+1);cb.indexOf(s)!==-1&&(i.nodeName=i.nodeName.substring(0,r),i.objectName=s)}if(i.propertyName===null||i.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return i}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let i=e.skeleton.getBoneByName(t);if(i!==void 0)return i}if(e.children){let i=function(s){for(let a=0;a<s.length;a++){let o=s[a];if(o.name===t||o.uuid===t)return o;let c=i(o.children);if(c)return c}return null},r=i(e.children);if(r)return r}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)e[t++]=i[r]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let i=this.resolvedProperty;for(let r=0,s=i.length;r!==s;++r)i[r]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,i=t.objectName,r=t.propertyName,s=t.propertyIndex;if(e||(e=n.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){dn("PropertyBinding: No target node found for track: "+this.path+".");return}if(i){let l=t.objectIndex;switch(i){case"materials":if(!e.material){yn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){yn("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){yn("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===l){l=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){yn("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){yn("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[i]===void 0){yn("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[i]}if(l!==void 0){if(e[l]===void 0){yn("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[l]}}let a=e[r];if(a===void 0){let l=t.nodeName;yn("PropertyBinding: Trying to update property for track: "+l+"."+r+" but it wasn't found.",e);return}let o=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?o=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(o=this.Versioning.MatrixWorldNeedsUpdate);let c=this.BindingType.Direct;if(s!==void 0){if(r==="morphTargetInfluences"){if(!e.geometry){yn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){yn("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[s]!==void 0&&(s=e.morphTargetDictionary[s])}c=this.BindingType.ArrayElement,this.resolvedProperty=a,this.propertyIndex=s}else a.fromArray!==void 0&&a.toArray!==void 0?(c=this.BindingType.HasFromToArray,this.resolvedProperty=a):Array.isArray(a)?(c=this.BindingType.EntireArray,this.resolvedProperty=a):this.propertyName=r;this.getValue=this.GetterByBindingType[c],this.setValue=this.SetterByBindingTypeAndVersioning[c][o]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};li.Composite=tg;li.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};li.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};li.prototype.GetterByBindingType=[li.prototype._getValue_direct,li.prototype._getValue_array,li.prototype._getValue_arrayElement,li.prototype._getValue_toArray];li.prototype.SetterByBindingTypeAndVersioning=[[li.prototype._setValue_direct,li.prototype._setValue_direct_setNeedsUpdate,li.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[li.prototype._setValue_array,li.prototype._setValue_array_setNeedsUpdate,li.prototype._setValue_array_setMatrixWorldNeedsUpdate],[li.prototype._setValue_arrayElement,li.prototype._setValue_arrayElement_setNeedsUpdate,li.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[li.prototype._setValue_fromArray,li.prototype._setValue_fromArray_setNeedsUpdate,li.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var oI=new Float32Array(1);var Z_=new ti,su=class{constructor(e,t,i=0,r=1/0){this.ray=new Hs(e,t),this.near=i,this.far=r,this.camera=null,this.layers=new vl,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):yn("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return Z_.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(Z_),this}intersectObject(e,t=!0,i=[]){return ng(e,this,i,t),i.sort(j_),i}intersectObjects(e,t=!0,i=[]){for(let r=0,s=e.length;r<s;r++)ng(e[r],this,i,t);return i.sort(j_),i}};function j_(n,e){return n.distance-e.distance}function ng(n,e,t,i){let r=!0;if(n.layers.test(e.layers)&&n.raycast(e,t)===!1&&(r=!1),r===!0&&i===!0){let s=n.children;for(let a=0,o=s.length;a<o;a++)ng(s[a],e,t,!0)}}var bl=class{constructor(e=1,t=0,i=0){this.radius=e,this.phi=t,this.theta=i}set(e,t,i){return this.radius=e,this.phi=t,this.theta=i,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=On(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,i){return this.radius=Math.sqrt(e*e+t*t+i*i),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,i),this.phi=Math.acos(On(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Vg=class Vg{constructor(e,t,i,r){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,i,r)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let i=0;i<4;i++)this.elements[i]=e[i+t];return this}set(e,t,i,r){let s=this.elements;return s[0]=e,s[2]=t,s[1]=i,s[3]=r,this}};Vg.prototype.isMatrix2=!0;var ig=Vg;var au=class extends Lf{constructor(e=1){let t=[0,0,0,e,0,0,0,0,0,0,e,0,0,0,0,0,0,e],i=[1,0,0,1,.6,0,0,1,0,.6,1,0,0,0,1,0,.6,1],r=new er;r.setAttribute("position",new Yi(t,3)),r.setAttribute("color",new Yi(i,3));let s=new $c({vertexColors:!0,toneMapped:!1});super(r,s),this.type="AxesHelper"}setColors(e,t,i){let r=new In,s=this.geometry.attributes.color.array;return r.set(e),r.toArray(s,0),r.toArray(s,3),r.set(t),r.toArray(s,6),r.toArray(s,9),r.set(i),r.toArray(s,12),r.toArray(s,15),this.geometry.attributes.color.needsUpdate=!0,this}dispose(){super.dispose(),this.geometry.dispose(),this.material.dispose()}};var ou=class extends $r{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function Ug(n,e,t,i){let r=ub(i);switch(t){case bg:return n*e;case Eg:return n*e/r.components*r.byteLength;case nd:return n*e/r.components*r.byteLength;case Fa:return n*e*2/r.components*r.byteLength;case id:return n*e*2/r.components*r.byteLength;case Mg:return n*e*3/r.components*r.byteLength;case jr:return n*e*4/r.components*r.byteLength;case rd:return n*e*4/r.components*r.byteLength;case uu:case hu:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case fu:case du:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case ad:case ld:return Math.max(n,16)*Math.max(e,8)/4;case sd:case od:return Math.max(n,8)*Math.max(e,8)/2;case cd:case ud:case fd:case dd:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*8;case hd:case pu:case pd:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case md:return Math.floor((n+3)/4)*Math.floor((e+3)/4)*16;case gd:return Math.floor((n+4)/5)*Math.floor((e+3)/4)*16;case _d:return Math.floor((n+4)/5)*Math.floor((e+4)/5)*16;case vd:return Math.floor((n+5)/6)*Math.floor((e+4)/5)*16;case xd:return Math.floor((n+5)/6)*Math.floor((e+5)/6)*16;case yd:return Math.floor((n+7)/8)*Math.floor((e+4)/5)*16;case Sd:return Math.floor((n+7)/8)*Math.floor((e+5)/6)*16;case bd:return Math.floor((n+7)/8)*Math.floor((e+7)/8)*16;case Md:return Math.floor((n+9)/10)*Math.floor((e+4)/5)*16;case Ed:return Math.floor((n+9)/10)*Math.floor((e+5)/6)*16;case Ad:return Math.floor((n+9)/10)*Math.floor((e+7)/8)*16;case Td:return Math.floor((n+9)/10)*Math.floor((e+9)/10)*16;case wd:return Math.floor((n+11)/12)*Math.floor((e+9)/10)*16;case Cd:return Math.floor((n+11)/12)*Math.floor((e+11)/12)*16;case Rd:case Id:case Pd:return Math.ceil(n/4)*Math.ceil(e/4)*16;case Ld:case Dd:return Math.ceil(n/4)*Math.ceil(e/4)*8;case mu:case Nd:return Math.ceil(n/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function ub(n){switch(n){case lr:case vg:return{byteLength:1,components:1};case Tl:case xg:case Zr:return{byteLength:2,components:1};case ed:case td:return{byteLength:2,components:4};case Yr:case Qf:case qr:return{byteLength:4,components:1};case yg:case Sg:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${n}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?dn("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function ox(){let n=null,e=!1,t=null,i=null;function r(s,a){i=n.requestAnimationFrame(r),t(s,a)}return{start:function(){e!==!0&&t!==null&&n!==null&&(i=n.requestAnimationFrame(r),e=!0)},stop:function(){n!==null&&n.cancelAnimationFrame(i),e=!1},setAnimationLoop:function(s){t=s},setContext:function(s){n=s}}}function fb(n){let e=new WeakMap;function t(o,c){let l=o.array,u=o.usage,d=l.byteLength,h=n.createBuffer();n.bindBuffer(c,h),n.bufferData(c,l,u),o.onUploadCallback();let p;if(l instanceof Float32Array)p=n.FLOAT;else if(typeof Float16Array<"u"&&l instanceof Float16Array)p=n.HALF_FLOAT;else if(l instanceof Uint16Array)o.isFloat16BufferAttribute?p=n.HALF_FLOAT:p=n.UNSIGNED_SHORT;else if(l instanceof Int16Array)p=n.SHORT;else if(l instanceof Uint32Array)p=n.UNSIGNED_INT;else if(l instanceof Int32Array)p=n.INT;else if(l instanceof Int8Array)p=n.BYTE;else if(l instanceof Uint8Array)p=n.UNSIGNED_BYTE;else if(l instanceof Uint8ClampedArray)p=n.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+l);return{buffer:h,type:p,bytesPerElement:l.BYTES_PER_ELEMENT,version:o.version,size:d}}function i(o,c,l){let u=c.array,d=c.updateRanges;if(n.bindBuffer(l,o),d.length===0)n.bufferSubData(l,0,u);else{d.sort((p,v)=>p.start-v.start);let h=0;for(let p=1;p<d.length;p++){let v=d[h],S=d[p];S.start<=v.start+v.count+1?v.count=Math.max(v.count,S.start+S.count-v.start):(++h,d[h]=S)}d.length=h+1;for(let p=0,v=d.length;p<v;p++){let S=d[p];n.bufferSubData(l,S.start*u.BYTES_PER_ELEMENT,u,S.start,S.count)}c.clearUpdateRanges()}c.onUploadCallback()}function r(o){return o.isInterleavedBufferAttribute&&(o=o.data),e.get(o)}function s(o){o.isInterleavedBufferAttribute&&(o=o.data);let c=e.get(o);c&&(n.deleteBuffer(c.buffer),e.delete(o))}function a(o,c){if(o.isInterleavedBufferAttribute&&(o=o.data),o.isGLBufferAttribute){let u=e.get(o);(!u||u.version<o.version)&&e.set(o,{buffer:o.buffer,type:o.type,bytesPerElement:o.elementSize,version:o.version});return}let l=e.get(o);if(l===void 0)e.set(o,t(o,c));else if(l.version<o.version){if(l.size!==o.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");i(l.buffer,o,c),l.version=o.version}}return{get:r,remove:s,update:a}}var db=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,pb=`#ifdef USE_ALPHAHASH
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
#endif`,mb=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,gb=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,_b=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,vb=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,xb=`#ifdef USE_AOMAP
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
#endif`,yb=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,Sb=`#ifdef USE_BATCHING
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
#endif`,bb=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,Mb=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,Eb=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,Ab=`float G_BlinnPhong_Implicit( ) {
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
} // validated`,Tb=`#ifdef USE_IRIDESCENCE
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
#endif`,wb=`#ifdef USE_BUMPMAP
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
#endif`,Cb=`#if NUM_CLIPPING_PLANES > 0
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
#endif`,Rb=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,Ib=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,Pb=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,Lb=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,Db=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,Nb=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,Ob=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
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
#endif`,Fb=`#define PI 3.141592653589793
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
} // validated`,Ub=`vec3 transformedNormal = objectNormal;
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
#endif`,Bb=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,zb=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,kb=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,Gb=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,Vb="gl_FragColor = linearToOutputTexel( gl_FragColor );",Hb=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,Wb=`#ifdef USE_ENVMAP
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
#endif`,Xb=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,$b=`#ifdef USE_ENVMAP
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
#endif`,Yb=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,qb=`#ifdef USE_ENVMAP
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
#endif`,Zb=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,jb=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,Kb=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,Jb=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,Qb=`#ifdef USE_GRADIENTMAP
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
}`,eM=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,tM=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,nM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,iM=`uniform bool receiveShadow;
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
#include <lightprobes_pars_fragment>`,rM=`#ifdef USE_ENVMAP
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
#endif`,sM=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,aM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,oM=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,lM=`varying vec3 vViewPosition;
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
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,cM=`PhysicalMaterial material;
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
#endif`,uM=`uniform sampler2D dfgLUT;
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
}`,hM=`
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
#endif`,fM=`#if defined( RE_IndirectDiffuse )
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
#endif`,dM=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,pM=`#if NUM_LIGHT_PROBE_GRIDS > 0
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
#endif`,mM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,gM=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,_M=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,vM=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,xM=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,yM=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,SM=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
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
#endif`,bM=`#if defined( USE_POINTS_UV )
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
#endif`,MM=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,EM=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,AM=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,TM=`#if defined( USE_MORPHCOLORS )
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
#endif`,wM=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,CM=`#ifdef USE_MORPHTARGETS
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
#endif`,RM=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,IM=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
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
vec3 nonPerturbedNormal = normal;`,PM=`#ifdef USE_NORMALMAP_OBJECTSPACE
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
#endif`,LM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,DM=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,NM=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,OM=`#ifdef USE_NORMALMAP
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
#endif`,FM=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,UM=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,BM=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,zM=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,kM=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,GM=`vec3 packNormalToRGB( const in vec3 normal ) {
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
}`,VM=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,HM=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,WM=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,XM=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,$M=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,YM=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,qM=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,ZM=`#if NUM_SPOT_LIGHT_COORDS > 0
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
#endif`,jM=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
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
#endif`,KM=`float getShadowMask() {
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
}`,JM=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,QM=`#ifdef USE_SKINNING
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
#endif`,eE=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,tE=`#ifdef USE_SKINNING
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
#endif`,nE=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,iE=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,rE=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,sE=`#ifndef saturate
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
vec3 CustomToneMapping( vec3 color ) { return color; }`,aE=`#ifdef USE_TRANSMISSION
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
#endif`,oE=`#ifdef USE_TRANSMISSION
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
#endif`,lE=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,cE=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,uE=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
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
#endif`,hE=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,fE=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,dE=`uniform sampler2D t2D;
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
}`,pE=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,mE=`uniform float backgroundBlurriness;
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
}`,gE=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,_E=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,vE=`#include <common>
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
}`,xE=`#if DEPTH_PACKING == 3200
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
}`,yE=`#define DISTANCE
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
}`,SE=`#define DISTANCE
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
}`,bE=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,ME=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,EE=`uniform float scale;
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
}`,AE=`uniform vec3 diffuse;
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
}`,TE=`#include <common>
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
}`,wE=`uniform vec3 diffuse;
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
}`,CE=`#define LAMBERT
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
}`,RE=`#define LAMBERT
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
}`,IE=`#define MATCAP
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
}`,PE=`#define MATCAP
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
}`,LE=`#define NORMAL
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
}`,DE=`#define NORMAL
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
}`,NE=`#define PHONG
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
}`,OE=`#define PHONG
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
}`,FE=`#define STANDARD
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
}`,UE=`#define STANDARD
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
}`,BE=`#define TOON
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
}`,zE=`#define TOON
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
}`,kE=`uniform float size;
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
}`,GE=`uniform vec3 diffuse;
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
}`,VE=`#include <common>
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
}`,HE=`uniform vec3 color;
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
}`,WE=`uniform float rotation;
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
}`,XE=`uniform vec3 diffuse;
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
}`,Dn={alphahash_fragment:db,alphahash_pars_fragment:pb,alphamap_fragment:mb,alphamap_pars_fragment:gb,alphatest_fragment:_b,alphatest_pars_fragment:vb,aomap_fragment:xb,aomap_pars_fragment:yb,batching_pars_vertex:Sb,batching_vertex:bb,begin_vertex:Mb,beginnormal_vertex:Eb,bsdfs:Ab,iridescence_fragment:Tb,bumpmap_pars_fragment:wb,clipping_planes_fragment:Cb,clipping_planes_pars_fragment:Rb,clipping_planes_pars_vertex:Ib,clipping_planes_vertex:Pb,color_fragment:Lb,color_pars_fragment:Db,color_pars_vertex:Nb,color_vertex:Ob,common:Fb,defaultnormal_vertex:Ub,displacementmap_pars_vertex:Bb,displacementmap_vertex:zb,emissivemap_fragment:kb,emissivemap_pars_fragment:Gb,colorspace_fragment:Vb,colorspace_pars_fragment:Hb,envmap_fragment:Wb,envmap_common_pars_fragment:Xb,envmap_pars_fragment:$b,envmap_pars_vertex:Yb,envmap_physical_pars_fragment:rM,envmap_vertex:qb,fog_vertex:Zb,fog_pars_vertex:jb,fog_fragment:Kb,fog_pars_fragment:Jb,gradientmap_pars_fragment:Qb,lightmap_pars_fragment:eM,lights_lambert_fragment:tM,lights_lambert_pars_fragment:nM,lights_pars_begin:iM,lights_toon_fragment:sM,lights_toon_pars_fragment:aM,lights_phong_fragment:oM,lights_phong_pars_fragment:lM,lights_physical_fragment:cM,lights_physical_pars_fragment:uM,lights_fragment_begin:hM,lights_fragment_maps:fM,lights_fragment_end:dM,lightprobes_pars_fragment:pM,logdepthbuf_fragment:mM,logdepthbuf_pars_fragment:gM,logdepthbuf_pars_vertex:_M,logdepthbuf_vertex:vM,map_fragment:xM,map_pars_fragment:yM,map_particle_fragment:SM,map_particle_pars_fragment:bM,metalnessmap_fragment:MM,metalnessmap_pars_fragment:EM,morphinstance_vertex:AM,morphcolor_vertex:TM,morphnormal_vertex:wM,morphtarget_pars_vertex:CM,morphtarget_vertex:RM,normal_fragment_begin:IM,normal_fragment_maps:PM,normal_pars_fragment:LM,normal_pars_vertex:DM,normal_vertex:NM,normalmap_pars_fragment:OM,clearcoat_normal_fragment_begin:FM,clearcoat_normal_fragment_maps:UM,clearcoat_pars_fragment:BM,iridescence_pars_fragment:zM,opaque_fragment:kM,packing:GM,premultiplied_alpha_fragment:VM,project_vertex:HM,dithering_fragment:WM,dithering_pars_fragment:XM,roughnessmap_fragment:$M,roughnessmap_pars_fragment:YM,shadowmap_pars_fragment:qM,shadowmap_pars_vertex:ZM,shadowmap_vertex:jM,shadowmask_pars_fragment:KM,skinbase_vertex:JM,skinning_pars_vertex:QM,skinning_vertex:eE,skinnormal_vertex:tE,specularmap_fragment:nE,specularmap_pars_fragment:iE,tonemapping_fragment:rE,tonemapping_pars_fragment:sE,transmission_fragment:aE,transmission_pars_fragment:oE,uv_pars_fragment:lE,uv_pars_vertex:cE,uv_vertex:uE,worldpos_vertex:hE,background_vert:fE,background_frag:dE,backgroundCube_vert:pE,backgroundCube_frag:mE,cube_vert:gE,cube_frag:_E,depth_vert:vE,depth_frag:xE,distance_vert:yE,distance_frag:SE,equirect_vert:bE,equirect_frag:ME,linedashed_vert:EE,linedashed_frag:AE,meshbasic_vert:TE,meshbasic_frag:wE,meshlambert_vert:CE,meshlambert_frag:RE,meshmatcap_vert:IE,meshmatcap_frag:PE,meshnormal_vert:LE,meshnormal_frag:DE,meshphong_vert:NE,meshphong_frag:OE,meshphysical_vert:FE,meshphysical_frag:UE,meshtoon_vert:BE,meshtoon_frag:zE,points_vert:kE,points_frag:GE,shadow_vert:VE,shadow_frag:HE,sprite_vert:WE,sprite_frag:XE},Gt={common:{diffuse:{value:new In(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new bn}},envmap:{envMap:{value:null},envMapRotation:{value:new bn},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new bn}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new bn}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new bn},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new bn},normalScale:{value:new _n(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new bn},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new bn}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new bn}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new bn}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new In(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new In(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0},uvTransform:{value:new bn}},sprite:{diffuse:{value:new In(16777215)},opacity:{value:1},center:{value:new _n(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new bn},alphaMap:{value:null},alphaMapTransform:{value:new bn},alphaTest:{value:0}}},_s={basic:{uniforms:qi([Gt.common,Gt.specularmap,Gt.envmap,Gt.aomap,Gt.lightmap,Gt.fog]),vertexShader:Dn.meshbasic_vert,fragmentShader:Dn.meshbasic_frag},lambert:{uniforms:qi([Gt.common,Gt.specularmap,Gt.envmap,Gt.aomap,Gt.lightmap,Gt.emissivemap,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,Gt.fog,Gt.lights,{emissive:{value:new In(0)},envMapIntensity:{value:1}}]),vertexShader:Dn.meshlambert_vert,fragmentShader:Dn.meshlambert_frag},phong:{uniforms:qi([Gt.common,Gt.specularmap,Gt.envmap,Gt.aomap,Gt.lightmap,Gt.emissivemap,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,Gt.fog,Gt.lights,{emissive:{value:new In(0)},specular:{value:new In(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:Dn.meshphong_vert,fragmentShader:Dn.meshphong_frag},standard:{uniforms:qi([Gt.common,Gt.envmap,Gt.aomap,Gt.lightmap,Gt.emissivemap,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,Gt.roughnessmap,Gt.metalnessmap,Gt.fog,Gt.lights,{emissive:{value:new In(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:Dn.meshphysical_vert,fragmentShader:Dn.meshphysical_frag},toon:{uniforms:qi([Gt.common,Gt.aomap,Gt.lightmap,Gt.emissivemap,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,Gt.gradientmap,Gt.fog,Gt.lights,{emissive:{value:new In(0)}}]),vertexShader:Dn.meshtoon_vert,fragmentShader:Dn.meshtoon_frag},matcap:{uniforms:qi([Gt.common,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,Gt.fog,{matcap:{value:null}}]),vertexShader:Dn.meshmatcap_vert,fragmentShader:Dn.meshmatcap_frag},points:{uniforms:qi([Gt.points,Gt.fog]),vertexShader:Dn.points_vert,fragmentShader:Dn.points_frag},dashed:{uniforms:qi([Gt.common,Gt.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:Dn.linedashed_vert,fragmentShader:Dn.linedashed_frag},depth:{uniforms:qi([Gt.common,Gt.displacementmap]),vertexShader:Dn.depth_vert,fragmentShader:Dn.depth_frag},normal:{uniforms:qi([Gt.common,Gt.bumpmap,Gt.normalmap,Gt.displacementmap,{opacity:{value:1}}]),vertexShader:Dn.meshnormal_vert,fragmentShader:Dn.meshnormal_frag},sprite:{uniforms:qi([Gt.sprite,Gt.fog]),vertexShader:Dn.sprite_vert,fragmentShader:Dn.sprite_frag},background:{uniforms:{uvTransform:{value:new bn},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:Dn.background_vert,fragmentShader:Dn.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new bn}},vertexShader:Dn.backgroundCube_vert,fragmentShader:Dn.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:Dn.cube_vert,fragmentShader:Dn.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:Dn.equirect_vert,fragmentShader:Dn.equirect_frag},distance:{uniforms:qi([Gt.common,Gt.displacementmap,{referencePosition:{value:new _e},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:Dn.distance_vert,fragmentShader:Dn.distance_frag},shadow:{uniforms:qi([Gt.lights,Gt.fog,{color:{value:new In(0)},opacity:{value:1}}]),vertexShader:Dn.shadow_vert,fragmentShader:Dn.shadow_frag}};_s.physical={uniforms:qi([_s.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new bn},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new bn},clearcoatNormalScale:{value:new _n(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new bn},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new bn},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new bn},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new bn},sheen:{value:0},sheenColor:{value:new In(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new bn},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new bn},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new bn},transmissionSamplerSize:{value:new _n},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new bn},attenuationDistance:{value:0},attenuationColor:{value:new In(0)},specularColor:{value:new In(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new bn},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new bn},anisotropyVector:{value:new _n},anisotropyMap:{value:null},anisotropyMapTransform:{value:new bn}}]),vertexShader:Dn.meshphysical_vert,fragmentShader:Dn.meshphysical_frag};var Fd={r:0,b:0,g:0},$E=new ti,lx=new bn;lx.set(-1,0,0,0,1,0,0,0,1);function YE(n,e,t,i,r,s){let a=new In(0),o=r===!0?0:1,c,l,u=null,d=0,h=null;function p(M){let C=M.isScene===!0?M.background:null;if(C&&C.isTexture){let E=M.backgroundBlurriness>0;C=e.get(C,E)}return C}function v(M){let C=!1,E=p(M);E===null?g(a,o):E&&E.isColor&&(g(E,1),C=!0);let U=n.xr.getEnvironmentBlendMode();U==="additive"?t.buffers.color.setClear(0,0,0,1,s):U==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,s),(n.autoClear||C)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),n.clear(n.autoClearColor,n.autoClearDepth,n.autoClearStencil))}function S(M,C){let E=p(C);E&&E.isCubeTexture?(l===void 0&&(l=new Sr(new Ra(1,1,1),new ps({name:"BackgroundCubeMaterial",uniforms:yo(_s.backgroundCube.uniforms),vertexShader:_s.backgroundCube.vertexShader,fragmentShader:_s.backgroundCube.fragmentShader,side:tr,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),l.geometry.deleteAttribute("uv"),l.onBeforeRender=function(U,N,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(l.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),i.update(l)),l.material.uniforms.envMap.value=E,l.material.uniforms.backgroundBlurriness.value=C.backgroundBlurriness,l.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,l.material.uniforms.backgroundRotation.value.setFromMatrix4($E.makeRotationFromEuler(C.backgroundRotation)).transpose(),E.isRenderTargetTexture===!1&&l.material.uniforms.backgroundRotation.value.premultiply(lx),l.material.toneMapped=Bn.getTransfer(E.colorSpace)!==qn,(u!==E||d!==E.version||h!==n.toneMapping)&&(l.material.needsUpdate=!0,u=E,d=E.version,h=n.toneMapping),l.layers.enableAll(),M.unshift(l,l.geometry,l.material,0,0,null)):E&&E.isTexture&&(c===void 0&&(c=new Sr(new Kc(2,2),new ps({name:"BackgroundMaterial",uniforms:yo(_s.background.uniforms),vertexShader:_s.background.vertexShader,fragmentShader:_s.background.fragmentShader,side:Oa,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),Object.defineProperty(c.material,"map",{get:function(){return this.uniforms.t2D.value}}),i.update(c)),c.material.uniforms.t2D.value=E,c.material.uniforms.backgroundIntensity.value=C.backgroundIntensity,c.material.toneMapped=Bn.getTransfer(E.colorSpace)!==qn,E.matrixAutoUpdate===!0&&E.updateMatrix(),c.material.uniforms.uvTransform.value.copy(E.matrix),(u!==E||d!==E.version||h!==n.toneMapping)&&(c.material.needsUpdate=!0,u=E,d=E.version,h=n.toneMapping),c.layers.enableAll(),M.unshift(c,c.geometry,c.material,0,0,null))}function g(M,C){M.getRGB(Fd,Ng(n)),t.buffers.color.setClear(Fd.r,Fd.g,Fd.b,C,s)}function _(){l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0),c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0)}return{getClearColor:function(){return a},setClearColor:function(M,C=1){a.set(M),o=C,g(a,o)},getClearAlpha:function(){return o},setClearAlpha:function(M){o=M,g(a,o)},render:v,addToRenderList:S,dispose:_}}function qE(n,e){let t=n.getParameter(n.MAX_VERTEX_ATTRIBS),i={},r=h(null),s=r,a=!1;function o(Y,re,pe,G,ve){let ye=!1,ne=d(Y,G,pe,re);s!==ne&&(s=ne,l(s.object)),ye=p(Y,G,pe,ve),ye&&v(Y,G,pe,ve),ve!==null&&e.update(ve,n.ELEMENT_ARRAY_BUFFER),(ye||a)&&(a=!1,E(Y,re,pe,G),ve!==null&&n.bindBuffer(n.ELEMENT_ARRAY_BUFFER,e.get(ve).buffer))}function c(){return n.createVertexArray()}function l(Y){return n.bindVertexArray(Y)}function u(Y){return n.deleteVertexArray(Y)}function d(Y,re,pe,G){let ve=G.wireframe===!0,ye=i[re.id];ye===void 0&&(ye={},i[re.id]=ye);let ne=Y.isInstancedMesh===!0?Y.id:0,Le=ye[ne];Le===void 0&&(Le={},ye[ne]=Le);let de=Le[pe.id];de===void 0&&(de={},Le[pe.id]=de);let Re=de[ve];return Re===void 0&&(Re=h(c()),de[ve]=Re),Re}function h(Y){let re=[],pe=[],G=[];for(let ve=0;ve<t;ve++)re[ve]=0,pe[ve]=0,G[ve]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:re,enabledAttributes:pe,attributeDivisors:G,object:Y,attributes:{},index:null}}function p(Y,re,pe,G){let ve=s.attributes,ye=re.attributes,ne=0,Le=pe.getAttributes();for(let de in Le)if(Le[de].location>=0){let ie=ve[de],je=ye[de];if(je===void 0&&(de==="instanceMatrix"&&Y.instanceMatrix&&(je=Y.instanceMatrix),de==="instanceColor"&&Y.instanceColor&&(je=Y.instanceColor)),ie===void 0||ie.attribute!==je||je&&ie.data!==je.data)return!0;ne++}return s.attributesNum!==ne||s.index!==G}function v(Y,re,pe,G){let ve={},ye=re.attributes,ne=0,Le=pe.getAttributes();for(let de in Le)if(Le[de].location>=0){let ie=ye[de];ie===void 0&&(de==="instanceMatrix"&&Y.instanceMatrix&&(ie=Y.instanceMatrix),de==="instanceColor"&&Y.instanceColor&&(ie=Y.instanceColor));let je={};je.attribute=ie,ie&&ie.data&&(je.data=ie.data),ve[de]=je,ne++}s.attributes=ve,s.attributesNum=ne,s.index=G}function S(){let Y=s.newAttributes;for(let re=0,pe=Y.length;re<pe;re++)Y[re]=0}function g(Y){_(Y,0)}function _(Y,re){let pe=s.newAttributes,G=s.enabledAttributes,ve=s.attributeDivisors;pe[Y]=1,G[Y]===0&&(n.enableVertexAttribArray(Y),G[Y]=1),ve[Y]!==re&&(n.vertexAttribDivisor(Y,re),ve[Y]=re)}function M(){let Y=s.newAttributes,re=s.enabledAttributes;for(let pe=0,G=re.length;pe<G;pe++)re[pe]!==Y[pe]&&(n.disableVertexAttribArray(pe),re[pe]=0)}function C(Y,re,pe,G,ve,ye,ne){ne===!0?n.vertexAttribIPointer(Y,re,pe,ve,ye):n.vertexAttribPointer(Y,re,pe,G,ve,ye)}function E(Y,re,pe,G){S();let ve=G.attributes,ye=pe.getAttributes(),ne=re.defaultAttributeValues;for(let Le in ye){let de=ye[Le];if(de.location>=0){let Re=ve[Le];if(Re===void 0&&(Le==="instanceMatrix"&&Y.instanceMatrix&&(Re=Y.instanceMatrix),Le==="instanceColor"&&Y.instanceColor&&(Re=Y.instanceColor)),Re!==void 0){let ie=Re.normalized,je=Re.itemSize,Bt=e.get(Re);if(Bt===void 0)continue;let Me=Bt.buffer,Xe=Bt.type,wt=Bt.bytesPerElement,$t=Xe===n.INT||Xe===n.UNSIGNED_INT||Re.gpuType===Qf;if(Re.isInterleavedBufferAttribute){let nt=Re.data,en=nt.isInterleavedBuffer===!0?nt.stride:nt.itemSize,Rn=Re.offset;if(nt.isInstancedInterleavedBuffer||nt.isInstancedBufferAttribute){for(let jt=0;jt<de.locationSize;jt++)_(de.location+jt,nt.meshPerAttribute);Y.isInstancedMesh!==!0&&G._maxInstanceCount===void 0&&(G._maxInstanceCount=nt.meshPerAttribute*nt.count)}else for(let jt=0;jt<de.locationSize;jt++)g(de.location+jt);n.bindBuffer(n.ARRAY_BUFFER,Me);for(let jt=0;jt<de.locationSize;jt++)C(de.location+jt,je/de.locationSize,Xe,ie,en*wt,(Rn+je/de.locationSize*jt)*wt,$t)}else{if(Re.isInstancedBufferAttribute){for(let nt=0;nt<de.locationSize;nt++)_(de.location+nt,Re.meshPerAttribute);Y.isInstancedMesh!==!0&&G._maxInstanceCount===void 0&&(G._maxInstanceCount=Re.meshPerAttribute*Re.count)}else for(let nt=0;nt<de.locationSize;nt++)g(de.location+nt);n.bindBuffer(n.ARRAY_BUFFER,Me);for(let nt=0;nt<de.locationSize;nt++)C(de.location+nt,je/de.locationSize,Xe,ie,je*wt,je/de.locationSize*nt*wt,$t)}}else if(ne!==void 0){let ie=ne[Le];if(ie!==void 0)switch(ie.length){case 2:n.vertexAttrib2fv(de.location,ie);break;case 3:n.vertexAttrib3fv(de.location,ie);break;case 4:n.vertexAttrib4fv(de.location,ie);break;default:n.vertexAttrib1fv(de.location,ie)}}}}M()}function U(){Z();for(let Y in i){let re=i[Y];for(let pe in re){let G=re[pe];for(let ve in G){let ye=G[ve];for(let ne in ye)u(ye[ne].object),delete ye[ne];delete G[ve]}}delete i[Y]}}function N(Y){if(i[Y.id]===void 0)return;let re=i[Y.id];for(let pe in re){let G=re[pe];for(let ve in G){let ye=G[ve];for(let ne in ye)u(ye[ne].object),delete ye[ne];delete G[ve]}}delete i[Y.id]}function x(Y){for(let re in i){let pe=i[re];for(let G in pe){let ve=pe[G];if(ve[Y.id]===void 0)continue;let ye=ve[Y.id];for(let ne in ye)u(ye[ne].object),delete ye[ne];delete ve[Y.id]}}}function T(Y){for(let re in i){let pe=i[re],G=Y.isInstancedMesh===!0?Y.id:0,ve=pe[G];if(ve!==void 0){for(let ye in ve){let ne=ve[ye];for(let Le in ne)u(ne[Le].object),delete ne[Le];delete ve[ye]}delete pe[G],Object.keys(pe).length===0&&delete i[re]}}}function Z(){X(),a=!0,s!==r&&(s=r,l(s.object))}function X(){r.geometry=null,r.program=null,r.wireframe=!1}return{setup:o,reset:Z,resetDefaultState:X,dispose:U,releaseStatesOfGeometry:N,releaseStatesOfObject:T,releaseStatesOfProgram:x,initAttributes:S,enableAttribute:g,disableUnusedAttributes:M}}function ZE(n,e,t){let i;function r(c){i=c}function s(c,l){n.drawArrays(i,c,l),t.update(l,i,1)}function a(c,l,u){u!==0&&(n.drawArraysInstanced(i,c,l,u),t.update(l,i,u))}function o(c,l,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(i,c,0,l,0,u);let h=0;for(let p=0;p<u;p++)h+=l[p];t.update(h,i,1)}this.setMode=r,this.render=s,this.renderInstances=a,this.renderMultiDraw=o}function jE(n,e,t,i){let r;function s(){if(r!==void 0)return r;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");r=n.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else r=0;return r}function a(x){return!(x!==jr&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_FORMAT))}function o(x){let T=x===Zr&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==lr&&x!==qr&&!T&&i.convert(x)!==n.getParameter(n.IMPLEMENTATION_COLOR_READ_TYPE))}function c(x){if(x==="highp"){if(n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.HIGH_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&n.getShaderPrecisionFormat(n.VERTEX_SHADER,n.MEDIUM_FLOAT).precision>0&&n.getShaderPrecisionFormat(n.FRAGMENT_SHADER,n.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let l=t.precision!==void 0?t.precision:"highp",u=c(l);u!==l&&(dn("WebGLRenderer:",l,"not supported, using",u,"instead."),l=u);let d=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),h=t.logarithmicDepthBuffer===!0&&d===!1;t.reversedDepthBuffer===!0&&d===!1&&dn("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&d===!0&&dn("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let p=n.getParameter(n.MAX_TEXTURE_IMAGE_UNITS),v=n.getParameter(n.MAX_VERTEX_TEXTURE_IMAGE_UNITS),S=n.getParameter(n.MAX_TEXTURE_SIZE),g=n.getParameter(n.MAX_CUBE_MAP_TEXTURE_SIZE),_=n.getParameter(n.MAX_VERTEX_ATTRIBS),M=n.getParameter(n.MAX_VERTEX_UNIFORM_VECTORS),C=n.getParameter(n.MAX_VARYING_VECTORS),E=n.getParameter(n.MAX_FRAGMENT_UNIFORM_VECTORS),U=n.getParameter(n.MAX_SAMPLES),N=n.getParameter(n.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:s,getMaxPrecision:c,textureFormatReadable:a,textureTypeReadable:o,precision:l,logarithmicDepthBuffer:h,reversedDepthBuffer:d,maxTextures:p,maxVertexTextures:v,maxTextureSize:S,maxCubemapSize:g,maxAttributes:_,maxVertexUniforms:M,maxVaryings:C,maxFragmentUniforms:E,maxSamples:U,samples:N}}function KE(n){let e=this,t=null,i=0,r=!1,s=!1,a=new vr,o=new bn,c={value:null,needsUpdate:!1};this.uniform=c,this.numPlanes=0,this.numIntersection=0,this.init=function(d,h){let p=d.length!==0||h||i!==0||r;return r=h,i=d.length,p},this.beginShadows=function(){s=!0,u(null)},this.endShadows=function(){s=!1},this.setGlobalState=function(d,h){t=u(d,h,0)},this.setState=function(d,h,p){let v=d.clippingPlanes,S=d.clipIntersection,g=d.clipShadows,_=n.get(d);if(!r||v===null||v.length===0||s&&!g)s?u(null):l();else{let M=s?0:i,C=M*4,E=_.clippingState||null;c.value=E,E=u(v,h,C,p);for(let U=0;U!==C;++U)E[U]=t[U];_.clippingState=E,this.numIntersection=S?this.numPlanes:0,this.numPlanes+=M}};function l(){c.value!==t&&(c.value=t,c.needsUpdate=i>0),e.numPlanes=i,e.numIntersection=0}function u(d,h,p,v){let S=d!==null?d.length:0,g=null;if(S!==0){if(g=c.value,v!==!0||g===null){let _=p+S*4,M=h.matrixWorldInverse;o.getNormalMatrix(M),(g===null||g.length<_)&&(g=new Float32Array(_));for(let C=0,E=p;C!==S;++C,E+=4)a.copy(d[C]).applyMatrix4(M,o),a.normal.toArray(g,E),g[E+3]=a.constant}c.value=g,c.needsUpdate=!0}return e.numPlanes=S,e.numIntersection=0,g}}var vu=class extends yr{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let i={width:e,height:e,depth:1},r=[i,i,i,i,i,i];this.texture=new qc(r),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let i={uniforms:{tEquirect:{value:null}},vertexShader:`

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
			`},r=new Ra(5,5,5),s=new ps({name:"CubemapFromEquirect",uniforms:yo(i.uniforms),vertexShader:i.vertexShader,fragmentShader:i.fragmentShader,side:tr,blending:go});s.uniforms.tEquirect.value=t;let a=new Sr(r,s),o=t.minFilter;return t.minFilter===Xs&&(t.minFilter=Qi),new Sl(1,10,this).update(e,a),t.minFilter=o,a.geometry.dispose(),a.material.dispose(),this}clear(e,t=!0,i=!0,r=!0){let s=e.getRenderTarget();for(let a=0;a<6;a++)e.setRenderTarget(this,a),e.clear(t,i,r);e.setRenderTarget(s)}},kv=256,JE=3,QE=20,cx=256,ux=16,eA=3,tA=new _e,nA=new In,Bd=class n{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Sl(1,10,null),this._boxMesh=new Sr(new Ra(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,i=.1,r=100,s={}){let{size:a=256,position:o=tA}=s,c=this._renderer;this._setSize(a);let l=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let d=c.autoClear,h=c.autoClearColor,p=c.autoClearDepth,v=c.autoClearStencil,S=e.background;c.autoClear=!0,c.autoClearColor=!0,c.autoClearDepth=!0,c.autoClearStencil=!0,S===null&&(e.background=c.getClearColor(nA));let g=new Sl(i,r,u);return g.position.copy(o),g.update(c,e),c.autoClear=d,c.autoClearColor=h,c.autoClearDepth=p,c.autoClearStencil=v,e.background=S,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(l,t)),this._applyPMREM(l),l}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=Hv(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Vv(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(kv,Pg(e))}_fromTexture(e,t){e.mapping===vo||e.mapping===Al?this._setSize(e.image.length===0?kv:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let i=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(i),i}_allocateTarget(){let e=this._cubeSize,t=Gv(e,!1,!1),i=Math.log2(e)-JE;for(let r=0;r<=i;r++)t.texture.mipmaps.push({width:e>>r,height:e>>r});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,i=this._sourceTarget;return(i===null||i.width!==t||e&&i.depthBuffer===!1)&&(i!==null&&i.dispose(),this._sourceTarget=Gv(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,i){let r=this._boxMesh,s=this._cubeCamera;r.material=i,s.renderTarget=e,s.activeMipmapLevel=t;let a=e.width>>t;e.viewport.set(0,0,a,a),s.update(this._renderer,r),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===vo||e.mapping===Al?(this._cubemapMaterial===null&&(this._cubemapMaterial=Hv()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Vv()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=iA(),this._integrationMaterial=rA());let t=this._cubeSize,i=e.texture.mipmaps.length-1,r=this._ggxMaterial.uniforms;r.envMap.value=this._sourceTarget.texture;let s=this._integrationMaterial.uniforms;s.envMap.value=this._sourceTarget.texture,s.sourceLod.value=Math.log2(t/ux);for(let a=0;a<=i;a++){let o=n.lodToRoughness(a,i);if(a>i-eA)s.roughness.value=o,this._renderCube(e,a,this._integrationMaterial);else{let c=o>0?Math.log2(t)+.5*Math.log2(6/(cx*Math.pow(o,4)))+.5:0;r.roughness.value=o,r.lodBias.value=c,this._renderCube(e,a,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=sA());let i=this._blurMaterial,r=i.uniforms,s=this._sourceTarget;r.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,r.envMap.value=s.texture,this._renderCube(e,0,i),r.envMap.value=e.texture,this._renderCube(s,0,i)}};function Gv(n,e,t){return new vu(n,{minFilter:Xs,generateMipmaps:e,type:Zr,colorSpace:zc,depthBuffer:t})}function xu(n,e,t){return new ps({name:n,uniforms:e,vertexShader:Dn.cube_vert,fragmentShader:t,side:tr,blending:go,depthTest:!1,depthWrite:!1})}function iA(){return xu("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${cx}u

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
	`)}function rA(){return xu("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:ux}},`

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
	`)}function sA(){return xu("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${QE}
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
	`)}function Vv(){return xu("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

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
	`)}function Hv(){return xu("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function aA(n){let e=new WeakMap,t=new WeakMap,i=null;function r(h,p=!1){return h==null?null:p?a(h):s(h)}function s(h){if(h&&h.isTexture){let p=h.mapping;if(p===jf||p===Kf)if(e.has(h)){let v=e.get(h).texture;return o(v,h.mapping)}else{let v=h.image;if(v&&v.height>0){let S=new vu(v.height);return S.fromEquirectangularTexture(n,h),e.set(h,S),h.addEventListener("dispose",l),o(S.texture,h.mapping)}else return null}}return h}function a(h){if(h&&h.isTexture&&h.isPMREMTexture!==!0){let p=h.mapping,v=p===jf||p===Kf,S=p===vo||p===Al;if(v||S){let g=t.get(h),_=g!==void 0?g.texture.pmremVersion:0;if(h.isRenderTargetTexture&&h.pmremVersion!==_)return i===null&&(i=new Bd(n)),g=v?i.fromEquirectangular(h,g):i.fromCubemap(h,g),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),g.texture;if(g!==void 0)return g.texture;{let M=h.image;return v&&M&&M.height>0||S&&M&&c(M)?(i===null&&(i=new Bd(n)),g=v?i.fromEquirectangular(h):i.fromCubemap(h),g.texture.pmremVersion=h.pmremVersion,t.set(h,g),h.addEventListener("dispose",u),g.texture):null}}}return h}function o(h,p){return p===jf?h.mapping=vo:p===Kf&&(h.mapping=Al),h}function c(h){let p=0,v=6;for(let S=0;S<v;S++)h[S]!==void 0&&p++;return p===v}function l(h){let p=h.target;p.removeEventListener("dispose",l);let v=e.get(p);v!==void 0&&(e.delete(p),v.dispose())}function u(h){let p=h.target;p.removeEventListener("dispose",u);let v=t.get(p);v!==void 0&&(t.delete(p),v.dispose())}function d(){e=new WeakMap,t=new WeakMap,i!==null&&(i.dispose(),i=null)}return{get:r,dispose:d}}function oA(n){let e={};function t(i){if(e[i]!==void 0)return e[i];let r=n.getExtension(i);return e[i]=r,r}return{has:function(i){return t(i)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(i){let r=t(i);return r===null&&Oc("WebGLRenderer: "+i+" extension not supported."),r}}}function lA(n,e,t,i){let r={},s=new WeakMap,a=new FinalizationRegistry(v=>delete r[v]);function o(v){c(v.target)}function c(v){v.index!==null&&e.remove(v.index);for(let g in v.attributes)e.remove(v.attributes[g]);v.removeEventListener("dispose",o),delete r[v.id],a.unregister(v);let S=s.get(v);S&&(e.remove(S),s.delete(v)),i.releaseStatesOfGeometry(v),v.isInstancedBufferGeometry===!0&&delete v._maxInstanceCount,t.memory.geometries--}function l(v,S){return r[S.id]!==void 0||(S.addEventListener("dispose",o),r[S.id]=new WeakRef(S),a.register(S,S.id,S),t.memory.geometries++),S}function u(v){let S=v.attributes;for(let g in S)e.update(S[g],n.ARRAY_BUFFER)}function d(v){let S=v.index,g=v.attributes.position,_=0;if(g===void 0)return;let M=S!==null?S.array.length:g.array.length/3-1,C=g.count>=65535?Xc:Wc,E=new C(Math.ceil(M/3)*6,1),U=E.array;if(S!==null){let x=S.array;_=S.version;for(let T=0,Z=0;T<M;T+=3){let X=x[T+0],Y=x[T+1],re=x[T+2];U[Z++]=X,U[Z++]=Y,U[Z++]=Y,U[Z++]=re,U[Z++]=re,U[Z++]=X}}else{_=g.version;for(let x=0,T=0;x<M;x+=3){let Z=x+0,X=x+1,Y=x+2;U[T++]=Z,U[T++]=X,U[T++]=X,U[T++]=Y,U[T++]=Y,U[T++]=Z}}E.version=_;let N=s.get(v);N&&e.remove(N),s.set(v,E)}function h(v){let S=s.get(v);if(S){let g=v.index;g!==null&&S.version<g.version&&d(v)}else d(v);return s.get(v)}function p(){for(let v in r){let S=r[v].deref();S!==void 0&&c(S)}}return{get:l,update:u,getWireframeAttribute:h,dispose:p}}function cA(n,e,t){let i;function r(d){i=d}let s,a;function o(d){s=d.type,a=d.bytesPerElement}function c(d,h){n.drawElements(i,h,s,d*a),t.update(h,i,1)}function l(d,h,p){p!==0&&(n.drawElementsInstanced(i,h,s,d*a,p),t.update(h,i,p))}function u(d,h,p){if(p===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(i,h,0,s,d,0,p);let S=0;for(let g=0;g<p;g++)S+=h[g];t.update(S,i,1)}this.setMode=r,this.setIndex=o,this.render=c,this.renderInstances=l,this.renderMultiDraw=u}function uA(n){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function i(s,a,o){switch(t.calls++,a){case n.TRIANGLES:t.triangles+=o*(s/3);break;case n.LINES:t.lines+=o*(s/2);break;case n.LINE_STRIP:t.lines+=o*(s-1);break;case n.LINE_LOOP:t.lines+=o*s;break;case n.POINTS:t.points+=o*s;break;default:yn("WebGLInfo: Unknown draw mode:",a);break}}function r(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:r,update:i}}function hA(n,e,t){let i=new WeakMap,r=new ui;function s(a,o,c){let l=a.morphTargetInfluences,u=o.morphAttributes.position||o.morphAttributes.normal||o.morphAttributes.color,d=u!==void 0?u.length:0,h=i.get(o);if(h===void 0||h.count!==d){let Z=function(){x.dispose(),i.delete(o),o.removeEventListener("dispose",Z)};h!==void 0&&h.texture.dispose();let p=o.morphAttributes.position!==void 0,v=o.morphAttributes.normal!==void 0,S=o.morphAttributes.color!==void 0,g=o.morphAttributes.position||[],_=o.morphAttributes.normal||[],M=o.morphAttributes.color||[],C=0;p===!0&&(C=1),v===!0&&(C=2),S===!0&&(C=3);let E=o.attributes.position.count*C,U=1;E>e.maxTextureSize&&(U=Math.ceil(E/e.maxTextureSize),E=e.maxTextureSize);let N=new Float32Array(E*U*4*d),x=new Vc(N,E,U,d);x.type=qr,x.needsUpdate=!0;let T=C*4;for(let X=0;X<d;X++){let Y=g[X],re=_[X],pe=M[X],G=E*U*4*X;for(let ve=0;ve<Y.count;ve++){let ye=ve*T;p===!0&&(r.fromBufferAttribute(Y,ve),N[G+ye+0]=r.x,N[G+ye+1]=r.y,N[G+ye+2]=r.z,N[G+ye+3]=0),v===!0&&(r.fromBufferAttribute(re,ve),N[G+ye+4]=r.x,N[G+ye+5]=r.y,N[G+ye+6]=r.z,N[G+ye+7]=0),S===!0&&(r.fromBufferAttribute(pe,ve),N[G+ye+8]=r.x,N[G+ye+9]=r.y,N[G+ye+10]=r.z,N[G+ye+11]=pe.itemSize===4?r.w:1)}}h={count:d,texture:x,size:new _n(E,U)},i.set(o,h),o.addEventListener("dispose",Z)}if(a.isInstancedMesh===!0&&a.morphTexture!==null)c.getUniforms().setValue(n,"morphTexture",a.morphTexture,t);else{let p=0;for(let S=0;S<l.length;S++)p+=l[S];let v=o.morphTargetsRelative?1:1-p;c.getUniforms().setValue(n,"morphTargetBaseInfluence",v),c.getUniforms().setValue(n,"morphTargetInfluences",l)}c.getUniforms().setValue(n,"morphTargetsTexture",h.texture,t),c.getUniforms().setValue(n,"morphTargetsTextureSize",h.size)}return{update:s}}function fA(n,e,t,i,r){let s=new WeakMap;function a(l){let u=r.render.frame,d=l.geometry,h=e.get(l,d);if(s.get(h)!==u&&(e.update(h),s.set(h,u)),l.isInstancedMesh&&(l.hasEventListener("dispose",c)===!1&&l.addEventListener("dispose",c),s.get(l)!==u&&(t.update(l.instanceMatrix,n.ARRAY_BUFFER),l.instanceColor!==null&&t.update(l.instanceColor,n.ARRAY_BUFFER),s.set(l,u))),l.isSkinnedMesh){let p=l.skeleton;s.get(p)!==u&&(p.update(),s.set(p,u))}return h}function o(){s=new WeakMap}function c(l){let u=l.target;u.removeEventListener("dispose",c),i.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:a,dispose:o}}var dA={[ug]:"LINEAR_TONE_MAPPING",[hg]:"REINHARD_TONE_MAPPING",[fg]:"CINEON_TONE_MAPPING",[dg]:"ACES_FILMIC_TONE_MAPPING",[mg]:"AGX_TONE_MAPPING",[gg]:"NEUTRAL_TONE_MAPPING",[pg]:"CUSTOM_TONE_MAPPING"};function pA(n,e,t,i,r,s){let a=new yr(e,t,{type:n,depthBuffer:r,stencilBuffer:s,samples:i?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),o=null,c=null,l=null,u=new er;u.setAttribute("position",new Yi([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Yi([0,2,0,0,2,0],2));let d=new Df({uniforms:{tDiffuse:{value:null}},vertexShader:`
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
			}`,depthTest:!1,depthWrite:!1}),h=new Sr(u,d),p=new nu(-1,1,1,-1,0,1),v=null,S=null,g=!1,_,M=null,C=[],E=!1;this.setSize=function(U,N){a.setSize(U,N),o!==null&&o.setSize(U,N),c!==null&&c.setSize(U,N);for(let x=0;x<C.length;x++){let T=C[x];T.setSize&&T.setSize(U,N)}},this.setEffects=function(U){C=U,E=C.length>0&&C[0].isRenderPass===!0;let N=a.width,x=a.height;C.length>0&&o===null&&(o=new yr(N,x,{type:Zr,depthBuffer:!1,stencilBuffer:!1}),c=new yr(N,x,{type:Zr,depthBuffer:!1,stencilBuffer:!1}));let T=r===!0&&C.some(Z=>Z.needsDepthTexture===!0);T!==(a.depthTexture!==null)&&(T===!0&&l===null&&(l=new Ws(N,x),s===!0&&(l.format=$s,l.type=xo)),a.dispose(),a.depthTexture=T?l:null,a.resolveDepthBuffer=T,a.storeMultisampledDepthBuffer=T);for(let Z=0;Z<C.length;Z++){let X=C[Z];X.setSize&&X.setSize(N,x),T&&X.needsDepthTexture===!0&&X.setDepthTexture&&X.setDepthTexture(l)}},this.begin=function(U,N){if(g||U.toneMapping===ms&&C.length===0)return!1;if(M=N,N!==null){let x=N.width,T=N.height;(a.width!==x||a.height!==T)&&this.setSize(x,T)}return E===!1&&U.setRenderTarget(a),_=U.toneMapping,U.toneMapping=ms,!0},this.hasRenderPass=function(){return E},this.end=function(U,N){U.toneMapping=_,g=!0;let x=a,T=o;for(let Z=0;Z<C.length;Z++){let X=C[Z];X.enabled!==!1&&(X.render(U,T,x,N),X.needsSwap!==!1&&(x=T,T=T===o?c:o))}if(v!==U.outputColorSpace||S!==U.toneMapping){v=U.outputColorSpace,S=U.toneMapping,d.defines={},Bn.getTransfer(v)===qn&&(d.defines.SRGB_TRANSFER="");let Z=dA[S];Z&&(d.defines[Z]=""),d.needsUpdate=!0}d.uniforms.tDiffuse.value=x.texture,U.setRenderTarget(M),U.render(h,p),M=null,g=!1},this.isCompositing=function(){return g},this.dispose=function(){a.dispose(),o!==null&&o.dispose(),c!==null&&c.dispose(),u.dispose(),d.dispose()}}var hx=new or,fx=new Ws(1,1),dx=new Zc(1),px=new Vc,mx=new Af,gx=new qc,Wv=[],Xv=[],$v=new Float32Array(16),Yv=new Float32Array(9),qv=new Float32Array(4);function Rl(n,e,t){let i=n[0];if(i<=0||i>0)return n;let r=e*t,s=Wv[r];if(s===void 0&&(s=new Float32Array(r),Wv[r]=s),e!==0){i.toArray(s,0);for(let a=1,o=0;a!==e;++a)o+=t,n[a].toArray(s,o)}return s}function Ii(n,e){if(n.length!==e.length)return!1;for(let t=0,i=n.length;t<i;t++)if(n[t]!==e[t])return!1;return!0}function Pi(n,e){for(let t=0,i=e.length;t<i;t++)n[t]=e[t]}function kd(n,e){let t=Xv[e];t===void 0&&(t=new Int32Array(e),Xv[e]=t);for(let i=0;i!==e;++i)t[i]=n.allocateTextureUnit();return t}function mA(n,e){let t=this.cache;t[0]!==e&&(n.uniform1f(this.addr,e),t[0]=e)}function gA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2fv(this.addr,e),Pi(t,e)}}function _A(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(n.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Ii(t,e))return;n.uniform3fv(this.addr,e),Pi(t,e)}}function vA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4fv(this.addr,e),Pi(t,e)}}function xA(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix2fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;qv.set(i),n.uniformMatrix2fv(this.addr,!1,qv),Pi(t,i)}}function yA(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix3fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;Yv.set(i),n.uniformMatrix3fv(this.addr,!1,Yv),Pi(t,i)}}function SA(n,e){let t=this.cache,i=e.elements;if(i===void 0){if(Ii(t,e))return;n.uniformMatrix4fv(this.addr,!1,e),Pi(t,e)}else{if(Ii(t,i))return;$v.set(i),n.uniformMatrix4fv(this.addr,!1,$v),Pi(t,i)}}function bA(n,e){let t=this.cache;t[0]!==e&&(n.uniform1i(this.addr,e),t[0]=e)}function MA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2iv(this.addr,e),Pi(t,e)}}function EA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ii(t,e))return;n.uniform3iv(this.addr,e),Pi(t,e)}}function AA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4iv(this.addr,e),Pi(t,e)}}function TA(n,e){let t=this.cache;t[0]!==e&&(n.uniform1ui(this.addr,e),t[0]=e)}function wA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(n.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Ii(t,e))return;n.uniform2uiv(this.addr,e),Pi(t,e)}}function CA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(n.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Ii(t,e))return;n.uniform3uiv(this.addr,e),Pi(t,e)}}function RA(n,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(n.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Ii(t,e))return;n.uniform4uiv(this.addr,e),Pi(t,e)}}function Gd(n){return n.version===0&&(n.compareFunction=wg,n.needsUpdate=!0),n}function IA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_2D_SHADOW?s=Gd(fx):s=hx,t.setTexture2D(e||s,r)}function PA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture3D(e||mx,r)}function LA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r);let s;this.type===n.SAMPLER_CUBE_SHADOW?s=Gd(dx):s=gx,t.setTextureCube(e||s,r)}function DA(n,e,t){let i=this.cache,r=t.allocateTextureUnit();i[0]!==r&&(n.uniform1i(this.addr,r),i[0]=r),t.setTexture2DArray(e||px,r)}function NA(n){switch(n){case 5126:return mA;case 35664:return gA;case 35665:return _A;case 35666:return vA;case 35674:return xA;case 35675:return yA;case 35676:return SA;case 5124:case 35670:return bA;case 35667:case 35671:return MA;case 35668:case 35672:return EA;case 35669:case 35673:return AA;case 5125:return TA;case 36294:return wA;case 36295:return CA;case 36296:return RA;case 35678:case 36198:case 36298:case 36306:case 35682:return IA;case 35679:case 36299:case 36307:return PA;case 35680:case 36300:case 36308:case 36293:return LA;case 36289:case 36303:case 36311:case 36292:return DA}}function OA(n,e){n.uniform1fv(this.addr,e)}function FA(n,e){let t=Rl(e,this.size,2);n.uniform2fv(this.addr,t)}function UA(n,e){let t=Rl(e,this.size,3);n.uniform3fv(this.addr,t)}function BA(n,e){let t=Rl(e,this.size,4);n.uniform4fv(this.addr,t)}function zA(n,e){let t=Rl(e,this.size,4);n.uniformMatrix2fv(this.addr,!1,t)}function kA(n,e){let t=Rl(e,this.size,9);n.uniformMatrix3fv(this.addr,!1,t)}function GA(n,e){let t=Rl(e,this.size,16);n.uniformMatrix4fv(this.addr,!1,t)}function VA(n,e){n.uniform1iv(this.addr,e)}function HA(n,e){n.uniform2iv(this.addr,e)}function WA(n,e){n.uniform3iv(this.addr,e)}function XA(n,e){n.uniform4iv(this.addr,e)}function $A(n,e){n.uniform1uiv(this.addr,e)}function YA(n,e){n.uniform2uiv(this.addr,e)}function qA(n,e){n.uniform3uiv(this.addr,e)}function ZA(n,e){n.uniform4uiv(this.addr,e)}function jA(n,e,t){let i=this.cache,r=e.length,s=kd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));let a;this.type===n.SAMPLER_2D_SHADOW?a=Gd(fx):a=hx;for(let o=0;o!==r;++o)t.setTexture2D(e[o]||a,s[o])}function KA(n,e,t){let i=this.cache,r=e.length,s=kd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));for(let a=0;a!==r;++a)t.setTexture3D(e[a]||mx,s[a])}function JA(n,e,t){let i=this.cache,r=e.length,s=kd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));let a;this.type===n.SAMPLER_CUBE_SHADOW?a=Gd(dx):a=gx;for(let o=0;o!==r;++o)t.setTextureCube(e[o]||a,s[o])}function QA(n,e,t){let i=this.cache,r=e.length,s=kd(t,r);Ii(i,s)||(n.uniform1iv(this.addr,s),Pi(i,s));for(let a=0;a!==r;++a)t.setTexture2DArray(e[a]||px,s[a])}function eT(n){switch(n){case 5126:return OA;case 35664:return FA;case 35665:return UA;case 35666:return BA;case 35674:return zA;case 35675:return kA;case 35676:return GA;case 5124:case 35670:return VA;case 35667:case 35671:return HA;case 35668:case 35672:return WA;case 35669:case 35673:return XA;case 5125:return $A;case 36294:return YA;case 36295:return qA;case 36296:return ZA;case 35678:case 36198:case 36298:case 36306:case 35682:return jA;case 35679:case 36299:case 36307:return KA;case 35680:case 36300:case 36308:case 36293:return JA;case 36289:case 36303:case 36311:case 36292:return QA}}var Xg=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.setValue=NA(t.type)}},$g=class{constructor(e,t,i){this.id=e,this.addr=i,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=eT(t.type)}},Yg=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,i){let r=this.seq;for(let s=0,a=r.length;s!==a;++s){let o=r[s];o.setValue(e,t[o.id],i)}}},Hg=/(\w+)(\])?(\[|\.)?/g;function Zv(n,e){n.seq.push(e),n.map[e.id]=e}function tT(n,e,t){let i=n.name,r=i.length;for(Hg.lastIndex=0;;){let s=Hg.exec(i),a=Hg.lastIndex,o=s[1],c=s[2]==="]",l=s[3];if(c&&(o=o|0),l===void 0||l==="["&&a+2===r){Zv(t,l===void 0?new Xg(o,n,e):new $g(o,n,e));break}else{let d=t.map[o];d===void 0&&(d=new Yg(o),Zv(t,d)),t=d}}}var Cl=class{constructor(e,t){this.seq=[],this.map={};let i=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let a=0;a<i;++a){let o=e.getActiveUniform(t,a),c=e.getUniformLocation(t,o.name);tT(o,c,this)}let r=[],s=[];for(let a of this.seq)a.type===e.SAMPLER_2D_SHADOW||a.type===e.SAMPLER_CUBE_SHADOW||a.type===e.SAMPLER_2D_ARRAY_SHADOW?r.push(a):s.push(a);r.length>0&&(this.seq=r.concat(s))}setValue(e,t,i,r){let s=this.map[t];s!==void 0&&s.setValue(e,i,r)}setOptional(e,t,i){let r=t[i];r!==void 0&&this.setValue(e,i,r)}static upload(e,t,i,r){for(let s=0,a=t.length;s!==a;++s){let o=t[s],c=i[o.id];c.needsUpdate!==!1&&o.setValue(e,c.value,r)}}static seqWithValue(e,t){let i=[];for(let r=0,s=e.length;r!==s;++r){let a=e[r];a.id in t&&i.push(a)}return i}};function jv(n,e,t){let i=n.createShader(e);return n.shaderSource(i,t),n.compileShader(i),i}var nT=37297,iT=0;function rT(n,e){let t=n.split(`
`),i=[],r=Math.max(e-6,0),s=Math.min(e+6,t.length);for(let a=r;a<s;a++){let o=a+1;i.push(`${o===e?">":" "} ${o}: ${t[a]}`)}return i.join(`
`)}var Kv=new bn;function sT(n){Bn._getMatrix(Kv,Bn.workingColorSpace,n);let e=`mat3( ${Kv.elements.map(t=>t.toFixed(4))} )`;switch(Bn.getTransfer(n)){case kc:return[e,"LinearTransferOETF"];case qn:return[e,"sRGBTransferOETF"];default:return dn("WebGLProgram: Unsupported color space: ",n),[e,"LinearTransferOETF"]}}function Jv(n,e,t){let i=n.getShaderParameter(e,n.COMPILE_STATUS),s=(n.getShaderInfoLog(e)||"").trim();if(i&&s==="")return"";let a=/ERROR: 0:(\d+)/.exec(s);if(a){let o=parseInt(a[1]);return t.toUpperCase()+`

`+s+`

`+rT(n.getShaderSource(e),o)}else return s}function aT(n,e){let t=sT(e);return[`vec4 ${n}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var oT={[ug]:"Linear",[hg]:"Reinhard",[fg]:"Cineon",[dg]:"ACESFilmic",[mg]:"AgX",[gg]:"Neutral",[pg]:"Custom"};function lT(n,e){let t=oT[e];return t===void 0?(dn("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+n+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+n+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var Ud=new _e;function cT(){Bn.getLuminanceCoefficients(Ud);let n=Ud.x.toFixed(4),e=Ud.y.toFixed(4),t=Ud.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${n}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function uT(n){return[n.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",n.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(_u).join(`
`)}function hT(n){let e=[];for(let t in n){let i=n[t];i!==!1&&e.push("#define "+t+" "+i)}return e.join(`
`)}function fT(n,e){let t={},i=n.getProgramParameter(e,n.ACTIVE_ATTRIBUTES);for(let r=0;r<i;r++){let s=n.getActiveAttrib(e,r),a=s.name,o=1;s.type===n.FLOAT_MAT2&&(o=2),s.type===n.FLOAT_MAT3&&(o=3),s.type===n.FLOAT_MAT4&&(o=4),t[a]={type:s.type,location:n.getAttribLocation(e,a),locationSize:o}}return t}function _u(n){return n!==""}function Qv(n,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return n.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function ex(n,e){return n.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var dT=/^[ \t]*#include +<([\w\d./]+)>/gm;function qg(n){return n.replace(dT,pT)}function pT(n,e){let t=Dn[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return qg(t)}var mT=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function tx(n){return n.replace(mT,gT)}function gT(n,e,t,i){let r="";for(let s=parseInt(e);s<parseInt(t);s++)r+=i.replace(/\[\s*i\s*\]/g,"[ "+s+" ]").replace(/UNROLLED_LOOP_INDEX/g,s);return r}function nx(n){let e=`precision ${n.precision} float;
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
#define LOW_PRECISION`),e}var _T={[lu]:"SHADOWMAP_TYPE_PCF",[Ml]:"SHADOWMAP_TYPE_VSM"};function vT(n){return _T[n.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var xT={[Al]:"ENVMAP_MODE_REFRACTION"};function yT(n){return n.envMap===!1?"ENVMAP_MODE_REFLECTION":xT[n.envMapMode]||"ENVMAP_MODE_REFLECTION"}var ST={[Zf]:"ENVMAP_BLENDING_MULTIPLY",[vv]:"ENVMAP_BLENDING_MIX",[xv]:"ENVMAP_BLENDING_ADD"};function bT(n){return n.envMap===!1?"ENVMAP_BLENDING_NONE":ST[n.combine]||"ENVMAP_BLENDING_NONE"}function MT(n,e,t,i){let r=n.getContext(),s=t.defines,a=t.vertexShader,o=t.fragmentShader,c=vT(t),l=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=yT(t),d=bT(t),h=uT(t),p=hT(s),v=r.createProgram(),S,g,_=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(S=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p].filter(_u).join(`
`),S.length>0&&(S+=`
`),g=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p].filter(_u).join(`
`),g.length>0&&(g+=`
`)):(S=[nx(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(_u).join(`
`),g=[nx(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,p,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+l:"",t.envMap?"#define "+u:"",t.envMap?"#define "+d:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+c:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==ms?"#define TONE_MAPPING":"",t.toneMapping!==ms?Dn.tonemapping_pars_fragment:"",t.toneMapping!==ms?lT("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",Dn.colorspace_pars_fragment,aT("linearToOutputTexel",t.outputColorSpace),cT(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(_u).join(`
`)),a=qg(a),a=Qv(a,t),a=ex(a,t),o=qg(o),o=Qv(o,t),o=ex(o,t),a=tx(a),o=tx(o),t.isRawShaderMaterial!==!0&&(_=`#version 300 es
`,S=[h,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+S,g=["#define varying in",t.glslVersion===Cg?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Cg?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+g);let M=_+S+a,C=_+g+o,E=jv(r,r.VERTEX_SHADER,M),U=jv(r,r.FRAGMENT_SHADER,C);r.attachShader(v,E),r.attachShader(v,U),t.index0AttributeName!==void 0?r.bindAttribLocation(v,0,t.index0AttributeName):t.hasPositionAttribute===!0&&r.bindAttribLocation(v,0,"position"),r.linkProgram(v);function N(X){if(n.debug.checkShaderErrors){let Y=r.getProgramInfoLog(v)||"",re=r.getShaderInfoLog(E)||"",pe=r.getShaderInfoLog(U)||"",G=Y.trim(),ve=re.trim(),ye=pe.trim(),ne=!0,Le=!0;if(r.getProgramParameter(v,r.LINK_STATUS)===!1)if(ne=!1,typeof n.debug.onShaderError=="function")n.debug.onShaderError(r,v,E,U);else{let de=Jv(r,E,"vertex"),Re=Jv(r,U,"fragment");yn("WebGLProgram: Shader Error "+r.getError()+" - VALIDATE_STATUS "+r.getProgramParameter(v,r.VALIDATE_STATUS)+`

Material Name: `+X.name+`
Material Type: `+X.type+`

Program Info Log: `+G+`
`+de+`
`+Re)}else G!==""?dn("WebGLProgram: Program Info Log:",G):(ve===""||ye==="")&&(Le=!1);Le&&(X.diagnostics={runnable:ne,programLog:G,vertexShader:{log:ve,prefix:S},fragmentShader:{log:ye,prefix:g}})}r.deleteShader(E),r.deleteShader(U),x=new Cl(r,v),T=fT(r,v)}let x;this.getUniforms=function(){return x===void 0&&N(this),x};let T;this.getAttributes=function(){return T===void 0&&N(this),T};let Z=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return Z===!1&&(Z=r.getProgramParameter(v,nT)),Z},this.destroy=function(){i.releaseStatesOfProgram(this),r.deleteProgram(v),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=iT++,this.cacheKey=e,this.usedTimes=1,this.program=v,this.vertexShader=E,this.fragmentShader=U,this}var ET=0,Zg=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,i){let r=this._getShaderCacheForMaterial(e);return r.has(t)===!1&&(r.add(t),t.usedTimes++),r.has(i)===!1&&(r.add(i),i.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let i of t)i.usedTimes--,i.usedTimes===0&&this.shaderCache.delete(i.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,i=t.get(e);return i===void 0&&(i=new Set,t.set(e,i)),i}_getShaderStage(e){let t=this.shaderCache,i=t.get(e);return i===void 0&&(i=new jg(e),t.set(e,i)),i}},jg=class{constructor(e){this.id=ET++,this.code=e,this.usedTimes=0}};function AT(n){return n===Fa||n===pu||n===mu}function TT(n,e,t,i,r,s){let a=new vl,o=new Zg,c=new Set,l=[],u=new Map,d=i.logarithmicDepthBuffer,h={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function p(x){return c.add(x),x===0?"uv":`uv${x}`}function v(x,T,Z,X,Y,re){let pe=X.fog,G=Y.geometry,ve=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?X.environment:null,ye=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,ne=e.get(x.envMap||ve,ye),Le=h[x.type],de=i.precision;x.precision!==null&&(de=i.getMaxPrecision(x.precision),de!==x.precision&&dn("WebGLProgram.getParameters:",x.precision,"not supported, using",de,"instead."));let Re=G.morphAttributes.position||G.morphAttributes.normal||G.morphAttributes.color,ie=Re!==void 0?Re.length:0,je=0;G.morphAttributes.position!==void 0&&(je=1),G.morphAttributes.normal!==void 0&&(je=2),G.morphAttributes.color!==void 0&&(je=3);let Bt,Me,Xe,wt;if(Le){let rt=_s[Le];Bt=rt.vertexShader,Me=rt.fragmentShader}else{Bt=x.vertexShader,Me=x.fragmentShader;let rt=o.getVertexShaderStage(x),un=o.getFragmentShaderStage(x);o.update(x,rt,un),Xe=rt.id,wt=un.id}let $t=n.getRenderTarget(),nt=n.state.buffers.depth.getReversed(),en=Y.isInstancedMesh===!0,Rn=Y.isBatchedMesh===!0,jt=!!x.map,Cn=!!x.matcap,mt=!!ne,Ot=mt&&ne.isPMREMTexture===!0,rn=!!x.aoMap,Wt=!!x.lightMap,ln=!!x.bumpMap&&x.wireframe===!1,sn=!!x.normalMap,hi=!!x.displacementMap,Xn=!!x.emissiveMap,w=!!x.metalnessMap,ni=!!x.roughnessMap,Qn=x.anisotropy>0,j=x.clearcoat>0,Gn=x.diffuseRoughness>0,vn=x.dispersion>0,Nn=x.retroreflectivity>0,et=x.iridescence>0,_t=x.sheen>0,kt=x.transmission>0,Jt=Qn&&!!x.anisotropyMap,D=j&&!!x.clearcoatMap,y=j&&!!x.clearcoatNormalMap,se=j&&!!x.clearcoatRoughnessMap,Ye=Gn&&!!x.diffuseRoughnessMap,Ne=et&&!!x.iridescenceMap,ut=et&&!!x.iridescenceThicknessMap,ht=_t&&!!x.sheenColorMap,Te=_t&&!!x.sheenRoughnessMap,De=!!x.specularMap,Ae=!!x.specularColorMap,O=!!x.specularIntensityMap,ue=kt&&!!x.transmissionMap,oe=kt&&!!x.thicknessMap,Ie=!!x.gradientMap,Fe=!!x.alphaMap,Be=x.alphaTest>0,tt=!!x.alphaHash,Vt=!!x.extensions,ze=ms;x.toneMapped&&($t===null||$t.isXRRenderTarget===!0)&&(ze=n.toneMapping);let Pt=Ot?ne.isCompressedCubeTexture?ne.image[0].mipmaps:ne.mipmaps:null,qt={shaderID:Le,shaderType:x.type,shaderName:x.name,vertexShader:Bt,fragmentShader:Me,defines:x.defines,customVertexShaderID:Xe,customFragmentShaderID:wt,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:de,batching:Rn,batchingColor:Rn&&Y._colorsTexture!==null,instancing:en,instancingColor:en&&Y.instanceColor!==null,instancingMorph:en&&Y.morphTexture!==null,outputColorSpace:$t===null?n.outputColorSpace:$t.isXRRenderTarget===!0?$t.texture.colorSpace:Bn.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:jt,matcap:Cn,envMap:mt,envMapMode:mt&&ne.mapping,envMapPMREM:Ot,envMapMaxLod:Ot?Pt.length-1:null,envMapSize:Ot?Pt[0].width:null,aoMap:rn,lightMap:Wt,bumpMap:ln,normalMap:sn,displacementMap:hi,emissiveMap:Xn,normalMapObjectSpace:sn&&x.normalMapType===bv,normalMapTangentSpace:sn&&x.normalMapType===Od,packedNormalMap:sn&&x.normalMapType===Od&&AT(x.normalMap.format),metalnessMap:w,roughnessMap:ni,anisotropy:Qn,anisotropyMap:Jt,clearcoat:j,clearcoatMap:D,clearcoatNormalMap:y,clearcoatRoughnessMap:se,diffuseRoughness:Gn,diffuseRoughnessMap:Ye,dispersion:vn,retroreflection:Nn,iridescence:et,iridescenceMap:Ne,iridescenceThicknessMap:ut,sheen:_t,sheenColorMap:ht,sheenRoughnessMap:Te,specularMap:De,specularColorMap:Ae,specularIntensityMap:O,transmission:kt,transmissionMap:ue,thicknessMap:oe,gradientMap:Ie,opaque:x.transparent===!1&&x.blending===El&&x.alphaToCoverage===!1,alphaMap:Fe,alphaTest:Be,alphaHash:tt,combine:x.combine,mapUv:jt&&p(x.map.channel),aoMapUv:rn&&p(x.aoMap.channel),lightMapUv:Wt&&p(x.lightMap.channel),bumpMapUv:ln&&p(x.bumpMap.channel),normalMapUv:sn&&p(x.normalMap.channel),displacementMapUv:hi&&p(x.displacementMap.channel),emissiveMapUv:Xn&&p(x.emissiveMap.channel),metalnessMapUv:w&&p(x.metalnessMap.channel),roughnessMapUv:ni&&p(x.roughnessMap.channel),anisotropyMapUv:Jt&&p(x.anisotropyMap.channel),clearcoatMapUv:D&&p(x.clearcoatMap.channel),clearcoatNormalMapUv:y&&p(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:se&&p(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:Ye&&p(x.diffuseRoughnessMap.channel),iridescenceMapUv:Ne&&p(x.iridescenceMap.channel),iridescenceThicknessMapUv:ut&&p(x.iridescenceThicknessMap.channel),sheenColorMapUv:ht&&p(x.sheenColorMap.channel),sheenRoughnessMapUv:Te&&p(x.sheenRoughnessMap.channel),specularMapUv:De&&p(x.specularMap.channel),specularColorMapUv:Ae&&p(x.specularColorMap.channel),specularIntensityMapUv:O&&p(x.specularIntensityMap.channel),transmissionMapUv:ue&&p(x.transmissionMap.channel),thicknessMapUv:oe&&p(x.thicknessMap.channel),alphaMapUv:Fe&&p(x.alphaMap.channel),vertexTangents:!!G.attributes.tangent&&(sn||Qn),vertexNormals:!!G.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!G.attributes.color&&G.attributes.color.itemSize===4,pointsUvs:Y.isPoints===!0&&!!G.attributes.uv&&(jt||Fe),fog:!!pe,useFog:x.fog===!0,fogExp2:!!pe&&pe.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||G.attributes.normal===void 0&&sn===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:d,reversedDepthBuffer:nt,skinning:Y.isSkinnedMesh===!0,hasPositionAttribute:G.attributes.position!==void 0,morphTargets:G.morphAttributes.position!==void 0,morphNormals:G.morphAttributes.normal!==void 0,morphColors:G.morphAttributes.color!==void 0,morphTargetsCount:ie,morphTextureStride:je,numSunLights:T.sun.length,numDirLights:T.directional.length,numPointLights:T.point.length,numSpotLights:T.spot.length,numSpotLightMaps:T.spotLightMap.length,numRectAreaLights:T.rectArea.length,numHemiLights:T.hemi.length,numSunLightShadows:T.sunShadowMap.length,numDirLightShadows:T.directionalShadowMap.length,numPointLightShadows:T.pointShadowMap.length,numSpotLightShadows:T.spotShadowMap.length,numSpotLightShadowsWithMaps:T.numSpotLightShadowsWithMaps,numLightProbes:T.numLightProbes,numLightProbeGrids:re.filter(rt=>rt.texture!==null).length,numClippingPlanes:s.numPlanes,numClipIntersection:s.numIntersection,dithering:x.dithering,shadowMapEnabled:n.shadowMap.enabled&&Z.length>0,shadowMapType:n.shadowMap.type,toneMapping:ze,decodeVideoTexture:jt&&x.map.isVideoTexture===!0&&Bn.getTransfer(x.map.colorSpace)===qn,decodeVideoTextureEmissive:Xn&&x.emissiveMap.isVideoTexture===!0&&Bn.getTransfer(x.emissiveMap.colorSpace)===qn,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Pr,flipSided:x.side===tr,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:Vt&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Vt&&x.extensions.multiDraw===!0||Rn)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return qt.vertexUv1s=c.has(1),qt.vertexUv2s=c.has(2),qt.vertexUv3s=c.has(3),c.clear(),qt}function S(x){let T=[];if(x.shaderID?T.push(x.shaderID):(T.push(x.customVertexShaderID),T.push(x.customFragmentShaderID)),x.defines!==void 0)for(let Z in x.defines)T.push(Z),T.push(x.defines[Z]);return x.isRawShaderMaterial===!1&&(g(T,x),_(T,x),T.push(n.outputColorSpace)),T.push(x.customProgramCacheKey),T.join()}function g(x,T){x.push(T.precision),x.push(T.outputColorSpace),x.push(T.envMapMode),x.push(T.envMapPMREM),x.push(T.envMapMaxLod),x.push(T.envMapSize),x.push(T.mapUv),x.push(T.alphaMapUv),x.push(T.lightMapUv),x.push(T.aoMapUv),x.push(T.bumpMapUv),x.push(T.normalMapUv),x.push(T.displacementMapUv),x.push(T.emissiveMapUv),x.push(T.metalnessMapUv),x.push(T.roughnessMapUv),x.push(T.anisotropyMapUv),x.push(T.clearcoatMapUv),x.push(T.clearcoatNormalMapUv),x.push(T.clearcoatRoughnessMapUv),x.push(T.diffuseRoughnessMapUv),x.push(T.iridescenceMapUv),x.push(T.iridescenceThicknessMapUv),x.push(T.sheenColorMapUv),x.push(T.sheenRoughnessMapUv),x.push(T.specularMapUv),x.push(T.specularColorMapUv),x.push(T.specularIntensityMapUv),x.push(T.transmissionMapUv),x.push(T.thicknessMapUv),x.push(T.combine),x.push(T.fogExp2),x.push(T.sizeAttenuation),x.push(T.morphTargetsCount),x.push(T.numSunLights),x.push(T.numDirLights),x.push(T.numPointLights),x.push(T.numSpotLights),x.push(T.numSpotLightMaps),x.push(T.numHemiLights),x.push(T.numRectAreaLights),x.push(T.numSunLightShadows),x.push(T.numDirLightShadows),x.push(T.numPointLightShadows),x.push(T.numSpotLightShadows),x.push(T.numSpotLightShadowsWithMaps),x.push(T.numLightProbes),x.push(T.numLightProbeGrids),x.push(T.shadowMapType),x.push(T.toneMapping),x.push(T.numClippingPlanes),x.push(T.numClipIntersection),x.push(T.depthPacking)}function _(x,T){a.disableAll(),T.instancing&&a.enable(0),T.instancingColor&&a.enable(1),T.instancingMorph&&a.enable(2),T.matcap&&a.enable(3),T.envMap&&a.enable(4),T.normalMapObjectSpace&&a.enable(5),T.normalMapTangentSpace&&a.enable(6),T.clearcoat&&a.enable(7),T.iridescence&&a.enable(8),T.alphaTest&&a.enable(9),T.vertexColors&&a.enable(10),T.vertexAlphas&&a.enable(11),T.vertexUv1s&&a.enable(12),T.vertexUv2s&&a.enable(13),T.vertexUv3s&&a.enable(14),T.vertexTangents&&a.enable(15),T.anisotropy&&a.enable(16),T.alphaHash&&a.enable(17),T.batching&&a.enable(18),T.dispersion&&a.enable(19),T.retroreflection&&a.enable(24),T.diffuseRoughness&&a.enable(25),T.batchingColor&&a.enable(20),T.gradientMap&&a.enable(21),T.packedNormalMap&&a.enable(22),T.vertexNormals&&a.enable(23),x.push(a.mask),a.disableAll(),T.fog&&a.enable(0),T.useFog&&a.enable(1),T.flatShading&&a.enable(2),T.logarithmicDepthBuffer&&a.enable(3),T.reversedDepthBuffer&&a.enable(4),T.skinning&&a.enable(5),T.morphTargets&&a.enable(6),T.morphNormals&&a.enable(7),T.morphColors&&a.enable(8),T.premultipliedAlpha&&a.enable(9),T.shadowMapEnabled&&a.enable(10),T.doubleSided&&a.enable(11),T.flipSided&&a.enable(12),T.useDepthPacking&&a.enable(13),T.dithering&&a.enable(14),T.transmission&&a.enable(15),T.sheen&&a.enable(16),T.opaque&&a.enable(17),T.pointsUvs&&a.enable(18),T.decodeVideoTexture&&a.enable(19),T.decodeVideoTextureEmissive&&a.enable(20),T.alphaToCoverage&&a.enable(21),T.numLightProbeGrids>0&&a.enable(22),T.hasPositionAttribute&&a.enable(23),x.push(a.mask)}function M(x){let T=h[x.type],Z;if(T){let X=_s[T];Z=Uv.clone(X.uniforms)}else Z=x.uniforms;return Z}function C(x,T){let Z=u.get(T);return Z!==void 0?++Z.usedTimes:(Z=new MT(n,T,x,r),l.push(Z),u.set(T,Z)),Z}function E(x){if(--x.usedTimes===0){let T=l.indexOf(x);l[T]=l[l.length-1],l.pop(),u.delete(x.cacheKey),x.destroy()}}function U(x){o.remove(x)}function N(){o.dispose()}return{getParameters:v,getProgramCacheKey:S,getUniforms:M,acquireProgram:C,releaseProgram:E,releaseShaderCache:U,programs:l,dispose:N}}function wT(){let n=new WeakMap;function e(a){return n.has(a)}function t(a){let o=n.get(a);return o===void 0&&(o={},n.set(a,o)),o}function i(a){n.delete(a)}function r(a,o,c){n.get(a)[o]=c}function s(){n=new WeakMap}return{has:e,get:t,remove:i,update:r,dispose:s}}function CT(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.material.id!==e.material.id?n.material.id-e.material.id:n.materialVariant!==e.materialVariant?n.materialVariant-e.materialVariant:n.z!==e.z?n.z-e.z:n.id-e.id}function ix(n,e){return n.groupOrder!==e.groupOrder?n.groupOrder-e.groupOrder:n.renderOrder!==e.renderOrder?n.renderOrder-e.renderOrder:n.z!==e.z?e.z-n.z:n.id-e.id}function rx(){let n=[],e=0,t=[],i=[],r=[];function s(){e=0,t.length=0,i.length=0,r.length=0}function a(h){let p=0;return h.isInstancedMesh&&(p+=2),h.isSkinnedMesh&&(p+=1),p}function o(h,p,v,S,g,_){let M=n[e];return M===void 0?(M={id:h.id,object:h,geometry:p,material:v,materialVariant:a(h),groupOrder:S,renderOrder:h.renderOrder,z:g,group:_},n[e]=M):(M.id=h.id,M.object=h,M.geometry=p,M.material=v,M.materialVariant=a(h),M.groupOrder=S,M.renderOrder=h.renderOrder,M.z=g,M.group=_),e++,M}function c(h,p,v,S,g,_,M){M.reversedDepth===!0&&(g=-g);let C=o(h,p,v,S,g,_);v.transmission>0?i.push(C):v.transparent===!0?r.push(C):t.push(C)}function l(h,p,v,S,g,_){let M=o(h,p,v,S,g,_);v.transmission>0?i.unshift(M):v.transparent===!0?r.unshift(M):t.unshift(M)}function u(h,p){t.length>1&&t.sort(h||CT),i.length>1&&i.sort(p||ix),r.length>1&&r.sort(p||ix)}function d(){for(let h=e,p=n.length;h<p;h++){let v=n[h];if(v.id===null)break;v.id=null,v.object=null,v.geometry=null,v.material=null,v.group=null}}return{opaque:t,transmissive:i,transparent:r,init:s,push:c,unshift:l,finish:d,sort:u}}function RT(){let n=new WeakMap;function e(i,r){let s=n.get(i),a;return s===void 0?(a=new rx,n.set(i,[a])):r>=s.length?(a=new rx,s.push(a)):a=s[r],a}function t(){n=new WeakMap}return{get:e,dispose:t}}function IT(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new _e,color:new In};break;case"SpotLight":t={position:new _e,direction:new _e,color:new In,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new _e,color:new In,distance:0,decay:0};break;case"HemisphereLight":t={direction:new _e,skyColor:new In,groundColor:new In};break;case"RectAreaLight":t={color:new In,position:new _e,halfWidth:new _e,halfHeight:new _e};break}return n[e.id]=t,t}}}function PT(){let n={};return{get:function(e){if(n[e.id]!==void 0)return n[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new _n};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new _n};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new _n,shadowCameraNear:1,shadowCameraFar:1e3};break}return n[e.id]=t,t}}}var LT=0;function DT(n,e){return(e.castShadow?2:0)-(n.castShadow?2:0)+(e.map?1:0)-(n.map?1:0)}function NT(n){let e=new IT,t=PT(),i={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let l=0;l<9;l++)i.probe.push(new _e);let r=new _e,s=new ti,a=new ti;function o(l){let u=0,d=0,h=0;for(let re=0;re<9;re++)i.probe[re].set(0,0,0);let p=0,v=0,S=0,g=0,_=0,M=0,C=0,E=0,U=0,N=0,x=0,T=0,Z=0,X=0;l.sort(DT);for(let re=0,pe=l.length;re<pe;re++){let G=l[re],ve=G.color,ye=G.intensity,ne=G.distance,Le=null;if(G.shadow&&G.shadow.map&&(G.shadow.map.texture.format===Fa?Le=G.shadow.map.texture:Le=G.shadow.map.depthTexture||G.shadow.map.texture),G.isAmbientLight)u+=ve.r*ye,d+=ve.g*ye,h+=ve.b*ye;else if(G.isLightProbe){for(let de=0;de<9;de++)i.probe[de].addScaledVector(G.sh.coefficients[de],ye);X++}else if(G.isSunLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize.copy(Re.mapSize).multiply(Re.getFrameExtents()),i.sunShadow[v]=ie,i.sunShadowMap[v]=Le;let je=Re.getViewportCount();for(let Bt=0;Bt<je;Bt++)i.sunShadowMatrix[S+Bt]=Re.getMatrix(Bt),i.sunShadowCascade[S+Bt]=Re._cascadeData[Bt];S+=je,v++}i.sun[p]=de,p++}else if(G.isDirectionalLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,i.directionalShadow[g]=ie,i.directionalShadowMap[g]=Le,i.directionalShadowMatrix[g]=G.shadow.matrix,U++}i.directional[g]=de,g++}else if(G.isSpotLight){let de=e.get(G);de.position.setFromMatrixPosition(G.matrixWorld),de.color.copy(ve).multiplyScalar(ye),de.distance=ne,de.coneCos=Math.cos(G.angle),de.penumbraCos=Math.cos(G.angle*(1-G.penumbra)),de.decay=G.decay,i.spot[M]=de;let Re=G.shadow;if(G.map&&(i.spotLightMap[T]=G.map,T++,Re.updateMatrices(G),G.castShadow&&Z++),i.spotLightMatrix[M]=Re.matrix,G.castShadow){let ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,i.spotShadow[M]=ie,i.spotShadowMap[M]=Le,x++}M++}else if(G.isRectAreaLight){let de=e.get(G);de.color.copy(ve).multiplyScalar(ye),de.halfWidth.set(G.width*.5,0,0),de.halfHeight.set(0,G.height*.5,0),i.rectArea[C]=de,C++}else if(G.isPointLight){let de=e.get(G);if(de.color.copy(G.color).multiplyScalar(G.intensity),de.distance=G.distance,de.decay=G.decay,G.castShadow){let Re=G.shadow,ie=t.get(G);ie.shadowIntensity=Re.intensity,ie.shadowBias=Re.bias,ie.shadowNormalBias=Re.normalBias,ie.shadowRadius=Re.radius,ie.shadowMapSize=Re.mapSize,ie.shadowCameraNear=Re.camera.near,ie.shadowCameraFar=Re.camera.far,i.pointShadow[_]=ie,i.pointShadowMap[_]=Le,i.pointShadowMatrix[_]=G.shadow.matrix,N++}i.point[_]=de,_++}else if(G.isHemisphereLight){let de=e.get(G);de.skyColor.copy(G.color).multiplyScalar(ye),de.groundColor.copy(G.groundColor).multiplyScalar(ye),i.hemi[E]=de,E++}}C>0&&(n.has("OES_texture_float_linear")===!0?(i.rectAreaLTC1=Gt.LTC_FLOAT_1,i.rectAreaLTC2=Gt.LTC_FLOAT_2):(i.rectAreaLTC1=Gt.LTC_HALF_1,i.rectAreaLTC2=Gt.LTC_HALF_2)),i.ambient[0]=u,i.ambient[1]=d,i.ambient[2]=h;let Y=i.hash;(Y.sunLength!==p||Y.directionalLength!==g||Y.pointLength!==_||Y.spotLength!==M||Y.rectAreaLength!==C||Y.hemiLength!==E||Y.numSunShadows!==v||Y.numDirectionalShadows!==U||Y.numPointShadows!==N||Y.numSpotShadows!==x||Y.numSpotMaps!==T||Y.numLightProbes!==X)&&(i.sun.length=p,i.directional.length=g,i.spot.length=M,i.rectArea.length=C,i.point.length=_,i.hemi.length=E,i.sunShadow.length=v,i.sunShadowMap.length=v,i.sunShadowMatrix.length=S,i.sunShadowCascade.length=S,i.directionalShadow.length=U,i.directionalShadowMap.length=U,i.directionalShadowMatrix.length=U,i.pointShadow.length=N,i.pointShadowMap.length=N,i.pointShadowMatrix.length=N,i.spotShadow.length=x,i.spotShadowMap.length=x,i.spotLightMatrix.length=x+T-Z,i.spotLightMap.length=T,i.numSpotLightShadowsWithMaps=Z,i.numLightProbes=X,Y.sunLength=p,Y.directionalLength=g,Y.pointLength=_,Y.spotLength=M,Y.rectAreaLength=C,Y.hemiLength=E,Y.numSunShadows=v,Y.numDirectionalShadows=U,Y.numPointShadows=N,Y.numSpotShadows=x,Y.numSpotMaps=T,Y.numLightProbes=X,i.version=LT++)}function c(l,u){let d=0,h=0,p=0,v=0,S=0,g=0,_=u.matrixWorldInverse;for(let M=0,C=l.length;M<C;M++){let E=l[M];if(E.isSunLight){let U=i.sun[d];U.direction.setFromMatrixPosition(E.matrixWorld),U.direction.transformDirection(_),d++}else if(E.isDirectionalLight){let U=i.directional[h];U.direction.setFromMatrixPosition(E.matrixWorld),r.setFromMatrixPosition(E.target.matrixWorld),U.direction.sub(r),U.direction.transformDirection(_),h++}else if(E.isSpotLight){let U=i.spot[v];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),U.direction.setFromMatrixPosition(E.matrixWorld),r.setFromMatrixPosition(E.target.matrixWorld),U.direction.sub(r),U.direction.transformDirection(_),v++}else if(E.isRectAreaLight){let U=i.rectArea[S];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),a.identity(),s.copy(E.matrixWorld),s.premultiply(_),a.extractRotation(s),U.halfWidth.set(E.width*.5,0,0),U.halfHeight.set(0,E.height*.5,0),U.halfWidth.applyMatrix4(a),U.halfHeight.applyMatrix4(a),S++}else if(E.isPointLight){let U=i.point[p];U.position.setFromMatrixPosition(E.matrixWorld),U.position.applyMatrix4(_),p++}else if(E.isHemisphereLight){let U=i.hemi[g];U.direction.setFromMatrixPosition(E.matrixWorld),U.direction.transformDirection(_),g++}}}return{setup:o,setupView:c,state:i}}function sx(n){let e=new NT(n),t=[],i=[],r=[];function s(d){u.camera=d,t.length=0,i.length=0,r.length=0}function a(d){d.isLightProbeGrid?r.push(d):t.push(d)}function o(d){i.push(d)}function c(){e.setup(t),r.sort((d,h)=>d.priority-h.priority||d.id-h.id)}function l(d){e.setupView(t,d)}let u={lightsArray:t,shadowsArray:i,lightProbeGridArray:r,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:s,state:u,setupLights:c,setupLightsView:l,pushLight:a,pushShadow:o}}function OT(n){let e=new WeakMap;function t(r,s=0){let a=e.get(r),o;return a===void 0?(o=new sx(n),e.set(r,[o])):s>=a.length?(o=new sx(n),a.push(o)):o=a[s],o}function i(){e=new WeakMap}return{get:t,dispose:i}}var FT=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,UT=`uniform sampler2D shadow_pass;
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
}`,BT=[new _e(1,0,0),new _e(-1,0,0),new _e(0,1,0),new _e(0,-1,0),new _e(0,0,1),new _e(0,0,-1)],zT=[new _e(0,-1,0),new _e(0,-1,0),new _e(0,0,1),new _e(0,0,-1),new _e(0,-1,0),new _e(0,-1,0)],ax=new ti,gu=new _e,Wg=new _e;function kT(n,e,t){let i=new Ca,r=new _n,s=new _n,a=new ui,o=new Nf,c=new Of,l={},u=t.maxTextureSize,d={[Oa]:tr,[tr]:Oa,[Pr]:Pr},h=new ps({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new _n},radius:{value:4}},vertexShader:FT,fragmentShader:UT}),p=h.clone();p.defines.HORIZONTAL_PASS=1;let v=new er;v.setAttribute("position",new $i(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let S=new Sr(v,h),g=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=lu;let _=this.type;this.render=function(N,x,T){if(g.enabled===!1||g.autoUpdate===!1&&g.needsUpdate===!1||N.length===0)return;this.type===Q_&&(dn("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=lu);let Z=n.getRenderTarget(),X=n.getActiveCubeFace(),Y=n.getActiveMipmapLevel(),re=n.state;re.setBlending(go),re.buffers.depth.getReversed()===!0?re.buffers.color.setClear(0,0,0,0):re.buffers.color.setClear(1,1,1,1),re.buffers.depth.setTest(!0),re.setScissorTest(!1);let pe=_!==this.type;pe&&x.traverse(function(G){G.material&&(Array.isArray(G.material)?G.material.forEach(ve=>ve.needsUpdate=!0):G.material.needsUpdate=!0)});for(let G=0,ve=N.length;G<ve;G++){let ye=N[G],ne=ye.shadow;if(ne===void 0){dn("WebGLShadowMap:",ye,"has no shadow.");continue}if(ne.autoUpdate===!1&&ne.needsUpdate===!1)continue;r.copy(ne.mapSize);let Le=ne.getFrameExtents();r.multiply(Le),s.copy(ne.mapSize),(r.x>u||r.y>u)&&(r.x>u&&(s.x=Math.floor(u/Le.x),r.x=s.x*Le.x,ne.mapSize.x=s.x),r.y>u&&(s.y=Math.floor(u/Le.y),r.y=s.y*Le.y,ne.mapSize.y=s.y));let de=n.state.buffers.depth.getReversed();if(ne.camera._reversedDepth=de,ne.map===null||pe===!0){if(ne.map!==null&&(ne.map.depthTexture!==null&&(ne.map.depthTexture.dispose(),ne.map.depthTexture=null),ne.map.dispose()),this.type===Ml){if(ye.isPointLight){dn("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}ne.map=new yr(r.x,r.y,{format:Fa,type:Zr,minFilter:Qi,magFilter:Qi,generateMipmaps:!1}),ne.map.texture.name=ye.name+".shadowMap",ne.map.depthTexture=new Ws(r.x,r.y,qr),ne.map.depthTexture.name=ye.name+".shadowMapDepth",ne.map.depthTexture.format=Gs,ne.map.depthTexture.compareFunction=null,ne.map.depthTexture.minFilter=Bi,ne.map.depthTexture.magFilter=Bi}else ye.isPointLight?(ne.map=new vu(r.x),ne.map.depthTexture=new Zc(r.x,Yr)):(ne.map=new yr(r.x,r.y),ne.map.depthTexture=new Ws(r.x,r.y,Yr)),ne.map.depthTexture.name=ye.name+".shadowMap",ne.map.depthTexture.format=Gs,this.type===lu?(ne.map.depthTexture.compareFunction=de?Tg:Ag,ne.map.depthTexture.minFilter=Qi,ne.map.depthTexture.magFilter=Qi):(ne.map.depthTexture.compareFunction=null,ne.map.depthTexture.minFilter=Bi,ne.map.depthTexture.magFilter=Bi);ne.camera.updateProjectionMatrix()}ne.map.isWebGLCubeRenderTarget!==!0&&(ne.map.width!==r.x||ne.map.height!==r.y)&&ne.map.setSize(r.x,r.y);let Re=ne.map.isWebGLCubeRenderTarget?6:ne.getViewportCount();ye.isPointLight!==!0&&ne.updateMatrices(ye,T);let ie=(ne.camera.layers.mask&4294967294)!==0?ne.camera.layers:T.layers;for(let je=0;je<Re;je++){let Bt=ne.getCamera(je);if(ye.isPointLight){let Me=ne.camera,Xe=ne.matrix,wt=ye.distance||Me.far;wt!==Me.far&&(Me.far=wt,Me.updateProjectionMatrix()),gu.setFromMatrixPosition(ye.matrixWorld),Me.position.copy(gu),Wg.copy(Me.position),Wg.add(BT[je]),Me.up.copy(zT[je]),Me.lookAt(Wg),Me.updateMatrixWorld(),Xe.makeTranslation(-gu.x,-gu.y,-gu.z),ax.multiplyMatrices(Me.projectionMatrix,Me.matrixWorldInverse),ne._frustum.setFromProjectionMatrix(ax,Me.coordinateSystem,Me.reversedDepth)}if(ne.map.isWebGLCubeRenderTarget)n.setRenderTarget(ne.map,je),n.clear();else{je===0&&(n.setRenderTarget(ne.map),n.clear());let Me=ne.getViewport(je);a.set(s.x*Me.x,s.y*Me.y,s.x*Me.z,s.y*Me.w),re.viewport(a)}i=ne.getFrustum(je),E(x,T,Bt,ye,ie,this.type)}ne.isPointLightShadow!==!0&&this.type===Ml&&M(ne,T),ne.needsUpdate=!1}_=this.type,g.needsUpdate=!1,n.setRenderTarget(Z,X,Y)};function M(N,x){let T=e.update(S);h.defines.VSM_SAMPLES!==N.blurSamples&&(h.defines.VSM_SAMPLES=N.blurSamples,p.defines.VSM_SAMPLES=N.blurSamples,h.needsUpdate=!0,p.needsUpdate=!0),N.mapPass===null?N.mapPass=new yr(r.x,r.y,{format:Fa,type:Zr}):(N.mapPass.width!==N.map.width||N.mapPass.height!==N.map.height)&&N.mapPass.setSize(N.map.width,N.map.height),h.uniforms.shadow_pass.value=N.map.depthTexture,h.uniforms.resolution.value.set(N.map.width,N.map.height),h.uniforms.radius.value=N.radius,n.setRenderTarget(N.mapPass),n.clear(),n.renderBufferDirect(x,null,T,h,S,null),p.uniforms.shadow_pass.value=N.mapPass.texture,p.uniforms.resolution.value.set(N.map.width,N.map.height),p.uniforms.radius.value=N.radius,n.setRenderTarget(N.map),n.clear(),n.renderBufferDirect(x,null,T,p,S,null)}function C(N,x,T,Z){let X=null,Y=T.isPointLight===!0?N.customDistanceMaterial:N.customDepthMaterial;if(Y!==void 0)X=Y;else if(X=T.isPointLight===!0?c:o,n.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let re=X.uuid,pe=x.uuid,G=l[re];G===void 0&&(G={},l[re]=G);let ve=G[pe];ve===void 0&&(ve=X.clone(),G[pe]=ve,x.addEventListener("dispose",U)),X=ve}if(X.visible=x.visible,X.wireframe=x.wireframe,Z===Ml?X.side=x.shadowSide!==null?x.shadowSide:x.side:X.side=x.shadowSide!==null?x.shadowSide:d[x.side],X.alphaMap=x.alphaMap,X.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,X.map=x.map,X.clipShadows=x.clipShadows,X.clippingPlanes=x.clippingPlanes,X.clipIntersection=x.clipIntersection,X.displacementMap=x.displacementMap,X.displacementScale=x.displacementScale,X.displacementBias=x.displacementBias,X.wireframeLinewidth=x.wireframeLinewidth,X.linewidth=x.linewidth,T.isPointLight===!0&&X.isMeshDistanceMaterial===!0){let re=n.properties.get(X);re.light=T}return X}function E(N,x,T,Z,X,Y){if(N.visible===!1)return;if(N.layers.test(X)&&(N.isMesh||N.isLine||N.isPoints)&&(N.castShadow||N.receiveShadow&&Y===Ml)&&(!N.frustumCulled||N.intersectsFrustum(i))){N.modelViewMatrix.multiplyMatrices(T.matrixWorldInverse,N.matrixWorld);let G=e.update(N),ve=N.material;if(Array.isArray(ve)){let ye=G.groups;for(let ne=0,Le=ye.length;ne<Le;ne++){let de=ye[ne],Re=ve[de.materialIndex];if(Re&&Re.visible){let ie=C(N,Re,Z,Y);N.onBeforeShadow(n,N,x,T,G,ie,de),n.renderBufferDirect(T,null,G,ie,N,de),N.onAfterShadow(n,N,x,T,G,ie,de)}}}else if(ve.visible){let ye=C(N,ve,Z,Y);N.onBeforeShadow(n,N,x,T,G,ye,null),n.renderBufferDirect(T,null,G,ye,N,null),N.onAfterShadow(n,N,x,T,G,ye,null)}}let pe=N.children;for(let G=0,ve=pe.length;G<ve;G++)E(pe[G],x,T,Z,X,Y)}function U(N){N.target.removeEventListener("dispose",U);for(let T in l){let Z=l[T],X=N.target.uuid;X in Z&&(Z[X].dispose(),delete Z[X])}}}function GT(n,e){function t(){let O=!1,ue=new ui,oe=null,Ie=new ui(0,0,0,0);return{setMask:function(Fe){oe!==Fe&&!O&&(n.colorMask(Fe,Fe,Fe,Fe),oe=Fe)},setLocked:function(Fe){O=Fe},setClear:function(Fe,Be,tt,Vt,ze){ze===!0&&(Fe*=Vt,Be*=Vt,tt*=Vt),ue.set(Fe,Be,tt,Vt),Ie.equals(ue)===!1&&(n.clearColor(Fe,Be,tt,Vt),Ie.copy(ue))},reset:function(){O=!1,oe=null,Ie.set(-1,0,0,0)}}}function i(){let O=!1,ue=!1,oe=null,Ie=null,Fe=null;return{setReversed:function(Be){if(ue!==Be){let tt=e.get("EXT_clip_control");Be?tt.clipControlEXT(tt.LOWER_LEFT_EXT,tt.ZERO_TO_ONE_EXT):tt.clipControlEXT(tt.LOWER_LEFT_EXT,tt.NEGATIVE_ONE_TO_ONE_EXT),ue=Be;let Vt=Fe;Fe=null,this.setClear(Vt)}},getReversed:function(){return ue},setTest:function(Be){Be?nt(n.DEPTH_TEST):en(n.DEPTH_TEST)},setMask:function(Be){oe!==Be&&!O&&(n.depthMask(Be),oe=Be)},setFunc:function(Be){if(ue&&(Be=Dv[Be]),Ie!==Be){switch(Be){case df:n.depthFunc(n.NEVER);break;case pf:n.depthFunc(n.ALWAYS);break;case mf:n.depthFunc(n.LESS);break;case dl:n.depthFunc(n.LEQUAL);break;case gf:n.depthFunc(n.EQUAL);break;case _f:n.depthFunc(n.GEQUAL);break;case vf:n.depthFunc(n.GREATER);break;case xf:n.depthFunc(n.NOTEQUAL);break;default:n.depthFunc(n.LEQUAL)}Ie=Be}},setLocked:function(Be){O=Be},setClear:function(Be){Fe!==Be&&(Fe=Be,ue&&(Be=1-Be),n.clearDepth(Be))},reset:function(){O=!1,oe=null,Ie=null,Fe=null,ue=!1}}}function r(){let O=!1,ue=null,oe=null,Ie=null,Fe=null,Be=null,tt=null,Vt=null,ze=null;return{setTest:function(Pt){O||(Pt?nt(n.STENCIL_TEST):en(n.STENCIL_TEST))},setMask:function(Pt){ue!==Pt&&!O&&(n.stencilMask(Pt),ue=Pt)},setFunc:function(Pt,qt,rt){(oe!==Pt||Ie!==qt||Fe!==rt)&&(n.stencilFunc(Pt,qt,rt),oe=Pt,Ie=qt,Fe=rt)},setOp:function(Pt,qt,rt){(Be!==Pt||tt!==qt||Vt!==rt)&&(n.stencilOp(Pt,qt,rt),Be=Pt,tt=qt,Vt=rt)},setLocked:function(Pt){O=Pt},setClear:function(Pt){ze!==Pt&&(n.clearStencil(Pt),ze=Pt)},reset:function(){O=!1,ue=null,oe=null,Ie=null,Fe=null,Be=null,tt=null,Vt=null,ze=null}}}let s=new t,a=new i,o=new r,c={},l=new WeakMap,u={},d={},h={},p=new WeakMap,v=[],S=null,g=!1,_=null,M=null,C=null,E=null,U=null,N=null,x=null,T=new In(0,0,0),Z=0,X=!1,Y=null,re=null,pe=null,G=null,ve=null,ye=n.getParameter(n.MAX_COMBINED_TEXTURE_IMAGE_UNITS),ne=!1,Le=0,de=n.getParameter(n.VERSION);de.indexOf("WebGL")!==-1?(Le=parseFloat(/^WebGL (\d)/.exec(de)[1]),ne=Le>=1):de.indexOf("OpenGL ES")!==-1&&(Le=parseFloat(/^OpenGL ES (\d)/.exec(de)[1]),ne=Le>=2);let Re=null,ie={},je=n.getParameter(n.SCISSOR_BOX),Bt=n.getParameter(n.VIEWPORT),Me=new ui().fromArray(je),Xe=new ui().fromArray(Bt);function wt(O,ue,oe,Ie){let Fe=new Uint8Array(4),Be=n.createTexture();n.bindTexture(O,Be),n.texParameteri(O,n.TEXTURE_MIN_FILTER,n.NEAREST),n.texParameteri(O,n.TEXTURE_MAG_FILTER,n.NEAREST);for(let tt=0;tt<oe;tt++)O===n.TEXTURE_3D||O===n.TEXTURE_2D_ARRAY?n.texImage3D(ue,0,n.RGBA,1,1,Ie,0,n.RGBA,n.UNSIGNED_BYTE,Fe):n.texImage2D(ue+tt,0,n.RGBA,1,1,0,n.RGBA,n.UNSIGNED_BYTE,Fe);return Be}let $t={};$t[n.TEXTURE_2D]=wt(n.TEXTURE_2D,n.TEXTURE_2D,1),$t[n.TEXTURE_CUBE_MAP]=wt(n.TEXTURE_CUBE_MAP,n.TEXTURE_CUBE_MAP_POSITIVE_X,6),$t[n.TEXTURE_2D_ARRAY]=wt(n.TEXTURE_2D_ARRAY,n.TEXTURE_2D_ARRAY,1,1),$t[n.TEXTURE_3D]=wt(n.TEXTURE_3D,n.TEXTURE_3D,1,1),s.setClear(0,0,0,1),a.setClear(1),o.setClear(0),nt(n.DEPTH_TEST),a.setFunc(dl),ln(!1),sn(rg),nt(n.CULL_FACE),rn(go);function nt(O){u[O]!==!0&&(n.enable(O),u[O]=!0)}function en(O){u[O]!==!1&&(n.disable(O),u[O]=!1)}function Rn(O,ue){return h[O]!==ue?(n.bindFramebuffer(O,ue),h[O]=ue,O===n.DRAW_FRAMEBUFFER&&(h[n.FRAMEBUFFER]=ue),O===n.FRAMEBUFFER&&(h[n.DRAW_FRAMEBUFFER]=ue),!0):!1}function jt(O,ue){let oe=v,Ie=!1;if(O){oe=p.get(ue),oe===void 0&&(oe=[],p.set(ue,oe));let Fe=O.textures;if(oe.length!==Fe.length||oe[0]!==n.COLOR_ATTACHMENT0){for(let Be=0,tt=Fe.length;Be<tt;Be++)oe[Be]=n.COLOR_ATTACHMENT0+Be;oe.length=Fe.length,Ie=!0}}else oe[0]!==n.BACK&&(oe[0]=n.BACK,Ie=!0);Ie&&n.drawBuffers(oe)}function Cn(O){return S!==O?(n.useProgram(O),S=O,!0):!1}let mt={[_o]:n.FUNC_ADD,[tv]:n.FUNC_SUBTRACT,[nv]:n.FUNC_REVERSE_SUBTRACT};mt[iv]=n.MIN,mt[rv]=n.MAX;let Ot={[sv]:n.ZERO,[av]:n.ONE,[ov]:n.SRC_COLOR,[lg]:n.SRC_ALPHA,[dv]:n.SRC_ALPHA_SATURATE,[hv]:n.DST_COLOR,[cv]:n.DST_ALPHA,[lv]:n.ONE_MINUS_SRC_COLOR,[cg]:n.ONE_MINUS_SRC_ALPHA,[fv]:n.ONE_MINUS_DST_COLOR,[uv]:n.ONE_MINUS_DST_ALPHA,[pv]:n.CONSTANT_COLOR,[mv]:n.ONE_MINUS_CONSTANT_COLOR,[gv]:n.CONSTANT_ALPHA,[_v]:n.ONE_MINUS_CONSTANT_ALPHA};function rn(O,ue,oe,Ie,Fe,Be,tt,Vt,ze,Pt){if(O===go){g===!0&&(en(n.BLEND),g=!1);return}if(g===!1&&(nt(n.BLEND),g=!0),O!==ev){if(O!==_||Pt!==X){if((M!==_o||U!==_o)&&(n.blendEquation(n.FUNC_ADD),M=_o,U=_o),Pt)switch(O){case El:n.blendFuncSeparate(n.ONE,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case sg:n.blendFunc(n.ONE,n.ONE);break;case ag:n.blendFuncSeparate(n.ZERO,n.ONE_MINUS_SRC_COLOR,n.ZERO,n.ONE);break;case og:n.blendFuncSeparate(n.DST_COLOR,n.ONE_MINUS_SRC_ALPHA,n.ZERO,n.ONE);break;default:yn("WebGLState: Invalid blending: ",O);break}else switch(O){case El:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE_MINUS_SRC_ALPHA,n.ONE,n.ONE_MINUS_SRC_ALPHA);break;case sg:n.blendFuncSeparate(n.SRC_ALPHA,n.ONE,n.ONE,n.ONE);break;case ag:yn("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case og:yn("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:yn("WebGLState: Invalid blending: ",O);break}C=null,E=null,N=null,x=null,T.set(0,0,0),Z=0,_=O,X=Pt}return}Fe=Fe||ue,Be=Be||oe,tt=tt||Ie,(ue!==M||Fe!==U)&&(n.blendEquationSeparate(mt[ue],mt[Fe]),M=ue,U=Fe),(oe!==C||Ie!==E||Be!==N||tt!==x)&&(n.blendFuncSeparate(Ot[oe],Ot[Ie],Ot[Be],Ot[tt]),C=oe,E=Ie,N=Be,x=tt),(Vt.equals(T)===!1||ze!==Z)&&(n.blendColor(Vt.r,Vt.g,Vt.b,ze),T.copy(Vt),Z=ze),_=O,X=!1}function Wt(O,ue){O.side===Pr?en(n.CULL_FACE):nt(n.CULL_FACE);let oe=O.side===tr;ue&&(oe=!oe),ln(oe),O.blending===El&&O.transparent===!1?rn(go):rn(O.blending,O.blendEquation,O.blendSrc,O.blendDst,O.blendEquationAlpha,O.blendSrcAlpha,O.blendDstAlpha,O.blendColor,O.blendAlpha,O.premultipliedAlpha),a.setFunc(O.depthFunc),a.setTest(O.depthTest),a.setMask(O.depthWrite),s.setMask(O.colorWrite);let Ie=O.stencilWrite;o.setTest(Ie),Ie&&(o.setMask(O.stencilWriteMask),o.setFunc(O.stencilFunc,O.stencilRef,O.stencilFuncMask),o.setOp(O.stencilFail,O.stencilZFail,O.stencilZPass)),Xn(O.polygonOffset,O.polygonOffsetFactor,O.polygonOffsetUnits),O.alphaToCoverage===!0?nt(n.SAMPLE_ALPHA_TO_COVERAGE):en(n.SAMPLE_ALPHA_TO_COVERAGE)}function ln(O){Y!==O&&(O?n.frontFace(n.CW):n.frontFace(n.CCW),Y=O)}function sn(O){O!==K_?(nt(n.CULL_FACE),O!==re&&(O===rg?n.cullFace(n.BACK):O===J_?n.cullFace(n.FRONT):n.cullFace(n.FRONT_AND_BACK))):en(n.CULL_FACE),re=O}function hi(O){O!==pe&&(ne&&n.lineWidth(O),pe=O)}function Xn(O,ue,oe){O?(nt(n.POLYGON_OFFSET_FILL),(G!==ue||ve!==oe)&&(G=ue,ve=oe,a.getReversed()&&(ue=-ue,oe=-oe),n.polygonOffset(ue,oe))):en(n.POLYGON_OFFSET_FILL)}function w(O){O?nt(n.SCISSOR_TEST):en(n.SCISSOR_TEST)}function ni(O){O===void 0&&(O=n.TEXTURE0+ye-1),Re!==O&&(n.activeTexture(O),Re=O)}function Qn(O,ue,oe){oe===void 0&&(Re===null?oe=n.TEXTURE0+ye-1:oe=Re);let Ie=ie[oe];Ie===void 0&&(Ie={type:void 0,texture:void 0},ie[oe]=Ie),(Ie.type!==O||Ie.texture!==ue)&&(Re!==oe&&(n.activeTexture(oe),Re=oe),n.bindTexture(O,ue||$t[O]),Ie.type=O,Ie.texture=ue)}function j(){let O=ie[Re];O!==void 0&&O.type!==void 0&&(n.bindTexture(O.type,null),O.type=void 0,O.texture=void 0)}function Gn(){try{n.compressedTexImage2D(...arguments)}catch(O){yn("WebGLState:",O)}}function vn(){try{n.compressedTexImage3D(...arguments)}catch(O){yn("WebGLState:",O)}}function Nn(){try{n.texSubImage2D(...arguments)}catch(O){yn("WebGLState:",O)}}function et(){try{n.texSubImage3D(...arguments)}catch(O){yn("WebGLState:",O)}}function _t(){try{n.compressedTexSubImage2D(...arguments)}catch(O){yn("WebGLState:",O)}}function kt(){try{n.compressedTexSubImage3D(...arguments)}catch(O){yn("WebGLState:",O)}}function Jt(){try{n.texStorage2D(...arguments)}catch(O){yn("WebGLState:",O)}}function D(){try{n.texStorage3D(...arguments)}catch(O){yn("WebGLState:",O)}}function y(){try{n.texImage2D(...arguments)}catch(O){yn("WebGLState:",O)}}function se(){try{n.texImage3D(...arguments)}catch(O){yn("WebGLState:",O)}}function Ye(O){return d[O]!==void 0?d[O]:n.getParameter(O)}function Ne(O,ue){d[O]!==ue&&(n.pixelStorei(O,ue),d[O]=ue)}function ut(O){Me.equals(O)===!1&&(n.scissor(O.x,O.y,O.z,O.w),Me.copy(O))}function ht(O){Xe.equals(O)===!1&&(n.viewport(O.x,O.y,O.z,O.w),Xe.copy(O))}function Te(O,ue){let oe=l.get(ue);oe===void 0&&(oe=new WeakMap,l.set(ue,oe));let Ie=oe.get(O);Ie===void 0&&(Ie=n.getUniformBlockIndex(ue,O.name),n.uniformBlockBinding(ue,Ie,Ie),oe.set(O,Ie))}function De(O,ue,oe){let Fe=l.get(ue).get(O);c[Fe]!==oe&&(n.bindBufferBase(n.UNIFORM_BUFFER,Fe,oe),c[Fe]=oe)}function Ae(){n.disable(n.BLEND),n.disable(n.CULL_FACE),n.disable(n.DEPTH_TEST),n.disable(n.POLYGON_OFFSET_FILL),n.disable(n.SCISSOR_TEST),n.disable(n.STENCIL_TEST),n.disable(n.SAMPLE_ALPHA_TO_COVERAGE),n.blendEquation(n.FUNC_ADD),n.blendFunc(n.ONE,n.ZERO),n.blendFuncSeparate(n.ONE,n.ZERO,n.ONE,n.ZERO),n.blendColor(0,0,0,0),n.colorMask(!0,!0,!0,!0),n.clearColor(0,0,0,0),n.depthMask(!0),n.depthFunc(n.LESS),a.setReversed(!1),n.clearDepth(1),n.stencilMask(4294967295),n.stencilFunc(n.ALWAYS,0,4294967295),n.stencilOp(n.KEEP,n.KEEP,n.KEEP),n.clearStencil(0),n.cullFace(n.BACK),n.frontFace(n.CCW),n.polygonOffset(0,0),n.activeTexture(n.TEXTURE0),n.bindFramebuffer(n.FRAMEBUFFER,null),n.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),n.bindFramebuffer(n.READ_FRAMEBUFFER,null),n.useProgram(null),n.lineWidth(1),n.scissor(0,0,n.canvas.width,n.canvas.height),n.viewport(0,0,n.canvas.width,n.canvas.height),n.pixelStorei(n.PACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_ALIGNMENT,4),n.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,!1),n.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),n.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,n.BROWSER_DEFAULT_WEBGL),n.pixelStorei(n.PACK_ROW_LENGTH,0),n.pixelStorei(n.PACK_SKIP_PIXELS,0),n.pixelStorei(n.PACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_ROW_LENGTH,0),n.pixelStorei(n.UNPACK_IMAGE_HEIGHT,0),n.pixelStorei(n.UNPACK_SKIP_PIXELS,0),n.pixelStorei(n.UNPACK_SKIP_ROWS,0),n.pixelStorei(n.UNPACK_SKIP_IMAGES,0),u={},d={},Re=null,ie={},h={},c={},p=new WeakMap,v=[],S=null,g=!1,_=null,M=null,C=null,E=null,U=null,N=null,x=null,T=new In(0,0,0),Z=0,X=!1,Y=null,re=null,pe=null,G=null,ve=null,Me.set(0,0,n.canvas.width,n.canvas.height),Xe.set(0,0,n.canvas.width,n.canvas.height),s.reset(),a.reset(),o.reset()}return{buffers:{color:s,depth:a,stencil:o},enable:nt,disable:en,bindFramebuffer:Rn,drawBuffers:jt,useProgram:Cn,setBlending:rn,setMaterial:Wt,setFlipSided:ln,setCullFace:sn,setLineWidth:hi,setPolygonOffset:Xn,setScissorTest:w,activeTexture:ni,bindTexture:Qn,unbindTexture:j,compressedTexImage2D:Gn,compressedTexImage3D:vn,texImage2D:y,texImage3D:se,pixelStorei:Ne,getParameter:Ye,updateUBOMapping:Te,uniformBlockBinding:De,texStorage2D:Jt,texStorage3D:D,texSubImage2D:Nn,texSubImage3D:et,compressedTexSubImage2D:_t,compressedTexSubImage3D:kt,scissor:ut,viewport:ht,reset:Ae}}function VT(n,e,t,i,r,s,a){let o=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,c=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),l=new _n,u=new WeakMap,d=new Set,h,p=new WeakMap,v=new Set,S=new FinalizationRegistry(D=>v.delete(D)),g=!1;try{g=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function _(D,y){return g?new OffscreenCanvas(D,y):Gc("canvas")}function M(D,y,se){let Ye=1,Ne=Jt(D);if((Ne.width>se||Ne.height>se)&&(Ye=se/Math.max(Ne.width,Ne.height)),Ye<1)if(typeof HTMLImageElement<"u"&&D instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&D instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&D instanceof ImageBitmap||typeof VideoFrame<"u"&&D instanceof VideoFrame){let ut=Math.floor(Ye*Ne.width),ht=Math.floor(Ye*Ne.height);h===void 0&&(h=_(ut,ht));let Te=y?_(ut,ht):h;return Te.width=ut,Te.height=ht,Te.getContext("2d").drawImage(D,0,0,ut,ht),dn("WebGLRenderer: Texture has been resized from ("+Ne.width+"x"+Ne.height+") to ("+ut+"x"+ht+")."),Te}else return"data"in D&&dn("WebGLRenderer: Image in DataTexture is too big ("+Ne.width+"x"+Ne.height+")."),D;return D}function C(D){return D.generateMipmaps}function E(D){n.generateMipmap(D)}function U(D){return D.isWebGLCubeRenderTarget?n.TEXTURE_CUBE_MAP:D.isWebGL3DRenderTarget?n.TEXTURE_3D:D.isWebGLArrayRenderTarget||D.isCompressedArrayTexture?n.TEXTURE_2D_ARRAY:n.TEXTURE_2D}function N(D,y,se,Ye,Ne,ut=!1){if(D!==null){if(n[D]!==void 0)return n[D];dn("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+D+"'")}let ht;Ye&&(ht=e.get("EXT_texture_norm16"),ht||dn("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let Te=y;if(y===n.RED&&(se===n.FLOAT&&(Te=n.R32F),se===n.HALF_FLOAT&&(Te=n.R16F),se===n.UNSIGNED_BYTE&&(Te=n.R8),se===n.UNSIGNED_SHORT&&ht&&(Te=ht.R16_EXT),se===n.SHORT&&ht&&(Te=ht.R16_SNORM_EXT)),y===n.RED_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.R8UI),se===n.UNSIGNED_SHORT&&(Te=n.R16UI),se===n.UNSIGNED_INT&&(Te=n.R32UI),se===n.BYTE&&(Te=n.R8I),se===n.SHORT&&(Te=n.R16I),se===n.INT&&(Te=n.R32I)),y===n.RG&&(se===n.FLOAT&&(Te=n.RG32F),se===n.HALF_FLOAT&&(Te=n.RG16F),se===n.UNSIGNED_BYTE&&(Te=n.RG8),se===n.UNSIGNED_SHORT&&ht&&(Te=ht.RG16_EXT),se===n.SHORT&&ht&&(Te=ht.RG16_SNORM_EXT)),y===n.RG_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RG8UI),se===n.UNSIGNED_SHORT&&(Te=n.RG16UI),se===n.UNSIGNED_INT&&(Te=n.RG32UI),se===n.BYTE&&(Te=n.RG8I),se===n.SHORT&&(Te=n.RG16I),se===n.INT&&(Te=n.RG32I)),y===n.RGB_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RGB8UI),se===n.UNSIGNED_SHORT&&(Te=n.RGB16UI),se===n.UNSIGNED_INT&&(Te=n.RGB32UI),se===n.BYTE&&(Te=n.RGB8I),se===n.SHORT&&(Te=n.RGB16I),se===n.INT&&(Te=n.RGB32I)),y===n.RGBA_INTEGER&&(se===n.UNSIGNED_BYTE&&(Te=n.RGBA8UI),se===n.UNSIGNED_SHORT&&(Te=n.RGBA16UI),se===n.UNSIGNED_INT&&(Te=n.RGBA32UI),se===n.BYTE&&(Te=n.RGBA8I),se===n.SHORT&&(Te=n.RGBA16I),se===n.INT&&(Te=n.RGBA32I)),y===n.RGB&&(se===n.UNSIGNED_SHORT&&ht&&(Te=ht.RGB16_EXT),se===n.SHORT&&ht&&(Te=ht.RGB16_SNORM_EXT),se===n.UNSIGNED_INT_5_9_9_9_REV&&(Te=n.RGB9_E5),se===n.UNSIGNED_INT_10F_11F_11F_REV&&(Te=n.R11F_G11F_B10F)),y===n.RGBA){let De=ut?kc:Bn.getTransfer(Ne);se===n.FLOAT&&(Te=n.RGBA32F),se===n.HALF_FLOAT&&(Te=n.RGBA16F),se===n.UNSIGNED_BYTE&&(Te=De===qn?n.SRGB8_ALPHA8:n.RGBA8),se===n.UNSIGNED_SHORT&&ht&&(Te=ht.RGBA16_EXT),se===n.SHORT&&ht&&(Te=ht.RGBA16_SNORM_EXT),se===n.UNSIGNED_SHORT_4_4_4_4&&(Te=n.RGBA4),se===n.UNSIGNED_SHORT_5_5_5_1&&(Te=n.RGB5_A1)}return(Te===n.R16F||Te===n.R32F||Te===n.RG16F||Te===n.RG32F||Te===n.RGBA16F||Te===n.RGBA32F)&&e.get("EXT_color_buffer_float"),Te}function x(D,y){let se;return D?y===null||y===Yr||y===xo?se=n.DEPTH24_STENCIL8:y===qr?se=n.DEPTH32F_STENCIL8:y===Tl&&(se=n.DEPTH24_STENCIL8,dn("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):y===null||y===Yr||y===xo?se=n.DEPTH_COMPONENT24:y===qr?se=n.DEPTH_COMPONENT32F:y===Tl&&(se=n.DEPTH_COMPONENT16),se}function T(D,y){return C(D)===!0||D.isFramebufferTexture&&D.minFilter!==Bi&&D.minFilter!==Qi?Math.log2(Math.max(y.width,y.height))+1:D.mipmaps.length>0?D.mipmaps.length:D.isCompressedTexture&&Array.isArray(D.image)?y.mipmaps.length:1}function Z(D){let y=new WeakRef(D);i.get(D).__ref=y,v.add(y),S.register(D,y,y)}function X(D){let y=i.get(D).__ref;y!==void 0&&(v.delete(y),S.unregister(y))}function Y(D){pe(D.target)}function re(D){G(D.target)}function pe(D){D.removeEventListener("dispose",Y),X(D),ye(D),D.isVideoTexture&&u.delete(D),D.isHTMLTexture&&d.delete(D)}function G(D){D.removeEventListener("dispose",re),X(D),Le(D)}function ve(){for(let D of v){let y=D.deref();y!==void 0&&(y.isRenderTarget===!0?G(y):pe(y))}v.clear(),d.clear()}function ye(D){let y=i.get(D);if(y.__webglInit===void 0)return;let se=D.source,Ye=p.get(se);if(Ye){let Ne=Ye[y.__cacheKey];Ne.usedTimes--,Ne.usedTimes===0&&ne(D),Object.keys(Ye).length===0&&p.delete(se)}i.remove(D)}function ne(D){let y=i.get(D);n.deleteTexture(y.__webglTexture);let se=D.source,Ye=p.get(se);delete Ye[y.__cacheKey],a.memory.textures--}function Le(D){let y=i.get(D);y.__depthDisposeCallback&&y.__depthDisposeCallback();let se=D.depthTexture;if(se&&se.renderTarget===D&&pe(se),D.isWebGLCubeRenderTarget)for(let Ne=0;Ne<6;Ne++){if(Array.isArray(y.__webglFramebuffer[Ne]))for(let ut=0;ut<y.__webglFramebuffer[Ne].length;ut++)n.deleteFramebuffer(y.__webglFramebuffer[Ne][ut]);else n.deleteFramebuffer(y.__webglFramebuffer[Ne]);y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer[Ne])}else{if(Array.isArray(y.__webglFramebuffer))for(let Ne=0;Ne<y.__webglFramebuffer.length;Ne++)n.deleteFramebuffer(y.__webglFramebuffer[Ne]);else n.deleteFramebuffer(y.__webglFramebuffer);if(y.__webglDepthbuffer&&n.deleteRenderbuffer(y.__webglDepthbuffer),y.__webglMultisampledFramebuffer&&n.deleteFramebuffer(y.__webglMultisampledFramebuffer),y.__webglColorRenderbuffer)for(let Ne=0;Ne<y.__webglColorRenderbuffer.length;Ne++)y.__webglColorRenderbuffer[Ne]&&n.deleteRenderbuffer(y.__webglColorRenderbuffer[Ne]);y.__webglDepthRenderbuffer&&n.deleteRenderbuffer(y.__webglDepthRenderbuffer)}let Ye=D.textures;for(let Ne=0,ut=Ye.length;Ne<ut;Ne++){let ht=i.get(Ye[Ne]);ht.__webglTexture&&(n.deleteTexture(ht.__webglTexture),a.memory.textures--),i.remove(Ye[Ne])}i.remove(D)}let de=0;function Re(){de=0}function ie(){return de}function je(D){de=D}function Bt(){let D=de;return D>=r.maxTextures&&dn("WebGLTextures: Trying to use "+(D+1)+" texture units while this GPU supports only "+r.maxTextures),de+=1,D}function Me(D){let y=[];return y.push(D.wrapS),y.push(D.wrapT),y.push(D.wrapR||0),y.push(D.magFilter),y.push(D.minFilter),y.push(D.anisotropy),y.push(D.internalFormat),y.push(D.format),y.push(D.type),y.push(D.generateMipmaps),y.push(D.mipmapsAutoUpdate),y.push(D.premultiplyAlpha),y.push(D.flipY),y.push(D.unpackAlignment),y.push(D.colorSpace),y.join()}function Xe(D,y){let se=i.get(D);if(D.isVideoTexture&&_t(D),D.isRenderTargetTexture===!1&&D.isExternalTexture!==!0&&D.version>0&&se.__version!==D.version){let Ye=D.image;if(Ye===null)dn("WebGLRenderer: Texture marked for update but no image data found.");else if(Ye.complete===!1)dn("WebGLRenderer: Texture marked for update but image is incomplete");else{Wt(se,D,y);return}}else D.isExternalTexture&&(se.__webglTexture=D.sourceTexture?D.sourceTexture:null);t.bindTexture(n.TEXTURE_2D,se.__webglTexture,n.TEXTURE0+y)}function wt(D,y){let se=i.get(D);if(D.isRenderTargetTexture===!1&&D.version>0&&se.__version!==D.version){Wt(se,D,y);return}else D.isExternalTexture&&(se.__webglTexture=D.sourceTexture?D.sourceTexture:null);t.bindTexture(n.TEXTURE_2D_ARRAY,se.__webglTexture,n.TEXTURE0+y)}function $t(D,y){let se=i.get(D);if(D.isRenderTargetTexture===!1&&D.version>0&&se.__version!==D.version){Wt(se,D,y);return}t.bindTexture(n.TEXTURE_3D,se.__webglTexture,n.TEXTURE0+y)}function nt(D,y){let se=i.get(D);if(D.version>0&&se.__version!==D.version){ln(se,D,y);return}t.bindTexture(n.TEXTURE_CUBE_MAP,se.__webglTexture,n.TEXTURE0+y)}let en={[yf]:n.REPEAT,[fs]:n.CLAMP_TO_EDGE,[Sf]:n.MIRRORED_REPEAT},Rn={[Bi]:n.NEAREST,[yv]:n.NEAREST_MIPMAP_NEAREST,[cu]:n.NEAREST_MIPMAP_LINEAR,[Qi]:n.LINEAR,[Jf]:n.LINEAR_MIPMAP_NEAREST,[Xs]:n.LINEAR_MIPMAP_LINEAR},jt={[Ev]:n.NEVER,[wg]:n.ALWAYS,[Av]:n.LESS,[Ag]:n.LEQUAL,[Tv]:n.EQUAL,[Tg]:n.GEQUAL,[wv]:n.GREATER,[Cv]:n.NOTEQUAL};function Cn(D,y){if(y.type===qr&&e.has("OES_texture_float_linear")===!1&&(y.magFilter===Qi||y.magFilter===Jf||y.magFilter===cu||y.magFilter===Xs||y.minFilter===Qi||y.minFilter===Jf||y.minFilter===cu||y.minFilter===Xs)&&dn("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),n.texParameteri(D,n.TEXTURE_WRAP_S,en[y.wrapS]),n.texParameteri(D,n.TEXTURE_WRAP_T,en[y.wrapT]),(D===n.TEXTURE_3D||D===n.TEXTURE_2D_ARRAY)&&n.texParameteri(D,n.TEXTURE_WRAP_R,en[y.wrapR]),n.texParameteri(D,n.TEXTURE_MAG_FILTER,Rn[y.magFilter]),n.texParameteri(D,n.TEXTURE_MIN_FILTER,Rn[y.minFilter]),y.compareFunction&&(n.texParameteri(D,n.TEXTURE_COMPARE_MODE,n.COMPARE_REF_TO_TEXTURE),n.texParameteri(D,n.TEXTURE_COMPARE_FUNC,jt[y.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(y.magFilter===Bi||y.minFilter!==cu&&y.minFilter!==Xs||y.type===qr&&e.has("OES_texture_float_linear")===!1)return;if(y.anisotropy>1||i.get(y).__currentAnisotropy){let se=e.get("EXT_texture_filter_anisotropic");n.texParameterf(D,se.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(y.anisotropy,r.getMaxAnisotropy())),i.get(y).__currentAnisotropy=y.anisotropy}}}function mt(D,y){let se=!1;D.__webglInit===void 0&&(D.__webglInit=!0,y.addEventListener("dispose",Y),Z(y));let Ye=y.source,Ne=p.get(Ye);Ne===void 0&&(Ne={},p.set(Ye,Ne));let ut=Me(y);if(ut!==D.__cacheKey){Ne[ut]===void 0&&(Ne[ut]={texture:n.createTexture(),usedTimes:0},a.memory.textures++,se=!0),Ne[ut].usedTimes++;let ht=Ne[D.__cacheKey];ht!==void 0&&(Ne[D.__cacheKey].usedTimes--,ht.usedTimes===0&&ne(y)),D.__cacheKey=ut,D.__webglTexture=Ne[ut].texture}return se}function Ot(D,y,se){return Math.floor(Math.floor(D/se)/y)}function rn(D,y,se,Ye){let ut=D.updateRanges;if(ut.length===0)t.texSubImage2D(n.TEXTURE_2D,0,0,0,y.width,y.height,se,Ye,y.data);else{ut.sort((O,ue)=>O.start-ue.start);let ht=0;for(let O=1;O<ut.length;O++){let ue=ut[ht],oe=ut[O],Ie=ue.start+ue.count,Fe=Ot(oe.start,y.width,4),Be=Ot(ue.start,y.width,4);oe.start<=Ie+1&&Fe===Be&&Ot(oe.start+oe.count-1,y.width,4)===Fe?ue.count=Math.max(ue.count,oe.start+oe.count-ue.start):(++ht,ut[ht]=oe)}ut.length=ht+1;let Te=t.getParameter(n.UNPACK_ROW_LENGTH),De=t.getParameter(n.UNPACK_SKIP_PIXELS),Ae=t.getParameter(n.UNPACK_SKIP_ROWS);t.pixelStorei(n.UNPACK_ROW_LENGTH,y.width);for(let O=0,ue=ut.length;O<ue;O++){let oe=ut[O],Ie=Math.floor(oe.start/4),Fe=Math.ceil(oe.count/4),Be=Ie%y.width,tt=Math.floor(Ie/y.width),Vt=Fe,ze=1;t.pixelStorei(n.UNPACK_SKIP_PIXELS,Be),t.pixelStorei(n.UNPACK_SKIP_ROWS,tt),t.texSubImage2D(n.TEXTURE_2D,0,Be,tt,Vt,ze,se,Ye,y.data)}D.clearUpdateRanges(),t.pixelStorei(n.UNPACK_ROW_LENGTH,Te),t.pixelStorei(n.UNPACK_SKIP_PIXELS,De),t.pixelStorei(n.UNPACK_SKIP_ROWS,Ae)}}function Wt(D,y,se){let Ye=n.TEXTURE_2D;(y.isDataArrayTexture||y.isCompressedArrayTexture)&&(Ye=n.TEXTURE_2D_ARRAY),y.isData3DTexture&&(Ye=n.TEXTURE_3D);let Ne=mt(D,y),ut=y.source;t.bindTexture(Ye,D.__webglTexture,n.TEXTURE0+se);let ht=i.get(ut);if(ut.version!==ht.__version||Ne===!0){if(t.activeTexture(n.TEXTURE0+se),(typeof ImageBitmap<"u"&&y.image instanceof ImageBitmap)===!1){let ze=Bn.getPrimaries(Bn.workingColorSpace),Pt=y.colorSpace===Ys?null:Bn.getPrimaries(y.colorSpace),qt=y.colorSpace===Ys||ze===Pt?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,qt)}t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment);let De=M(y.image,!1,r.maxTextureSize);De=kt(y,De);let Ae=s.convert(y.format,y.colorSpace),O=s.convert(y.type),ue=N(y.internalFormat,Ae,O,y.normalized,y.colorSpace,y.isVideoTexture);Cn(Ye,y);let oe,Ie=y.mipmaps,Fe=y.isVideoTexture!==!0,Be=ht.__version===void 0||Ne===!0,tt=ut.dataReady,Vt=T(y,De);if(y.isDepthTexture)ue=x(y.format===$s,y.type),Be&&(Fe?t.texStorage2D(n.TEXTURE_2D,1,ue,De.width,De.height):t.texImage2D(n.TEXTURE_2D,0,ue,De.width,De.height,0,Ae,O,null));else if(y.isDataTexture)if(Ie.length>0){Fe&&Be&&t.texStorage2D(n.TEXTURE_2D,Vt,ue,Ie[0].width,Ie[0].height);for(let ze=0,Pt=Ie.length;ze<Pt;ze++)oe=Ie[ze],Fe?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,O,oe.data):t.texImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,Ae,O,oe.data);y.generateMipmaps=!1}else Fe?(Be&&t.texStorage2D(n.TEXTURE_2D,Vt,ue,De.width,De.height),tt&&rn(y,De,Ae,O)):t.texImage2D(n.TEXTURE_2D,0,ue,De.width,De.height,0,Ae,O,De.data);else if(y.isCompressedTexture)if(y.isCompressedArrayTexture){Fe&&Be&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Vt,ue,Ie[0].width,Ie[0].height,De.depth);for(let ze=0,Pt=Ie.length;ze<Pt;ze++)if(oe=Ie[ze],y.format!==jr)if(Ae!==null)if(Fe){if(tt)if(y.layerUpdates.size>0){let qt=Ug(oe.width,oe.height,y.format,y.type);for(let rt of y.layerUpdates){let un=oe.data.subarray(rt*qt/oe.data.BYTES_PER_ELEMENT,(rt+1)*qt/oe.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,rt,oe.width,oe.height,1,Ae,un)}}else t.compressedTexSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,oe.width,oe.height,De.depth,Ae,oe.data)}else t.compressedTexImage3D(n.TEXTURE_2D_ARRAY,ze,ue,oe.width,oe.height,De.depth,0,oe.data,0,0);else dn("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else Fe?tt&&t.texSubImage3D(n.TEXTURE_2D_ARRAY,ze,0,0,0,oe.width,oe.height,De.depth,Ae,O,oe.data):t.texImage3D(n.TEXTURE_2D_ARRAY,ze,ue,oe.width,oe.height,De.depth,0,Ae,O,oe.data);y.layerUpdates.size>0&&y.clearLayerUpdates()}else{Fe&&Be&&t.texStorage2D(n.TEXTURE_2D,Vt,ue,Ie[0].width,Ie[0].height);for(let ze=0,Pt=Ie.length;ze<Pt;ze++)oe=Ie[ze],y.format!==jr?Ae!==null?Fe?tt&&t.compressedTexSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,oe.data):t.compressedTexImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,oe.data):dn("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):Fe?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,oe.width,oe.height,Ae,O,oe.data):t.texImage2D(n.TEXTURE_2D,ze,ue,oe.width,oe.height,0,Ae,O,oe.data)}else if(y.isDataArrayTexture)if(Fe){if(Be&&t.texStorage3D(n.TEXTURE_2D_ARRAY,Vt,ue,De.width,De.height,De.depth),tt)if(y.layerUpdates.size>0){let ze=Ug(De.width,De.height,y.format,y.type);for(let Pt of y.layerUpdates){let qt=De.data.subarray(Pt*ze/De.data.BYTES_PER_ELEMENT,(Pt+1)*ze/De.data.BYTES_PER_ELEMENT);t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,Pt,De.width,De.height,1,Ae,O,qt)}y.clearLayerUpdates()}else t.texSubImage3D(n.TEXTURE_2D_ARRAY,0,0,0,0,De.width,De.height,De.depth,Ae,O,De.data)}else t.texImage3D(n.TEXTURE_2D_ARRAY,0,ue,De.width,De.height,De.depth,0,Ae,O,De.data);else if(y.isData3DTexture)Fe?(Be&&t.texStorage3D(n.TEXTURE_3D,Vt,ue,De.width,De.height,De.depth),tt&&t.texSubImage3D(n.TEXTURE_3D,0,0,0,0,De.width,De.height,De.depth,Ae,O,De.data)):t.texImage3D(n.TEXTURE_3D,0,ue,De.width,De.height,De.depth,0,Ae,O,De.data);else if(y.isFramebufferTexture){if(Be)if(Fe)t.texStorage2D(n.TEXTURE_2D,Vt,ue,De.width,De.height);else{let ze=De.width,Pt=De.height;for(let qt=0;qt<Vt;qt++)t.texImage2D(n.TEXTURE_2D,qt,ue,ze,Pt,0,Ae,O,null),ze>>=1,Pt>>=1}}else if(y.isHTMLTexture){if("texElementImage2D"in n){let ze=n.canvas;if(ze.hasAttribute("layoutsubtree")||ze.setAttribute("layoutsubtree","true"),De.parentNode!==ze){ze.appendChild(De),d.add(y),ze.onpaint=Pt=>{let qt=Pt.changedElements;for(let rt of d)qt.includes(rt.image)&&(rt.needsUpdate=!0)},ze.requestPaint();return}if(n.texElementImage2D.length===3)n.texElementImage2D(n.TEXTURE_2D,n.RGBA8,De);else{let qt=n.RGBA,rt=n.RGBA,un=n.UNSIGNED_BYTE;n.texElementImage2D(n.TEXTURE_2D,0,qt,rt,un,De)}n.texParameteri(n.TEXTURE_2D,n.TEXTURE_MIN_FILTER,n.LINEAR),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_S,n.CLAMP_TO_EDGE),n.texParameteri(n.TEXTURE_2D,n.TEXTURE_WRAP_T,n.CLAMP_TO_EDGE)}}else if(Ie.length>0){if(Fe&&Be){let ze=Jt(Ie[0]);t.texStorage2D(n.TEXTURE_2D,Vt,ue,ze.width,ze.height)}for(let ze=0,Pt=Ie.length;ze<Pt;ze++)oe=Ie[ze],Fe?tt&&t.texSubImage2D(n.TEXTURE_2D,ze,0,0,Ae,O,oe):t.texImage2D(n.TEXTURE_2D,ze,ue,Ae,O,oe);y.generateMipmaps=!1}else if(Fe){if(Be){let ze=Jt(De);t.texStorage2D(n.TEXTURE_2D,Vt,ue,ze.width,ze.height)}tt&&t.texSubImage2D(n.TEXTURE_2D,0,0,0,Ae,O,De)}else t.texImage2D(n.TEXTURE_2D,0,ue,Ae,O,De);C(y)&&y.mipmapsAutoUpdate===!0&&E(Ye),ht.__version=ut.version,y.onUpdate&&y.onUpdate(y)}D.__version=y.version}function ln(D,y,se){if(y.image.length!==6)return;let Ye=mt(D,y),Ne=y.source;t.bindTexture(n.TEXTURE_CUBE_MAP,D.__webglTexture,n.TEXTURE0+se);let ut=i.get(Ne);if(Ne.version!==ut.__version||Ye===!0){t.activeTexture(n.TEXTURE0+se);let ht=Bn.getPrimaries(Bn.workingColorSpace),Te=y.colorSpace===Ys?null:Bn.getPrimaries(y.colorSpace),De=y.colorSpace===Ys||ht===Te?n.NONE:n.BROWSER_DEFAULT_WEBGL;t.pixelStorei(n.UNPACK_FLIP_Y_WEBGL,y.flipY),t.pixelStorei(n.UNPACK_PREMULTIPLY_ALPHA_WEBGL,y.premultiplyAlpha),t.pixelStorei(n.UNPACK_ALIGNMENT,y.unpackAlignment),t.pixelStorei(n.UNPACK_COLORSPACE_CONVERSION_WEBGL,De);let Ae=y.isCompressedTexture||y.image[0].isCompressedTexture,O=y.image[0]&&y.image[0].isDataTexture,ue=[];for(let rt=0;rt<6;rt++)!Ae&&!O?ue[rt]=M(y.image[rt],!0,r.maxCubemapSize):ue[rt]=O?y.image[rt].image:y.image[rt],ue[rt]=kt(y,ue[rt]);let oe=ue[0],Ie=s.convert(y.format,y.colorSpace),Fe=s.convert(y.type),Be=N(y.internalFormat,Ie,Fe,y.normalized,y.colorSpace),tt=y.isVideoTexture!==!0,Vt=ut.__version===void 0||Ye===!0,ze=Ne.dataReady,Pt=T(y,oe);Cn(n.TEXTURE_CUBE_MAP,y);let qt;if(y.isDepthTexture){if(Be=x(y.format===$s,y.type),Vt)if(tt)t.texStorage2D(n.TEXTURE_CUBE_MAP,1,Be,oe.width,oe.height);else for(let rt=0;rt<6;rt++)t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,Be,oe.width,oe.height,0,Ie,Fe,null)}else if(Ae){tt&&Vt&&t.texStorage2D(n.TEXTURE_CUBE_MAP,Pt,Be,oe.width,oe.height);for(let rt=0;rt<6;rt++){qt=ue[rt].mipmaps;for(let un=0;un<qt.length;un++){let Zn=qt[un];y.format!==jr?Ie!==null?tt?ze&&t.compressedTexSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un,0,0,Zn.width,Zn.height,Ie,Zn.data):t.compressedTexImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un,Be,Zn.width,Zn.height,0,Zn.data):dn("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un,0,0,Zn.width,Zn.height,Ie,Fe,Zn.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un,Be,Zn.width,Zn.height,0,Ie,Fe,Zn.data)}}}else{if(qt=y.mipmaps,tt&&Vt){qt.length>0&&Pt++;let rt=Jt(ue[0]);t.texStorage2D(n.TEXTURE_CUBE_MAP,Pt,Be,rt.width,rt.height)}for(let rt=0;rt<6;rt++)if(O){tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,0,0,ue[rt].width,ue[rt].height,Ie,Fe,ue[rt].data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,Be,ue[rt].width,ue[rt].height,0,Ie,Fe,ue[rt].data);for(let un=0;un<qt.length;un++){let An=qt[un].image[rt].image;tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un+1,0,0,An.width,An.height,Ie,Fe,An.data):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un+1,Be,An.width,An.height,0,Ie,Fe,An.data)}}else{tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,0,0,Ie,Fe,ue[rt]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,0,Be,Ie,Fe,ue[rt]);for(let un=0;un<qt.length;un++){let Zn=qt[un];tt?ze&&t.texSubImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un+1,0,0,Ie,Fe,Zn.image[rt]):t.texImage2D(n.TEXTURE_CUBE_MAP_POSITIVE_X+rt,un+1,Be,Ie,Fe,Zn.image[rt])}}}C(y)&&y.mipmapsAutoUpdate===!0&&E(n.TEXTURE_CUBE_MAP),ut.__version=Ne.version,y.onUpdate&&y.onUpdate(y)}D.__version=y.version}function sn(D,y,se,Ye,Ne,ut){let ht=s.convert(se.format,se.colorSpace),Te=s.convert(se.type),De=N(se.internalFormat,ht,Te,se.normalized,se.colorSpace),Ae=i.get(y),O=i.get(se);if(O.__renderTarget=y,!Ae.__hasExternalTextures){let ue=Math.max(1,y.width>>ut),oe=Math.max(1,y.height>>ut);Ne===n.TEXTURE_3D||Ne===n.TEXTURE_2D_ARRAY?t.texImage3D(Ne,ut,De,ue,oe,y.depth,0,ht,Te,null):t.texImage2D(Ne,ut,De,ue,oe,0,ht,Te,null)}t.bindFramebuffer(n.FRAMEBUFFER,D),et(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ye,Ne,O.__webglTexture,0,Nn(y)):(Ne===n.TEXTURE_2D||Ne>=n.TEXTURE_CUBE_MAP_POSITIVE_X&&Ne<=n.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&n.framebufferTexture2D(n.FRAMEBUFFER,Ye,Ne,O.__webglTexture,ut),t.bindFramebuffer(n.FRAMEBUFFER,null)}function hi(D,y,se){if(n.bindRenderbuffer(n.RENDERBUFFER,D),y.depthBuffer){let Ye=y.depthTexture,Ne=Ye&&Ye.isDepthTexture?Ye.type:null,ut=x(y.stencilBuffer,Ne),ht=y.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;et(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Nn(y),ut,y.width,y.height):se?n.renderbufferStorageMultisample(n.RENDERBUFFER,Nn(y),ut,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,ut,y.width,y.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,ht,n.RENDERBUFFER,D)}else{let Ye=y.textures;for(let Ne=0;Ne<Ye.length;Ne++){let ut=Ye[Ne],ht=s.convert(ut.format,ut.colorSpace),Te=s.convert(ut.type),De=N(ut.internalFormat,ht,Te,ut.normalized,ut.colorSpace);et(y)?o.renderbufferStorageMultisampleEXT(n.RENDERBUFFER,Nn(y),De,y.width,y.height):se?n.renderbufferStorageMultisample(n.RENDERBUFFER,Nn(y),De,y.width,y.height):n.renderbufferStorage(n.RENDERBUFFER,De,y.width,y.height)}}n.bindRenderbuffer(n.RENDERBUFFER,null)}function Xn(D,y,se){let Ye=y.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(n.FRAMEBUFFER,D),!(y.depthTexture&&y.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let Ne=i.get(y.depthTexture);Ne.__renderTarget=y;let ut=Ye?y.depthTexture.image[0]:y.depthTexture.image;(!Ne.__webglTexture||ut.width!==y.width||ut.height!==y.height)&&(ut.width=y.width,ut.height=y.height,y.depthTexture.needsUpdate=!0),Ye?nt(y.depthTexture,0):Xe(y.depthTexture,0);let ht=Ne.__webglTexture,Te=Nn(y),De=Ye?n.TEXTURE_CUBE_MAP_POSITIVE_X+se:n.TEXTURE_2D,Ae=y.depthTexture.format===$s?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;if(y.depthTexture.format===Gs)et(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ae,De,ht,0,Te):n.framebufferTexture2D(n.FRAMEBUFFER,Ae,De,ht,0);else if(y.depthTexture.format===$s)et(y)?o.framebufferTexture2DMultisampleEXT(n.FRAMEBUFFER,Ae,De,ht,0,Te):n.framebufferTexture2D(n.FRAMEBUFFER,Ae,De,ht,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function w(D){let y=i.get(D),se=D.isWebGLCubeRenderTarget===!0;if(y.__boundDepthTexture!==D.depthTexture){let Ye=D.depthTexture;if(y.__depthDisposeCallback&&y.__depthDisposeCallback(),Ye){let Ne=()=>{delete y.__boundDepthTexture,delete y.__depthDisposeCallback,Ye.removeEventListener("dispose",Ne)};Ye.addEventListener("dispose",Ne),y.__depthDisposeCallback=Ne}y.__boundDepthTexture=Ye}if(D.depthTexture&&!y.__autoAllocateDepthBuffer)if(se)for(let Ye=0;Ye<6;Ye++)Xn(y.__webglFramebuffer[Ye],D,Ye);else D.texture.mipmaps.length>0?Xn(y.__webglFramebuffer[0],D,0):Xn(y.__webglFramebuffer,D,0);else if(se){y.__webglDepthbuffer=[];for(let Ye=0;Ye<6;Ye++)if(t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[Ye]),y.__webglDepthbuffer[Ye]===void 0)y.__webglDepthbuffer[Ye]=n.createRenderbuffer(),hi(y.__webglDepthbuffer[Ye],D,!1);else{let Ne=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ut=y.__webglDepthbuffer[Ye];n.bindRenderbuffer(n.RENDERBUFFER,ut),n.framebufferRenderbuffer(n.FRAMEBUFFER,Ne,n.RENDERBUFFER,ut)}}else if(D.texture.mipmaps.length>0?t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer[0]):t.bindFramebuffer(n.FRAMEBUFFER,y.__webglFramebuffer),y.__webglDepthbuffer===void 0)y.__webglDepthbuffer=n.createRenderbuffer(),hi(y.__webglDepthbuffer,D,!1);else{let Ne=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ut=y.__webglDepthbuffer;n.bindRenderbuffer(n.RENDERBUFFER,ut),n.framebufferRenderbuffer(n.FRAMEBUFFER,Ne,n.RENDERBUFFER,ut)}t.bindFramebuffer(n.FRAMEBUFFER,null)}function ni(D,y,se){let Ye=i.get(D);y!==void 0&&sn(Ye.__webglFramebuffer,D,D.texture,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,0),se!==void 0&&w(D)}function Qn(D){let y=D.texture,se=i.get(D),Ye=i.get(y);D.addEventListener("dispose",re),Z(D);let Ne=D.textures,ut=D.isWebGLCubeRenderTarget===!0,ht=Ne.length>1;if(ht||(Ye.__webglTexture===void 0&&(Ye.__webglTexture=n.createTexture()),Ye.__version=y.version,a.memory.textures++),ut){se.__webglFramebuffer=[];for(let Te=0;Te<6;Te++)if(y.mipmaps.length>0){se.__webglFramebuffer[Te]=[];for(let De=0;De<y.mipmaps.length;De++)se.__webglFramebuffer[Te][De]=n.createFramebuffer()}else se.__webglFramebuffer[Te]=n.createFramebuffer()}else{if(y.mipmaps.length>0){se.__webglFramebuffer=[];for(let Te=0;Te<y.mipmaps.length;Te++)se.__webglFramebuffer[Te]=n.createFramebuffer()}else se.__webglFramebuffer=n.createFramebuffer();if(ht)for(let Te=0,De=Ne.length;Te<De;Te++){let Ae=i.get(Ne[Te]);Ae.__webglTexture===void 0&&(Ae.__webglTexture=n.createTexture(),a.memory.textures++)}if(D.samples>0&&et(D)===!1){se.__webglMultisampledFramebuffer=n.createFramebuffer(),se.__webglColorRenderbuffer=[],t.bindFramebuffer(n.FRAMEBUFFER,se.__webglMultisampledFramebuffer);for(let Te=0;Te<Ne.length;Te++){let De=Ne[Te];se.__webglColorRenderbuffer[Te]=n.createRenderbuffer(),n.bindRenderbuffer(n.RENDERBUFFER,se.__webglColorRenderbuffer[Te]);let Ae=s.convert(De.format,De.colorSpace),O=s.convert(De.type),ue=N(De.internalFormat,Ae,O,De.normalized,De.colorSpace,D.isXRRenderTarget===!0),oe=Nn(D);n.renderbufferStorageMultisample(n.RENDERBUFFER,oe,ue,D.width,D.height),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Te,n.RENDERBUFFER,se.__webglColorRenderbuffer[Te])}n.bindRenderbuffer(n.RENDERBUFFER,null),D.depthBuffer&&(se.__webglDepthRenderbuffer=n.createRenderbuffer(),hi(se.__webglDepthRenderbuffer,D,!0)),t.bindFramebuffer(n.FRAMEBUFFER,null)}}if(ut){t.bindTexture(n.TEXTURE_CUBE_MAP,Ye.__webglTexture),Cn(n.TEXTURE_CUBE_MAP,y);for(let Te=0;Te<6;Te++)if(y.mipmaps.length>0)for(let De=0;De<y.mipmaps.length;De++)sn(se.__webglFramebuffer[Te][De],D,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Te,De);else sn(se.__webglFramebuffer[Te],D,y,n.COLOR_ATTACHMENT0,n.TEXTURE_CUBE_MAP_POSITIVE_X+Te,0);C(y)?E(n.TEXTURE_CUBE_MAP):y.mipmaps.length>0&&n.texParameteri(n.TEXTURE_CUBE_MAP,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}else if(ht){for(let Te=0,De=Ne.length;Te<De;Te++){let Ae=Ne[Te],O=i.get(Ae),ue=n.TEXTURE_2D;(D.isWebGL3DRenderTarget||D.isWebGLArrayRenderTarget)&&(ue=D.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(ue,O.__webglTexture),Cn(ue,Ae),sn(se.__webglFramebuffer,D,Ae,n.COLOR_ATTACHMENT0+Te,ue,0),C(Ae)&&E(ue)}t.unbindTexture()}else{let Te=n.TEXTURE_2D;if((D.isWebGL3DRenderTarget||D.isWebGLArrayRenderTarget)&&(Te=D.isWebGL3DRenderTarget?n.TEXTURE_3D:n.TEXTURE_2D_ARRAY),t.bindTexture(Te,Ye.__webglTexture),Cn(Te,y),y.mipmaps.length>0)for(let De=0;De<y.mipmaps.length;De++)sn(se.__webglFramebuffer[De],D,y,n.COLOR_ATTACHMENT0,Te,De);else sn(se.__webglFramebuffer,D,y,n.COLOR_ATTACHMENT0,Te,0);C(y)?E(Te):y.mipmaps.length>0&&n.texParameteri(Te,n.TEXTURE_MAX_LEVEL,y.mipmaps.length-1),t.unbindTexture()}D.depthBuffer&&w(D)}function j(D){let y=D.textures;for(let se=0,Ye=y.length;se<Ye;se++){let Ne=y[se];if(C(Ne)&&Ne.mipmapsAutoUpdate===!0){let ut=U(D),ht=i.get(Ne).__webglTexture;t.bindTexture(ut,ht),E(ut),t.unbindTexture()}}}let Gn=[];function vn(D){if(D.samples>0){if(et(D)===!1){let y=D.textures,se=D.width,Ye=D.height,Ne=n.COLOR_BUFFER_BIT,ut=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT,ht=i.get(D),Te=y.length>1;if(Te)for(let Ae=0;Ae<y.length;Ae++)t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.RENDERBUFFER,null),t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.TEXTURE_2D,null,0);t.bindFramebuffer(n.READ_FRAMEBUFFER,ht.__webglMultisampledFramebuffer),D.texture.mipmaps.length>0?t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglFramebuffer[0]):t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglFramebuffer);for(let Ae=0;Ae<y.length;Ae++){if(D.resolveDepthBuffer&&(D.depthBuffer&&(Ne|=n.DEPTH_BUFFER_BIT),D.stencilBuffer&&D.resolveStencilBuffer&&(Ne|=n.STENCIL_BUFFER_BIT)),Te){n.framebufferRenderbuffer(n.READ_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.RENDERBUFFER,ht.__webglColorRenderbuffer[Ae]);let O=i.get(y[Ae]).__webglTexture;n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0,n.TEXTURE_2D,O,0)}n.blitFramebuffer(0,0,se,Ye,0,0,se,Ye,Ne,n.NEAREST),c===!0&&(Gn.length=0,Gn.push(n.COLOR_ATTACHMENT0+Ae),D.depthBuffer&&D.storeMultisampledDepthBuffer===!1&&Gn.push(ut),n.invalidateFramebuffer(n.READ_FRAMEBUFFER,Gn))}if(t.bindFramebuffer(n.READ_FRAMEBUFFER,null),t.bindFramebuffer(n.DRAW_FRAMEBUFFER,null),Te)for(let Ae=0;Ae<y.length;Ae++){t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglMultisampledFramebuffer),n.framebufferRenderbuffer(n.FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.RENDERBUFFER,ht.__webglColorRenderbuffer[Ae]);let O=i.get(y[Ae]).__webglTexture;t.bindFramebuffer(n.FRAMEBUFFER,ht.__webglFramebuffer),n.framebufferTexture2D(n.DRAW_FRAMEBUFFER,n.COLOR_ATTACHMENT0+Ae,n.TEXTURE_2D,O,0)}t.bindFramebuffer(n.DRAW_FRAMEBUFFER,ht.__webglMultisampledFramebuffer)}else if(D.depthBuffer&&D.storeMultisampledDepthBuffer===!1&&c){let y=D.stencilBuffer?n.DEPTH_STENCIL_ATTACHMENT:n.DEPTH_ATTACHMENT;n.invalidateFramebuffer(n.DRAW_FRAMEBUFFER,[y])}}}function Nn(D){return Math.min(r.maxSamples,D.samples)}function et(D){let y=i.get(D);return D.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&y.__useRenderToTexture!==!1}function _t(D){let y=a.render.frame;u.get(D)!==y&&(u.set(D,y),D.update())}function kt(D,y){let se=D.colorSpace,Ye=D.format,Ne=D.type;return D.isCompressedTexture===!0||D.isVideoTexture===!0||se!==zc&&se!==Ys&&(Bn.getTransfer(se)===qn?(Ye!==jr||Ne!==lr)&&dn("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):yn("WebGLTextures: Unsupported texture color space:",se)),y}function Jt(D){return typeof HTMLImageElement<"u"&&D instanceof HTMLImageElement?(l.width=D.naturalWidth||D.width,l.height=D.naturalHeight||D.height):typeof VideoFrame<"u"&&D instanceof VideoFrame?(l.width=D.displayWidth,l.height=D.displayHeight):(l.width=D.width,l.height=D.height),l}this.allocateTextureUnit=Bt,this.resetTextureUnits=Re,this.getTextureUnits=ie,this.setTextureUnits=je,this.setTexture2D=Xe,this.setTexture2DArray=wt,this.setTexture3D=$t,this.setTextureCube=nt,this.rebindTextures=ni,this.setupRenderTarget=Qn,this.updateRenderTargetMipmap=j,this.updateMultisampleRenderTarget=vn,this.setupDepthRenderbuffer=w,this.setupFrameBufferTexture=sn,this.useMultisampledRTT=et,this.dispose=ve}function HT(n,e){function t(i,r=Ys){let s,a=Bn.getTransfer(r);if(i===lr)return n.UNSIGNED_BYTE;if(i===ed)return n.UNSIGNED_SHORT_4_4_4_4;if(i===td)return n.UNSIGNED_SHORT_5_5_5_1;if(i===yg)return n.UNSIGNED_INT_5_9_9_9_REV;if(i===Sg)return n.UNSIGNED_INT_10F_11F_11F_REV;if(i===vg)return n.BYTE;if(i===xg)return n.SHORT;if(i===Tl)return n.UNSIGNED_SHORT;if(i===Qf)return n.INT;if(i===Yr)return n.UNSIGNED_INT;if(i===qr)return n.FLOAT;if(i===Zr)return n.HALF_FLOAT;if(i===bg)return n.ALPHA;if(i===Mg)return n.RGB;if(i===jr)return n.RGBA;if(i===Gs)return n.DEPTH_COMPONENT;if(i===$s)return n.DEPTH_STENCIL;if(i===Eg)return n.RED;if(i===nd)return n.RED_INTEGER;if(i===Fa)return n.RG;if(i===id)return n.RG_INTEGER;if(i===rd)return n.RGBA_INTEGER;if(i===uu||i===hu||i===fu||i===du)if(a===qn)if(s=e.get("WEBGL_compressed_texture_s3tc_srgb"),s!==null){if(i===uu)return s.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(i===hu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(i===fu)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(i===du)return s.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(s=e.get("WEBGL_compressed_texture_s3tc"),s!==null){if(i===uu)return s.COMPRESSED_RGB_S3TC_DXT1_EXT;if(i===hu)return s.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(i===fu)return s.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(i===du)return s.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(i===sd||i===ad||i===od||i===ld)if(s=e.get("WEBGL_compressed_texture_pvrtc"),s!==null){if(i===sd)return s.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(i===ad)return s.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(i===od)return s.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(i===ld)return s.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(i===cd||i===ud||i===hd||i===fd||i===dd||i===pu||i===pd)if(s=e.get("WEBGL_compressed_texture_etc"),s!==null){if(i===cd||i===ud)return a===qn?s.COMPRESSED_SRGB8_ETC2:s.COMPRESSED_RGB8_ETC2;if(i===hd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:s.COMPRESSED_RGBA8_ETC2_EAC;if(i===fd)return s.COMPRESSED_R11_EAC;if(i===dd)return s.COMPRESSED_SIGNED_R11_EAC;if(i===pu)return s.COMPRESSED_RG11_EAC;if(i===pd)return s.COMPRESSED_SIGNED_RG11_EAC}else return null;if(i===md||i===gd||i===_d||i===vd||i===xd||i===yd||i===Sd||i===bd||i===Md||i===Ed||i===Ad||i===Td||i===wd||i===Cd)if(s=e.get("WEBGL_compressed_texture_astc"),s!==null){if(i===md)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:s.COMPRESSED_RGBA_ASTC_4x4_KHR;if(i===gd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:s.COMPRESSED_RGBA_ASTC_5x4_KHR;if(i===_d)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:s.COMPRESSED_RGBA_ASTC_5x5_KHR;if(i===vd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:s.COMPRESSED_RGBA_ASTC_6x5_KHR;if(i===xd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:s.COMPRESSED_RGBA_ASTC_6x6_KHR;if(i===yd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:s.COMPRESSED_RGBA_ASTC_8x5_KHR;if(i===Sd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:s.COMPRESSED_RGBA_ASTC_8x6_KHR;if(i===bd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:s.COMPRESSED_RGBA_ASTC_8x8_KHR;if(i===Md)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:s.COMPRESSED_RGBA_ASTC_10x5_KHR;if(i===Ed)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:s.COMPRESSED_RGBA_ASTC_10x6_KHR;if(i===Ad)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:s.COMPRESSED_RGBA_ASTC_10x8_KHR;if(i===Td)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:s.COMPRESSED_RGBA_ASTC_10x10_KHR;if(i===wd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:s.COMPRESSED_RGBA_ASTC_12x10_KHR;if(i===Cd)return a===qn?s.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:s.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(i===Rd||i===Id||i===Pd)if(s=e.get("EXT_texture_compression_bptc"),s!==null){if(i===Rd)return a===qn?s.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:s.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(i===Id)return s.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(i===Pd)return s.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(i===Ld||i===Dd||i===mu||i===Nd)if(s=e.get("EXT_texture_compression_rgtc"),s!==null){if(i===Ld)return s.COMPRESSED_RED_RGTC1_EXT;if(i===Dd)return s.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(i===mu)return s.COMPRESSED_RED_GREEN_RGTC2_EXT;if(i===Nd)return s.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return i===xo?n.UNSIGNED_INT_24_8:n[i]!==void 0?n[i]:null}return{convert:t}}var WT=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,XT=`
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

}`,Kg=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let i=new jc(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=i}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,i=new ps({vertexShader:WT,fragmentShader:XT,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new Sr(new Kc(20,20),i)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},Jg=class extends $r{constructor(e,t){super();let i=this,r=null,s=1,a=null,o="local-floor",c=1,l=null,u=null,d=null,h=null,p=null,v=null,S=typeof XRWebGLBinding<"u",g=new Kg,_={},M=t.getContextAttributes(),C=null,E=null,U=[],N=[],x=new _n,T=null,Z=null,X=new Ji;X.viewport=new ui;let Y=new Ji;Y.viewport=new ui;let re=[X,Y],pe=new Yf,G=null,ve=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(Me){let Xe=U[Me];return Xe===void 0&&(Xe=new xl,U[Me]=Xe),Xe.getTargetRaySpace()},this.getControllerGrip=function(Me){let Xe=U[Me];return Xe===void 0&&(Xe=new xl,U[Me]=Xe),Xe.getGripSpace()},this.getHand=function(Me){let Xe=U[Me];return Xe===void 0&&(Xe=new xl,U[Me]=Xe),Xe.getHandSpace()};function ye(Me){let Xe=N.indexOf(Me.inputSource);if(Xe===-1)return;let wt=U[Xe];wt!==void 0&&(wt.update(Me.inputSource,Me.frame,l||a),wt.dispatchEvent({type:Me.type,data:Me.inputSource}))}function ne(){r.removeEventListener("select",ye),r.removeEventListener("selectstart",ye),r.removeEventListener("selectend",ye),r.removeEventListener("squeeze",ye),r.removeEventListener("squeezestart",ye),r.removeEventListener("squeezeend",ye),r.removeEventListener("end",ne),r.removeEventListener("inputsourceschange",Le);for(let Me=0;Me<U.length;Me++){let Xe=N[Me];Xe!==null&&(N[Me]=null,U[Me].disconnect(Xe))}G=null,ve=null,g.reset();for(let Me in _)delete _[Me];if(e.setRenderTarget(C),p=null,h=null,d=null,r=null,E=null,Bt.stop(),i.isPresenting=!1,e.setPixelRatio(T),e.setSize(x.width,x.height,!1),Z!==null){let Me=Z.camera;Me.fov=Z.fov,Me.zoom=Z.zoom,Me.updateProjectionMatrix(),Z=null}i.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(Me){s=Me,i.isPresenting===!0&&dn("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(Me){o=Me,i.isPresenting===!0&&dn("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return l||a},this.setReferenceSpace=function(Me){l=Me},this.getBaseLayer=function(){return h!==null?h:p},this.getBinding=function(){return d===null&&S&&(d=new XRWebGLBinding(r,t)),d},this.getFrame=function(){return v},this.getSession=function(){return r},this.setSession=async function(Me){if(r=Me,r!==null){if(C=e.getRenderTarget(),r.addEventListener("select",ye),r.addEventListener("selectstart",ye),r.addEventListener("selectend",ye),r.addEventListener("squeeze",ye),r.addEventListener("squeezestart",ye),r.addEventListener("squeezeend",ye),r.addEventListener("end",ne),r.addEventListener("inputsourceschange",Le),M.xrCompatible!==!0&&await t.makeXRCompatible(),T=e.getPixelRatio(),e.getSize(x),S&&"createProjectionLayer"in XRWebGLBinding.prototype){let wt=null,$t=null,nt=null;M.depth&&(nt=M.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,wt=M.stencil?$s:Gs,$t=M.stencil?xo:Yr);let en={colorFormat:t.RGBA8,depthFormat:nt,scaleFactor:s};d=this.getBinding(),h=d.createProjectionLayer(en),r.updateRenderState({layers:[h]}),e.setPixelRatio(1),e.setSize(h.textureWidth,h.textureHeight,!1),E=new yr(h.textureWidth,h.textureHeight,{format:jr,type:lr,depthTexture:new Ws(h.textureWidth,h.textureHeight,$t,void 0,void 0,void 0,void 0,void 0,void 0,wt),stencilBuffer:M.stencil,colorSpace:e.outputColorSpace,samples:M.antialias?4:0,resolveDepthBuffer:h.ignoreDepthValues===!1,resolveStencilBuffer:h.ignoreDepthValues===!1,storeMultisampledDepthBuffer:h.ignoreDepthValues===!1,storeMultisampledStencilBuffer:h.ignoreDepthValues===!1})}else{let wt={antialias:M.antialias,alpha:!0,depth:M.depth,stencil:M.stencil,framebufferScaleFactor:s};p=new XRWebGLLayer(r,t,wt),r.updateRenderState({baseLayer:p}),e.setPixelRatio(1),e.setSize(p.framebufferWidth,p.framebufferHeight,!1),E=new yr(p.framebufferWidth,p.framebufferHeight,{format:jr,type:lr,colorSpace:e.outputColorSpace,stencilBuffer:M.stencil,resolveDepthBuffer:p.ignoreDepthValues===!1,resolveStencilBuffer:p.ignoreDepthValues===!1,storeMultisampledDepthBuffer:p.ignoreDepthValues===!1,storeMultisampledStencilBuffer:p.ignoreDepthValues===!1})}E.isXRRenderTarget=!0,this.setFoveation(c),l=null,a=await r.requestReferenceSpace(o),Bt.setContext(r),Bt.start(),i.isPresenting=!0,i.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(r!==null)return r.environmentBlendMode},this.getDepthTexture=function(){return g.getDepthTexture()};function Le(Me){for(let Xe=0;Xe<Me.removed.length;Xe++){let wt=Me.removed[Xe],$t=N.indexOf(wt);$t>=0&&(N[$t]=null,U[$t].disconnect(wt))}for(let Xe=0;Xe<Me.added.length;Xe++){let wt=Me.added[Xe],$t=N.indexOf(wt);if($t===-1){for(let en=0;en<U.length;en++)if(en>=N.length){N.push(wt),$t=en;break}else if(N[en]===null){N[en]=wt,$t=en;break}if($t===-1)break}let nt=U[$t];nt&&nt.connect(wt)}}function de(Me,Xe){Xe===null?Me.matrixWorld.copy(Me.matrix):Me.matrixWorld.multiplyMatrices(Xe.matrixWorld,Me.matrix),Me.matrixWorldInverse.copy(Me.matrixWorld).invert()}this.updateCamera=function(Me){if(r===null)return;let Xe=Me.near,wt=Me.far;g.texture!==null&&(g.depthNear>0&&(Xe=g.depthNear),g.depthFar>0&&(wt=g.depthFar)),pe.near=Y.near=X.near=Xe,pe.far=Y.far=X.far=wt,(G!==pe.near||ve!==pe.far)&&(r.updateRenderState({depthNear:pe.near,depthFar:pe.far}),G=pe.near,ve=pe.far),pe.layers.mask=Me.layers.mask|6,X.layers.mask=pe.layers.mask&-5,Y.layers.mask=pe.layers.mask&-3;let $t=Me.parent,nt=pe.cameras;de(pe,$t);for(let en=0;en<nt.length;en++)de(nt[en],$t);pe.projectionMatrix.copy(X.projectionMatrix),pe.projectionMatrixInverse.copy(X.projectionMatrixInverse),Z===null&&Me.isPerspectiveCamera&&(Z={camera:Me,fov:Me.fov,zoom:Me.zoom}),Re(Me,pe,$t)};function Re(Me,Xe,wt){wt===null?Me.matrix.copy(Xe.matrixWorld):(Me.matrix.copy(wt.matrixWorld),Me.matrix.invert(),Me.matrix.multiply(Xe.matrixWorld)),Me.matrix.decompose(Me.position,Me.quaternion,Me.scale),Me.updateMatrixWorld(!0),Me.projectionMatrix.copy(Xe.projectionMatrix),Me.projectionMatrixInverse.copy(Xe.projectionMatrixInverse),Me.isPerspectiveCamera&&(Me.fov=gl*2*Math.atan(1/Me.projectionMatrix.elements[5]),Me.zoom=1)}this.getCamera=function(){return pe},this.getFoveation=function(){if(!(h===null&&p===null))return c},this.setFoveation=function(Me){c=Me,h!==null&&(h.fixedFoveation=Me),p!==null&&p.fixedFoveation!==void 0&&(p.fixedFoveation=Me)},this.hasDepthSensing=function(){return g.texture!==null},this.getDepthSensingMesh=function(){return g.getMesh(pe)},this.getCameraTexture=function(Me){return _[Me]};let ie=null;function je(Me,Xe){if(u=Xe.getViewerPose(l||a),v=Xe,u!==null){let wt=u.views;p!==null&&(e.setRenderTargetFramebuffer(E,p.framebuffer),e.setRenderTarget(E));let $t=!1;wt.length!==pe.cameras.length&&(pe.cameras.length=0,$t=!0);for(let jt=0;jt<wt.length;jt++){let Cn=wt[jt],mt=null;if(p!==null)mt=p.getViewport(Cn);else{let rn=d.getViewSubImage(h,Cn);mt=rn.viewport,jt===0&&(e.setRenderTargetTextures(E,rn.colorTexture,rn.depthStencilTexture),e.setRenderTarget(E))}let Ot=re[jt];Ot===void 0&&(Ot=new Ji,Ot.layers.enable(jt),Ot.viewport=new ui,re[jt]=Ot),Ot.matrix.fromArray(Cn.transform.matrix),Ot.matrix.decompose(Ot.position,Ot.quaternion,Ot.scale),Ot.projectionMatrix.fromArray(Cn.projectionMatrix),Ot.projectionMatrixInverse.copy(Ot.projectionMatrix).invert(),Ot.viewport.set(mt.x,mt.y,mt.width,mt.height),jt===0&&(pe.matrix.copy(Ot.matrix),pe.matrix.decompose(pe.position,pe.quaternion,pe.scale)),$t===!0&&pe.cameras.push(Ot)}let nt=r.enabledFeatures;if(nt&&nt.includes("depth-sensing")&&r.depthUsage=="gpu-optimized"&&S){d=i.getBinding();let jt=d.getDepthInformation(wt[0]);jt&&jt.isValid&&jt.texture&&g.init(jt,r.renderState)}if(nt&&nt.includes("camera-access")&&S){e.state.unbindTexture(),d=i.getBinding();for(let jt=0;jt<wt.length;jt++){let Cn=wt[jt].camera;if(Cn){let mt=_[Cn];mt||(mt=new jc,_[Cn]=mt);let Ot=d.getCameraImage(Cn);mt.sourceTexture=Ot}}}}for(let wt=0;wt<U.length;wt++){let $t=N[wt],nt=U[wt];$t!==null&&nt!==void 0&&nt.update($t,Xe,l||a)}ie&&ie(Me,Xe),Xe.detectedPlanes&&i.dispatchEvent({type:"planesdetected",data:Xe}),v=null}let Bt=new ox;Bt.setAnimationLoop(je),this.setAnimationLoop=function(Me){ie=Me},this.dispose=function(){}}},$T=new ti,_x=new bn;_x.set(-1,0,0,0,1,0,0,0,1);function YT(n,e){function t(g,_){g.matrixAutoUpdate===!0&&g.updateMatrix(),_.value.copy(g.matrix)}function i(g,_){_.color.getRGB(g.fogColor.value,Ng(n)),_.isFog?(g.fogNear.value=_.near,g.fogFar.value=_.far):_.isFogExp2&&(g.fogDensity.value=_.density)}function r(g,_,M,C,E){_.isNodeMaterial?_.uniformsNeedUpdate=!1:_.isMeshBasicMaterial?s(g,_):_.isMeshLambertMaterial?(s(g,_),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)):_.isMeshToonMaterial?(s(g,_),d(g,_)):_.isMeshPhongMaterial?(s(g,_),u(g,_),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)):_.isMeshStandardMaterial?(s(g,_),h(g,_),_.isMeshPhysicalMaterial&&p(g,_,E)):_.isMeshMatcapMaterial?(s(g,_),v(g,_)):_.isMeshDepthMaterial?s(g,_):_.isMeshDistanceMaterial?(s(g,_),S(g,_)):_.isMeshNormalMaterial?s(g,_):_.isLineBasicMaterial?(a(g,_),_.isLineDashedMaterial&&o(g,_)):_.isPointsMaterial?c(g,_,M,C):_.isSpriteMaterial?l(g,_):_.isShadowMaterial?(g.color.value.copy(_.color),g.opacity.value=_.opacity):_.isShaderMaterial&&(_.uniformsNeedUpdate=!1)}function s(g,_){g.opacity.value=_.opacity,_.color&&g.diffuse.value.copy(_.color),_.emissive&&g.emissive.value.copy(_.emissive).multiplyScalar(_.emissiveIntensity),_.map&&(g.map.value=_.map,t(_.map,g.mapTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.bumpMap&&(g.bumpMap.value=_.bumpMap,t(_.bumpMap,g.bumpMapTransform),g.bumpScale.value=_.bumpScale,_.side===tr&&(g.bumpScale.value*=-1)),_.normalMap&&(g.normalMap.value=_.normalMap,t(_.normalMap,g.normalMapTransform),g.normalScale.value.copy(_.normalScale),_.side===tr&&g.normalScale.value.negate()),_.displacementMap&&(g.displacementMap.value=_.displacementMap,t(_.displacementMap,g.displacementMapTransform),g.displacementScale.value=_.displacementScale,g.displacementBias.value=_.displacementBias),_.emissiveMap&&(g.emissiveMap.value=_.emissiveMap,t(_.emissiveMap,g.emissiveMapTransform)),_.specularMap&&(g.specularMap.value=_.specularMap,t(_.specularMap,g.specularMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest);let M=e.get(_),C=M.envMap,E=M.envMapRotation;C&&(g.envMap.value=C,g.envMapRotation.value.setFromMatrix4($T.makeRotationFromEuler(E)).transpose(),C.isCubeTexture&&C.isRenderTargetTexture===!1&&g.envMapRotation.value.premultiply(_x),g.reflectivity.value=_.reflectivity,g.ior.value=_.ior,g.refractionRatio.value=_.refractionRatio),_.lightMap&&(g.lightMap.value=_.lightMap,g.lightMapIntensity.value=_.lightMapIntensity,t(_.lightMap,g.lightMapTransform)),_.aoMap&&(g.aoMap.value=_.aoMap,g.aoMapIntensity.value=_.aoMapIntensity,t(_.aoMap,g.aoMapTransform))}function a(g,_){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,_.map&&(g.map.value=_.map,t(_.map,g.mapTransform))}function o(g,_){g.dashSize.value=_.dashSize,g.totalSize.value=_.dashSize+_.gapSize,g.scale.value=_.scale}function c(g,_,M,C){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,g.size.value=_.size*M,g.scale.value=C*.5,_.map&&(g.map.value=_.map,t(_.map,g.uvTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest)}function l(g,_){g.diffuse.value.copy(_.color),g.opacity.value=_.opacity,g.rotation.value=_.rotation,_.map&&(g.map.value=_.map,t(_.map,g.mapTransform)),_.alphaMap&&(g.alphaMap.value=_.alphaMap,t(_.alphaMap,g.alphaMapTransform)),_.alphaTest>0&&(g.alphaTest.value=_.alphaTest)}function u(g,_){g.specular.value.copy(_.specular),g.shininess.value=Math.max(_.shininess,1e-4)}function d(g,_){_.gradientMap&&(g.gradientMap.value=_.gradientMap)}function h(g,_){g.metalness.value=_.metalness,_.metalnessMap&&(g.metalnessMap.value=_.metalnessMap,t(_.metalnessMap,g.metalnessMapTransform)),g.roughness.value=_.roughness,_.roughnessMap&&(g.roughnessMap.value=_.roughnessMap,t(_.roughnessMap,g.roughnessMapTransform)),_.envMap&&(g.envMapIntensity.value=_.envMapIntensity)}function p(g,_,M){g.ior.value=_.ior,_.diffuseRoughness>0&&(g.diffuseRoughness.value=_.diffuseRoughness,_.diffuseRoughnessMap&&(g.diffuseRoughnessMap.value=_.diffuseRoughnessMap,t(_.diffuseRoughnessMap,g.diffuseRoughnessMapTransform))),_.sheen>0&&(g.sheenColor.value.copy(_.sheenColor).multiplyScalar(_.sheen),g.sheenRoughness.value=_.sheenRoughness,_.sheenColorMap&&(g.sheenColorMap.value=_.sheenColorMap,t(_.sheenColorMap,g.sheenColorMapTransform)),_.sheenRoughnessMap&&(g.sheenRoughnessMap.value=_.sheenRoughnessMap,t(_.sheenRoughnessMap,g.sheenRoughnessMapTransform))),_.clearcoat>0&&(g.clearcoat.value=_.clearcoat,g.clearcoatRoughness.value=_.clearcoatRoughness,_.clearcoatMap&&(g.clearcoatMap.value=_.clearcoatMap,t(_.clearcoatMap,g.clearcoatMapTransform)),_.clearcoatRoughnessMap&&(g.clearcoatRoughnessMap.value=_.clearcoatRoughnessMap,t(_.clearcoatRoughnessMap,g.clearcoatRoughnessMapTransform)),_.clearcoatNormalMap&&(g.clearcoatNormalMap.value=_.clearcoatNormalMap,t(_.clearcoatNormalMap,g.clearcoatNormalMapTransform),g.clearcoatNormalScale.value.copy(_.clearcoatNormalScale),_.side===tr&&g.clearcoatNormalScale.value.negate())),_.dispersion>0&&(g.dispersion.value=_.dispersion),_.retroreflectivity>0&&(g.retroreflectivity.value=_.retroreflectivity),_.iridescence>0&&(g.iridescence.value=_.iridescence,g.iridescenceIOR.value=_.iridescenceIOR,g.iridescenceThicknessMinimum.value=_.iridescenceThicknessMinimum,g.iridescenceThicknessMaximum.value=_.iridescenceThicknessMaximum,_.iridescenceMap&&(g.iridescenceMap.value=_.iridescenceMap,t(_.iridescenceMap,g.iridescenceMapTransform)),_.iridescenceThicknessMap&&(g.iridescenceThicknessMap.value=_.iridescenceThicknessMap,t(_.iridescenceThicknessMap,g.iridescenceThicknessMapTransform))),_.transmission>0&&(g.transmission.value=_.transmission,g.transmissionSamplerMap.value=M.texture,g.transmissionSamplerSize.value.set(M.width,M.height),_.transmissionMap&&(g.transmissionMap.value=_.transmissionMap,t(_.transmissionMap,g.transmissionMapTransform)),g.thickness.value=_.thickness,_.thicknessMap&&(g.thicknessMap.value=_.thicknessMap,t(_.thicknessMap,g.thicknessMapTransform)),g.attenuationDistance.value=_.attenuationDistance,g.attenuationColor.value.copy(_.attenuationColor)),_.anisotropy>0&&(g.anisotropyVector.value.set(_.anisotropy*Math.cos(_.anisotropyRotation),_.anisotropy*Math.sin(_.anisotropyRotation)),_.anisotropyMap&&(g.anisotropyMap.value=_.anisotropyMap,t(_.anisotropyMap,g.anisotropyMapTransform))),g.specularIntensity.value=_.specularIntensity,g.specularColor.value.copy(_.specularColor),_.specularColorMap&&(g.specularColorMap.value=_.specularColorMap,t(_.specularColorMap,g.specularColorMapTransform)),_.specularIntensityMap&&(g.specularIntensityMap.value=_.specularIntensityMap,t(_.specularIntensityMap,g.specularIntensityMapTransform))}function v(g,_){_.matcap&&(g.matcap.value=_.matcap)}function S(g,_){let M=e.get(_).light;g.referencePosition.value.setFromMatrixPosition(M.matrixWorld),g.nearDistance.value=M.shadow.camera.near,g.farDistance.value=M.shadow.camera.far}return{refreshFogUniforms:i,refreshMaterialUniforms:r}}function qT(n,e,t,i){let r={},s={};function a(M,C){let E=C.program;i.uniformBlockBinding(M,E,r[M.id])}function o(M,C){let E=r[M.id];E===void 0&&(v(M),E=c(M),r[M.id]=E,M.addEventListener("dispose",g));let U=C.program;i.updateUBOMapping(M,U);let N=e.render.frame;s[M.id]!==N&&(l(M),s[M.id]=N)}function c(M){let C=n.createBuffer(),E=M.__size,U=M.usage;return n.bindBuffer(n.UNIFORM_BUFFER,C),n.bufferData(n.UNIFORM_BUFFER,E,U),n.bindBuffer(n.UNIFORM_BUFFER,null),C}function l(M){let C=r[M.id],E=M.uniforms,U=M.__cache;n.bindBuffer(n.UNIFORM_BUFFER,C);for(let N=0,x=E.length;N<x;N++){let T=E[N];if(Array.isArray(T))for(let Z=0,X=T.length;Z<X;Z++)u(T[Z],N,Z,U);else u(T,N,0,U)}n.bindBuffer(n.UNIFORM_BUFFER,null)}function u(M,C,E,U){if(h(M,C,E,U)===!0){let N=M.__offset,x=M.value;if(Array.isArray(x)){let T=0;for(let Z=0;Z<x.length;Z++){let X=x[Z],Y=S(X,!0);d(X,M.__data,T),T+=Y.storage/Float32Array.BYTES_PER_ELEMENT}}else d(x,M.__data,0);n.bufferSubData(n.UNIFORM_BUFFER,N,M.__data)}}function d(M,C,E){typeof M=="number"||typeof M=="boolean"?C[E]=M:M.isMatrix3?(C[E]=M.elements[0],C[E+1]=M.elements[1],C[E+2]=M.elements[2],C[E+3]=0,C[E+4]=M.elements[3],C[E+5]=M.elements[4],C[E+6]=M.elements[5],C[E+7]=0,C[E+8]=M.elements[6],C[E+9]=M.elements[7],C[E+10]=M.elements[8],C[E+11]=0):ArrayBuffer.isView(M)?C.set(M.subarray(0,C.length-E),E):M.toArray(C,E)}function h(M,C,E,U){let N=M.value,x=C+"_"+E;if(Array.isArray(N)){U[x]===void 0&&(U[x]=[]);let T=U[x],Z=!1;for(let X=0;X<N.length;X++)p(N[X],T,X)===!0&&(Z=!0);return Z}return p(N,U,x)}function p(M,C,E){if(C[E]===void 0)return typeof M=="number"||typeof M=="boolean"?C[E]=M:ArrayBuffer.isView(M)?C[E]=M.slice():C[E]=M.clone(),!0;{let U=C[E];if(typeof M=="number"||typeof M=="boolean"){if(U!==M)return C[E]=M,!0}else{if(ArrayBuffer.isView(M))return!0;if(U.equals(M)===!1)return U.copy(M),!0}}return!1}function v(M){let C=M.uniforms,E=0,U=16;for(let x=0,T=C.length;x<T;x++){let Z=Array.isArray(C[x])?C[x]:[C[x]];for(let X=0,Y=Z.length;X<Y;X++){let re=Z[X],pe=Array.isArray(re.value)?re.value:[re.value],G=Array.isArray(C[x])||Array.isArray(re.value),ve=E;for(let ne=0,Le=pe.length;ne<Le;ne++){let de=pe[ne],Re=S(de,G),ie=E%U,je=ie%Re.boundary,Bt=ie+je;E+=je,Bt!==0&&U-Bt<Re.storage&&(E+=U-Bt),ne===0&&(ve=E),E+=Re.storage}let ye=re.type==="int"?Int32Array:re.type==="uint"?Uint32Array:Float32Array;re.__data=new ye((E-ve)/Float32Array.BYTES_PER_ELEMENT),re.__offset=ve}}let N=E%U;return N>0&&(E+=U-N),M.__size=E,M.__cache={},this}function S(M,C){let E={boundary:0,storage:0};return typeof M=="number"||typeof M=="boolean"?(E.boundary=4,E.storage=4):M.isVector2?(E.boundary=8,E.storage=8):M.isVector3||M.isColor?(E.boundary=16,E.storage=12):M.isVector4?(E.boundary=16,E.storage=16):M.isMatrix3?(E.boundary=16,E.storage=48):M.isMatrix4?(E.boundary=16,E.storage=64):M.isTexture?dn("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(M)?(E.boundary=16,E.storage=M.byteLength):dn("WebGLRenderer: Unsupported uniform value type.",M),C===!0&&(E.boundary=16,E.storage=Math.ceil(E.storage/16)*16),E}function g(M){let C=M.target;C.removeEventListener("dispose",g),n.deleteBuffer(r[C.id]),delete r[C.id],delete s[C.id]}function _(){for(let M in r)n.deleteBuffer(r[M]);r={},s={}}return{bind:a,update:o,dispose:_}}var ZT=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),gs=null;function jT(){return gs===null&&(gs=new wf(ZT,16,16,Fa,Zr),gs.name="DFG_LUT",gs.minFilter=Qi,gs.magFilter=Qi,gs.wrapS=fs,gs.wrapT=fs,gs.generateMipmaps=!1,gs.needsUpdate=!0),gs}var zd=class{constructor(e={}){let{canvas:t=Iv(),context:i=null,depth:r=!0,stencil:s=!1,alpha:a=!1,antialias:o=!1,premultipliedAlpha:c=!0,preserveDrawingBuffer:l=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:d=!1,reversedDepthBuffer:h=!1,outputBufferType:p=lr}=e;this.isWebGLRenderer=!0;let v;if(i!==null){if(typeof WebGLRenderingContext<"u"&&i instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");v=i.getContextAttributes().alpha}else v=a;let S=p,g=new Set([rd,id,nd]),_=new Set([lr,Yr,Tl,xo,ed,td]),M=new Uint32Array(4),C=new Int32Array(4),E={textures:[],min:[],max:[],resolution:[]},U=null,N=null,x=[],T=[],Z=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=ms,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let X=this,Y=!1,re=null,pe=null,G=null,ve=null;this._outputColorSpace=_r;let ye=0,ne=0,Le=null,de=-1,Re=null,ie=new ui,je=new ui,Bt=null,Me=new In(0),Xe=0,wt=t.width,$t=t.height,nt=1,en=null,Rn=null,jt=new ui(0,0,wt,$t),Cn=new ui(0,0,wt,$t),mt=!1,Ot=new Ca,rn=new Cf,Wt=!1,ln=!1,sn=new ti,hi=new _e,Xn=new ui,w={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},ni=!1;function Qn(){return Le===null?nt:1}let j=i;function Gn(b,$){return t.getContext(b,$)}let vn,Nn,et,_t,kt,Jt,D,y,se,Ye,Ne,ut,ht,Te,De,Ae,O,ue,oe,Ie,Fe,Be,tt;try{let b={alpha:!0,depth:r,stencil:s,antialias:o,premultipliedAlpha:c,preserveDrawingBuffer:l,powerPreference:u,failIfMajorPerformanceCaveat:d};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Pt,!1),t.addEventListener("webglcontextrestored",qt,!1),t.addEventListener("webglcontextcreationerror",rt,!1),j===null){let $="webgl2";if(j=Gn($,b),j===null)throw Gn($)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Vt()}catch(b){throw t.removeEventListener("webglcontextlost",Pt,!1),t.removeEventListener("webglcontextrestored",qt,!1),t.removeEventListener("webglcontextcreationerror",rt,!1),yn("WebGLRenderer: "+b.message),b}function Vt(){vn=new oA(j),vn.init(),Fe=new HT(j,vn),Nn=new jE(j,vn,e,Fe),et=new GT(j,vn),Nn.reversedDepthBuffer&&h&&et.buffers.depth.setReversed(!0),pe=j.createFramebuffer(),G=j.createFramebuffer(),ve=j.createFramebuffer(),_t=new uA(j),kt=new wT,Jt=new VT(j,vn,et,kt,Nn,Fe,_t),D=new aA(X),y=new fb(j),Be=new qE(j,y),se=new lA(j,y,_t,Be),Ye=new fA(j,se,y,Be,_t),ue=new hA(j,Nn,Jt),De=new KE(kt),Ne=new TT(X,D,vn,Nn,Be,De),ut=new YT(X,kt),ht=new RT,Te=new OT(vn),O=new YE(X,D,et,Ye,v,c),Ae=new kT(X,Ye,Nn),tt=new qT(j,_t,Nn,et),oe=new ZE(j,vn,_t),Ie=new cA(j,vn,_t),_t.programs=Ne.programs,X.capabilities=Nn,X.extensions=vn,X.properties=kt,X.renderLists=ht,X.shadowMap=Ae,X.state=et,X.info=_t}S!==lr&&(Z=new pA(S,t.width,t.height,o,r,s));let ze=new Jg(X,j);this.xr=ze,this.getContext=function(){return j},this.getContextAttributes=function(){return j.getContextAttributes()},this.forceContextLoss=function(){let b=vn.get("WEBGL_lose_context");b&&b.loseContext()},this.forceContextRestore=function(){let b=vn.get("WEBGL_lose_context");b&&b.restoreContext()},this.getPixelRatio=function(){return nt},this.setPixelRatio=function(b){b!==void 0&&(nt=b,this.setSize(wt,$t,!1))},this.getSize=function(b){return b.set(wt,$t)},this.setSize=function(b,$,Se=!0){if(ze.isPresenting){dn("WebGLRenderer: Can't change size while VR device is presenting.");return}wt=b,$t=$,t.width=Math.floor(b*nt),t.height=Math.floor($*nt),Se===!0&&(t.style.width=b+"px",t.style.height=$+"px"),Z!==null&&Z.setSize(t.width,t.height),this.setViewport(0,0,b,$)},this.getDrawingBufferSize=function(b){return b.set(wt*nt,$t*nt).floor()},this.setDrawingBufferSize=function(b,$,Se){wt=b,$t=$,nt=Se,t.width=Math.floor(b*Se),t.height=Math.floor($*Se),this.setViewport(0,0,b,$)},this.setEffects=function(b){if(S===lr){yn("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(b){for(let $=0;$<b.length;$++)if(b[$].isOutputPass===!0){dn("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}Z.setEffects(b||[])},this.getCurrentViewport=function(b){return b.copy(ie)},this.getViewport=function(b){return b.copy(jt)},this.setViewport=function(b,$,Se,ce){b.isVector4?jt.set(b.x,b.y,b.z,b.w):jt.set(b,$,Se,ce),et.viewport(ie.copy(jt).multiplyScalar(Qn()).round())},this.getScissor=function(b){return b.copy(Cn)},this.setScissor=function(b,$,Se,ce){b.isVector4?Cn.set(b.x,b.y,b.z,b.w):Cn.set(b,$,Se,ce),et.scissor(je.copy(Cn).multiplyScalar(Qn()).round())},this.getScissorTest=function(){return mt},this.setScissorTest=function(b){et.setScissorTest(mt=b)},this.setOpaqueSort=function(b){en=b},this.setTransparentSort=function(b){Rn=b},this.getClearColor=function(b){return b.copy(O.getClearColor())},this.setClearColor=function(){O.setClearColor(...arguments)},this.getClearAlpha=function(){return O.getClearAlpha()},this.setClearAlpha=function(){O.setClearAlpha(...arguments)},this.clear=function(b=!0,$=!0,Se=!0){let ce=0;if(b){let ge=!1;if(Le!==null){let ft=Le.texture.format;ge=g.has(ft)}if(ge){let ft=Le.texture.type,Xt=_.has(ft),dt=O.getClearColor(),zt=O.getClearAlpha(),Zt=dt.r,an=dt.g,mn=dt.b;Xt?(M[0]=Zt,M[1]=an,M[2]=mn,M[3]=zt,j.clearBufferuiv(j.COLOR,0,M)):(C[0]=Zt,C[1]=an,C[2]=mn,C[3]=zt,j.clearBufferiv(j.COLOR,0,C))}else ce|=j.COLOR_BUFFER_BIT}$&&(ce|=j.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),Se&&(ce|=j.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),ce!==0&&j.clear(ce)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(b){b.setRenderer(this),re=b},this.dispose=function(){t.removeEventListener("webglcontextlost",Pt,!1),t.removeEventListener("webglcontextrestored",qt,!1),t.removeEventListener("webglcontextcreationerror",rt,!1),O.dispose(),ht.dispose(),Te.dispose(),Jt.dispose(),kt.dispose(),D.dispose(),Ye.dispose(),se.dispose(),Be.dispose(),tt.dispose(),Ne.dispose(),ze.dispose(),ze.removeEventListener("sessionstart",Ms),ze.removeEventListener("sessionend",Zs),Gi.stop()};function Pt(b){b.preventDefault(),Rg("WebGLRenderer: Context Lost."),Y=!0}function qt(){Rg("WebGLRenderer: Context Restored."),Y=!1;let b=_t.autoReset,$=Ae.enabled,Se=Ae.autoUpdate,ce=Ae.needsUpdate,ge=Ae.type;Vt(),_t.autoReset=b,Ae.enabled=$,Ae.autoUpdate=Se,Ae.needsUpdate=ce,Ae.type=ge}function rt(b){yn("WebGLRenderer: A WebGL context could not be created. Reason: ",b.statusMessage)}function un(b){let $=b.target;$.removeEventListener("dispose",un),Zn($)}function Zn(b){An(b),kt.remove(b)}function An(b){let $=kt.get(b).programs;$!==void 0&&($.forEach(function(Se){Ne.releaseProgram(Se)}),b.isShaderMaterial&&Ne.releaseShaderCache(b))}this.renderBufferDirect=function(b,$,Se,ce,ge,ft){$===null&&($=w);let Xt=ge.isMesh&&ge.matrixWorld.determinantAffine()<0,dt=Ha(b,$,Se,ce,ge);et.setMaterial(ce,Xt);let zt=Se.index,Zt=1;if(ce.wireframe===!0){if(zt=se.getWireframeAttribute(Se),zt===void 0)return;Zt=2}let an=Se.drawRange,mn=Se.attributes.position,Ht=an.start*Zt,Tn=(an.start+an.count)*Zt;ft!==null&&(Ht=Math.max(Ht,ft.start*Zt),Tn=Math.min(Tn,(ft.start+ft.count)*Zt)),zt!==null?(Ht=Math.max(Ht,0),Tn=Math.min(Tn,zt.count)):mn!=null&&(Ht=Math.max(Ht,0),Tn=Math.min(Tn,mn.count));let jn=Tn-Ht;if(jn<0||jn===1/0)return;Be.setup(ge,ce,dt,Se,zt);let zn,Fn=oe;if(zt!==null&&(zn=y.get(zt),Fn=Ie,Fn.setIndex(zn)),ge.isMesh)ce.wireframe===!0?(et.setLineWidth(ce.wireframeLinewidth*Qn()),Fn.setMode(j.LINES)):Fn.setMode(j.TRIANGLES);else if(ge.isLine){let ci=ce.linewidth;ci===void 0&&(ci=1),et.setLineWidth(ci*Qn()),ge.isLineSegments?Fn.setMode(j.LINES):ge.isLineLoop?Fn.setMode(j.LINE_LOOP):Fn.setMode(j.LINE_STRIP)}else ge.isPoints?Fn.setMode(j.POINTS):ge.isSprite&&Fn.setMode(j.TRIANGLES);if(ge.isBatchedMesh)if(vn.get("WEBGL_multi_draw"))Fn.renderMultiDraw(ge._multiDrawStarts,ge._multiDrawCounts,ge._multiDrawCount);else{let ci=ge._multiDrawStarts,Yt=ge._multiDrawCounts,Hn=ge._multiDrawCount,xn=zt?y.get(zt).bytesPerElement:1,xi=kt.get(ce).currentProgram.getUniforms();for(let ai=0;ai<Hn;ai++)xi.setValue(j,"_gl_DrawID",ai),Fn.render(ci[ai]/xn,Yt[ai])}else if(ge.isInstancedMesh)Fn.renderInstances(Ht,jn,ge.count);else if(Se.isInstancedBufferGeometry){let ci=Se._maxInstanceCount!==void 0?Se._maxInstanceCount:1/0,Yt=Math.min(Se.instanceCount,ci);Fn.renderInstances(Ht,jn,Yt)}else Fn.render(Ht,jn)};function Or(b,$,Se,ce){re!==null&&b.isNodeMaterial&&re.setObject(ce,b),Wt===!0&&De.setState(b,Se,!1),b.transparent===!0&&b.side===Pr&&b.forceSinglePass===!1?(b.side=tr,b.needsUpdate=!0,Fr(b,$,ce),b.side=Oa,b.needsUpdate=!0,Fr(b,$,ce),b.side=Pr):Fr(b,$,ce)}this.compile=function(b,$,Se=null){Se===null&&(Se=b),re!==null&&re.renderStart(b,$,Se),N=Te.get(Se),N.init($),T.push(N),Se.traverseVisible(function(ge){ge.isLight&&ge.layers.test($.layers)&&(N.pushLight(ge),ge.castShadow&&N.pushShadow(ge))}),b!==Se&&b.traverseVisible(function(ge){ge.isLight&&ge.layers.test($.layers)&&(N.pushLight(ge),ge.castShadow&&N.pushShadow(ge))}),N.setupLights(),re!==null&&re.updateLights(N.state.lightsArray),ln=this.localClippingEnabled,Wt=De.init(this.clippingPlanes,ln),Wt===!0&&De.setGlobalState(this.clippingPlanes,$),re!==null&&Ae.render(N.state.shadowsArray,Se,$);let ce=new Set;return b.traverse(function(ge){if(!(ge.isMesh||ge.isPoints||ge.isLine||ge.isSprite))return;let ft=ge.material;if(ft)if(Array.isArray(ft))for(let Xt=0;Xt<ft.length;Xt++){let dt=ft[Xt];Or(dt,Se,$,ge),ce.add(dt)}else Or(ft,Se,$,ge),ce.add(ft)}),N=T.pop(),re!==null&&re.renderEnd(),ce},this.compileAsync=function(b,$,Se=null){let ce=this.compile(b,$,Se);return new Promise(ge=>{function ft(){if(ce.forEach(function(Xt){let zt=kt.get(Xt).currentProgram;(zt===void 0||zt.isReady())&&ce.delete(Xt)}),ce.size===0){ge(b);return}setTimeout(ft,10)}vn.get("KHR_parallel_shader_compile")!==null?ft():setTimeout(ft,10)})};let Ss=null;function bs(b){Ss&&Ss(b)}function Ms(){Gi.stop()}function Zs(){Gi.start()}let Gi=new ox;Gi.setAnimationLoop(bs),typeof self<"u"&&Gi.setContext(self),this.setAnimationLoop=function(b){Ss=b,ze.setAnimationLoop(b),b===null?Gi.stop():Gi.start()},ze.addEventListener("sessionstart",Ms),ze.addEventListener("sessionend",Zs),this.render=function(b,$){if($!==void 0&&$.isCamera!==!0){yn("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(Y===!0)return;re!==null&&re.renderStart(b,$);let Se=ze.enabled===!0&&ze.isPresenting===!0,ce=Z!==null&&(Le===null||Se)&&Z.begin(X,Le);if(b.matrixWorldAutoUpdate===!0&&b.updateMatrixWorld(),$.parent===null&&$.matrixWorldAutoUpdate===!0&&$.updateMatrixWorld(),ze.enabled===!0&&ze.isPresenting===!0&&(Z===null||Z.isCompositing()===!1)&&(ze.cameraAutoUpdate===!0&&ze.updateCamera($),$=ze.getCamera()),b.isScene===!0&&b.onBeforeRender(X,b,$,Le),N=Te.get(b,T.length),N.init($),N.state.textureUnits=Jt.getTextureUnits(),T.push(N),sn.multiplyMatrices($.projectionMatrix,$.matrixWorldInverse),$.isArrayCamera?rn.setFromArrayCamera($):Ot.setFromProjectionMatrix(sn,Ir,$.reversedDepth),ln=this.localClippingEnabled,Wt=De.init(this.clippingPlanes,ln),U=ht.get(b,x.length),U.init(),x.push(U),this.info.render.frame++,ze.enabled===!0&&ze.isPresenting===!0){let Xt=X.xr.getDepthSensingMesh();Xt!==null&&hr(Xt,$,-1/0,X.sortObjects)}hr(b,$,0,X.sortObjects),U.finish(),re!==null&&re.updateLights(N.state.lightsArray),X.sortObjects===!0&&U.sort(en,Rn),ni=ze.enabled===!1||ze.isPresenting===!1||ze.hasDepthSensing()===!1,ni&&O.addToRenderList(U,b),this.info.autoReset===!0&&this.info.reset(),Wt===!0&&De.beginShadows();let ge=N.state.shadowsArray;if(Ae.render(ge,b,$),Wt===!0&&De.endShadows(),(ce&&Z.hasRenderPass())===!1){let Xt=U.opaque,dt=U.transmissive;if(N.setupLights(),$.isArrayCamera){let zt=$.cameras;if(dt.length>0)for(let Zt=0,an=zt.length;Zt<an;Zt++){let mn=zt[Zt];Vi(Xt,dt,b,mn)}ni&&O.render(b);for(let Zt=0,an=zt.length;Zt<an;Zt++){let mn=zt[Zt];ji(U,b,mn,mn.viewport)}}else dt.length>0&&Vi(Xt,dt,b,$),ni&&O.render(b),ji(U,b,$)}Le!==null&&ne===0&&(Jt.updateMultisampleRenderTarget(Le),Jt.updateRenderTargetMipmap(Le)),ce&&Z.end(X),b.isScene===!0&&b.onAfterRender(X,b,$),Be.resetDefaultState(),de=-1,Re=null,T.pop(),T.length>0?(N=T[T.length-1],Jt.setTextureUnits(N.state.textureUnits),Wt===!0&&De.setGlobalState(X.clippingPlanes,N.state.camera)):N=null,x.pop(),x.length>0?U=x[x.length-1]:U=null,re!==null&&re.renderEnd()};function hr(b,$,Se,ce){if(b.visible===!1)return;if(b.layers.test($.layers)){if(b.isGroup)Se=b.renderOrder;else if(b.isLOD)b.autoUpdate===!0&&b.update($);else if(b.isLight)N.pushLight(b),b.castShadow&&N.pushShadow(b);else if(b.isSprite){let Xt=$.isArrayCamera?rn:Ot;if(!b.frustumCulled||b.intersectsFrustum(Xt)){ce&&Xn.setFromMatrixPosition(b.matrixWorld).applyMatrix4(sn);let dt=Ye.update(b),zt=b.material;zt.visible&&U.push(b,dt,zt,Se,Xn.z,null,$)}}else if(b.isMesh||b.isLine||b.isPoints){let Xt=$.isArrayCamera?rn:Ot;if(!b.frustumCulled||b.intersectsFrustum(Xt)){let dt=Ye.update(b),zt=b.material;if(ce&&(b.boundingSphere!==void 0?(b.boundingSphere===null&&b.computeBoundingSphere(),Xn.copy(b.boundingSphere.center)):(dt.boundingSphere===null&&dt.computeBoundingSphere(),Xn.copy(dt.boundingSphere.center)),Xn.applyMatrix4(b.matrixWorld).applyMatrix4(sn)),Array.isArray(zt)){let Zt=dt.groups;for(let an=0,mn=Zt.length;an<mn;an++){let Ht=Zt[an],Tn=zt[Ht.materialIndex];Tn&&Tn.visible&&U.push(b,dt,Tn,Se,Xn.z,Ht,$)}}else zt.visible&&U.push(b,dt,zt,Se,Xn.z,null,$)}}}let ft=b.children;for(let Xt=0,dt=ft.length;Xt<dt;Xt++)hr(ft[Xt],$,Se,ce)}function ji(b,$,Se,ce){let{opaque:ge,transmissive:ft,transparent:Xt}=b;N.setupLightsView(Se),Wt===!0&&De.setGlobalState(X.clippingPlanes,Se),ce&&et.viewport(ie.copy(ce)),ge.length>0&&Kr(ge,$,Se),ft.length>0&&Kr(ft,$,Se),Xt.length>0&&Kr(Xt,$,Se),et.buffers.depth.setTest(!0),et.buffers.depth.setMask(!0),et.buffers.color.setMask(!0),et.setPolygonOffset(!1)}function Vi(b,$,Se,ce){if((Se.isScene===!0?Se.overrideMaterial:null)!==null)return;if(N.state.transmissionRenderTarget[ce.id]===void 0){let Ht=vn.has("EXT_color_buffer_half_float")||vn.has("EXT_color_buffer_float");N.state.transmissionRenderTarget[ce.id]=new yr(1,1,{generateMipmaps:!0,type:Ht?Zr:lr,minFilter:Xs,samples:Math.max(4,Nn.samples),stencilBuffer:s,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Bn.workingColorSpace})}let ft=N.state.transmissionRenderTarget[ce.id],Xt=ce.viewport||ie;ft.setSize(Xt.z*X.transmissionResolutionScale,Xt.w*X.transmissionResolutionScale);let dt=X.getRenderTarget(),zt=X.getActiveCubeFace(),Zt=X.getActiveMipmapLevel();X.setRenderTarget(ft),X.getClearColor(Me),Xe=X.getClearAlpha(),Xe<1&&X.setClearColor(16777215,.5),X.clear(),ni&&O.render(Se);let an=X.toneMapping;X.toneMapping=ms;let mn=ce.viewport;if(ce.viewport!==void 0&&(ce.viewport=void 0),N.setupLightsView(ce),Wt===!0&&De.setGlobalState(X.clippingPlanes,ce),Kr(b,Se,ce),Jt.updateMultisampleRenderTarget(ft),Jt.updateRenderTargetMipmap(ft),vn.has("WEBGL_multisampled_render_to_texture")===!1){let Ht=!1;for(let Tn=0,jn=$.length;Tn<jn;Tn++){let zn=$[Tn],{object:Fn,geometry:ci,material:Yt,group:Hn}=zn;if(Yt.side===Pr&&Fn.layers.test(ce.layers)){let xn=Yt.side;Yt.side=tr,Yt.needsUpdate=!0,Jr(Fn,Se,ce,ci,Yt,Hn),Yt.side=xn,Yt.needsUpdate=!0,Ht=!0}}Ht===!0&&(Jt.updateMultisampleRenderTarget(ft),Jt.updateRenderTargetMipmap(ft))}X.setRenderTarget(dt,zt,Zt),X.setClearColor(Me,Xe),mn!==void 0&&(ce.viewport=mn),X.toneMapping=an}function Kr(b,$,Se){let ce=$.isScene===!0?$.overrideMaterial:null;for(let ge=0,ft=b.length;ge<ft;ge++){let Xt=b[ge],{object:dt,geometry:zt,group:Zt}=Xt,an=Xt.material;an.allowOverride===!0&&ce!==null&&(an=ce),dt.layers.test(Se.layers)&&Jr(dt,$,Se,zt,an,Zt)}}function Jr(b,$,Se,ce,ge,ft){re!==null&&ge.isNodeMaterial&&re.setObject(b,ge),b.onBeforeRender(X,$,Se,ce,ge,ft),b.modelViewMatrix.multiplyMatrices(Se.matrixWorldInverse,b.matrixWorld),b.normalMatrix.getNormalMatrix(b.modelViewMatrix),ge.onBeforeRender(X,$,Se,ce,b,ft),ge.transparent===!0&&ge.side===Pr&&ge.forceSinglePass===!1?(ge.side=tr,ge.needsUpdate=!0,X.renderBufferDirect(Se,$,ce,ge,b,ft),ge.side=Oa,ge.needsUpdate=!0,X.renderBufferDirect(Se,$,ce,ge,b,ft),ge.side=Pr):X.renderBufferDirect(Se,$,ce,ge,b,ft),b.onAfterRender(X,$,Se,ce,ge,ft)}function Qr(b){let $=0;for(let Se of b)Se.texture!==null&&$++;return $}function Fr(b,$,Se){$.isScene!==!0&&($=w);let ce=kt.get(b),ge=N.state.lights,ft=N.state.shadowsArray,Xt=ge.state.version,dt=Ne.getParameters(b,ge.state,ft,$,Se,N.state.lightProbeGridArray),zt=Ne.getProgramCacheKey(dt),Zt=ce.programs;ce.environment=b.isMeshStandardMaterial||b.isMeshLambertMaterial||b.isMeshPhongMaterial?$.environment:null,ce.fog=$.fog;let an=b.isMeshStandardMaterial||b.isMeshLambertMaterial&&!b.envMap||b.isMeshPhongMaterial&&!b.envMap;ce.envMap=D.get(b.envMap||ce.environment,an),ce.envMapRotation=ce.environment!==null&&b.envMap===null?$.environmentRotation:b.envMapRotation,Zt===void 0&&(b.addEventListener("dispose",un),Zt=new Map,ce.programs=Zt,ce.programVariants=new Map);let mn=Zt.get(zt);if(mn!==void 0){if(ce.currentProgram===mn&&ce.lightsStateVersion===Xt)return ns(b,dt),mn}else dt.uniforms=Ne.getUniforms(b),re!==null&&b.isNodeMaterial&&re.build(b,Se,dt),b.onBeforeCompile(dt,X),mn=Ne.acquireProgram(dt,zt),Zt.set(zt,mn),ce.uniforms=dt.uniforms;let Ht=ce.uniforms;return(!b.isShaderMaterial&&!b.isRawShaderMaterial||b.clipping===!0)&&(Ht.clippingPlanes=De.uniform),ns(b,dt),ce.needsLights=Ur(b),ce.lightsStateVersion=Xt,ce.needsLights&&(Ht.ambientLightColor.value=ge.state.ambient,Ht.lightProbe.value=ge.state.probe,Ht.sunLights.value=ge.state.sun,Ht.sunLightShadows.value=ge.state.sunShadow,Ht.directionalLights.value=ge.state.directional,Ht.directionalLightShadows.value=ge.state.directionalShadow,Ht.spotLights.value=ge.state.spot,Ht.spotLightShadows.value=ge.state.spotShadow,Ht.rectAreaLights.value=ge.state.rectArea,Ht.ltc_1.value=ge.state.rectAreaLTC1,Ht.ltc_2.value=ge.state.rectAreaLTC2,Ht.pointLights.value=ge.state.point,Ht.pointLightShadows.value=ge.state.pointShadow,Ht.hemisphereLights.value=ge.state.hemi,Ht.sunShadowMatrix.value=ge.state.sunShadowMatrix,Ht.sunShadowCascade.value=ge.state.sunShadowCascade,Ht.directionalShadowMatrix.value=ge.state.directionalShadowMatrix,Ht.spotLightMatrix.value=ge.state.spotLightMatrix,Ht.spotLightMap.value=ge.state.spotLightMap,Ht.pointShadowMatrix.value=ge.state.pointShadowMatrix),ce.numLightProbeGrids=Qr(N.state.lightProbeGridArray),ce.currentProgram=mn,ce.uniformsList=null,mn}function es(b,$,Se,ce,ge){let ft=kt.get(b),Xt=ft.currentProgram.id+","+ce+","+ge,dt=ft.programVariants.get(Xt);return dt===void 0?(dt=Fr(b,$,Se),ft.programVariants.set(Xt,dt)):(ft.currentProgram=dt,ft.uniformsList=null,ft.outputColorSpace=ce,ft.toneMapping=ge),dt}function ts(b){if(b.uniformsList===null){let $=b.currentProgram.getUniforms();b.uniformsList=Cl.seqWithValue($.seq,b.uniforms)}return b.uniformsList}function ns(b,$){let Se=kt.get(b);Se.outputColorSpace=$.outputColorSpace,Se.batching=$.batching,Se.batchingColor=$.batchingColor,Se.instancing=$.instancing,Se.instancingColor=$.instancingColor,Se.instancingMorph=$.instancingMorph,Se.skinning=$.skinning,Se.morphTargets=$.morphTargets,Se.morphNormals=$.morphNormals,Se.morphColors=$.morphColors,Se.morphTargetsCount=$.morphTargetsCount,Se.numClippingPlanes=$.numClippingPlanes,Se.numIntersection=$.numClipIntersection,Se.vertexAlphas=$.vertexAlphas,Se.vertexTangents=$.vertexTangents,Se.toneMapping=$.toneMapping}function Ha(b,$,Se,ce,ge){$.isScene!==!0&&($=w),Jt.resetTextureUnits();let ft=$.fog,Xt=ce.isMeshStandardMaterial||ce.isMeshLambertMaterial||ce.isMeshPhongMaterial?$.environment:null,dt=Le===null?X.outputColorSpace:Le.isXRRenderTarget===!0?Le.texture.colorSpace:Bn.workingColorSpace,zt=ce.isMeshStandardMaterial||ce.isMeshLambertMaterial&&!ce.envMap||ce.isMeshPhongMaterial&&!ce.envMap,Zt=D.get(ce.envMap||Xt,zt),an=ce.vertexColors===!0&&!!Se.attributes.color&&Se.attributes.color.itemSize===4,mn=!!Se.attributes.tangent&&(!!ce.normalMap||ce.anisotropy>0),Ht=!!Se.morphAttributes.position,Tn=!!Se.morphAttributes.normal,jn=!!Se.morphAttributes.color,zn=ms;ce.toneMapped&&(Le===null||Le.isXRRenderTarget===!0)&&(zn=X.toneMapping);let Fn=Se.morphAttributes.position||Se.morphAttributes.normal||Se.morphAttributes.color,ci=Fn!==void 0?Fn.length:0,Yt=kt.get(ce),Hn=N.state.lights;if(Wt===!0&&(ln===!0||b!==Re)){let kn=b===Re&&ce.id===de;De.setState(ce,b,kn)}let xn=!1,xi=!1;ce.version===Yt.__version?Yt.needsLights&&Yt.lightsStateVersion!==Hn.state.version||ge.isBatchedMesh&&Yt.batching===!1||!ge.isBatchedMesh&&Yt.batching===!0||ge.isBatchedMesh&&Yt.batchingColor===!0&&ge._colorsTexture===null||ge.isBatchedMesh&&Yt.batchingColor===!1&&ge._colorsTexture!==null||ge.isInstancedMesh&&Yt.instancing===!1||!ge.isInstancedMesh&&Yt.instancing===!0||ge.isSkinnedMesh&&Yt.skinning===!1||!ge.isSkinnedMesh&&Yt.skinning===!0||ge.isInstancedMesh&&Yt.instancingColor===!0&&ge.instanceColor===null||ge.isInstancedMesh&&Yt.instancingColor===!1&&ge.instanceColor!==null||ge.isInstancedMesh&&Yt.instancingMorph===!0&&ge.morphTexture===null||ge.isInstancedMesh&&Yt.instancingMorph===!1&&ge.morphTexture!==null||Yt.envMap!==Zt||ce.fog===!0&&Yt.fog!==ft||Yt.numClippingPlanes!==void 0&&(Yt.numClippingPlanes!==De.numPlanes||Yt.numIntersection!==De.numIntersection)||Yt.vertexAlphas!==an||Yt.vertexTangents!==mn||Yt.morphTargets!==Ht||Yt.morphNormals!==Tn||Yt.morphColors!==jn||Yt.morphTargetsCount!==ci||Yt.numLightProbeGrids!==Qr(N.state.lightProbeGridArray)?xn=!0:(Yt.outputColorSpace!==dt||Yt.toneMapping!==zn)&&(xi=!0):(xn=!0,Yt.__version=ce.version);let ai=Yt.currentProgram;(xn===!0||xi===!0)&&(ai=xi===!0?es(ce,$,ge,dt,zn):Fr(ce,$,ge),re&&ce.isNodeMaterial&&re.onUpdateProgram(ce,ai,Yt));let zi=!1,Di=!1,Ki=!1,pn=ai.getUniforms(),ii=Yt.uniforms;if(et.useProgram(ai.program)&&(zi=!0,Di=!0,Ki=!0),ce.id!==de&&(de=ce.id,Di=!0),zi||Re!==b){et.buffers.depth.getReversed()&&b.reversedDepth!==!0&&(b._reversedDepth=!0,b.updateProjectionMatrix()),pn.setValue(j,"projectionMatrix",b.projectionMatrix),pn.setValue(j,"viewMatrix",b.matrixWorldInverse);let Kn=pn.map.cameraPosition;Kn!==void 0&&Kn.setValue(j,hi.setFromMatrixPosition(b.matrixWorld)),Nn.logarithmicDepthBuffer&&pn.setValue(j,"logDepthBufFC",2/(Math.log(b.far+1)/Math.LN2)),(ce.isMeshPhongMaterial||ce.isMeshToonMaterial||ce.isMeshLambertMaterial||ce.isMeshBasicMaterial||ce.isMeshStandardMaterial||ce.isShaderMaterial)&&pn.setValue(j,"isOrthographic",b.isOrthographicCamera===!0),Re!==b&&(Re=b,Di=!0,Ki=!0)}if(Yt.needsLights&&(Hn.state.sunShadowMap.length>0&&pn.setValue(j,"sunShadowMap",Hn.state.sunShadowMap,Jt),Hn.state.directionalShadowMap.length>0&&pn.setValue(j,"directionalShadowMap",Hn.state.directionalShadowMap,Jt),Hn.state.spotShadowMap.length>0&&pn.setValue(j,"spotShadowMap",Hn.state.spotShadowMap,Jt),Hn.state.pointShadowMap.length>0&&pn.setValue(j,"pointShadowMap",Hn.state.pointShadowMap,Jt)),ge.isSkinnedMesh){pn.setOptional(j,ge,"bindMatrix"),pn.setOptional(j,ge,"bindMatrixInverse");let kn=ge.skeleton;kn&&(kn.boneTexture===null&&kn.computeBoneTexture(),pn.setValue(j,"boneTexture",kn.boneTexture,Jt))}ge.isBatchedMesh&&(pn.setOptional(j,ge,"batchingTexture"),pn.setValue(j,"batchingTexture",ge._matricesTexture,Jt),pn.setOptional(j,ge,"batchingIdTexture"),pn.setValue(j,"batchingIdTexture",ge._indirectTexture,Jt),pn.setOptional(j,ge,"batchingColorTexture"),ge._colorsTexture!==null&&pn.setValue(j,"batchingColorTexture",ge._colorsTexture,Jt));let yi=Se.morphAttributes;if((yi.position!==void 0||yi.normal!==void 0||yi.color!==void 0)&&ue.update(ge,Se,ai),(Di||Yt.receiveShadow!==ge.receiveShadow)&&(Yt.receiveShadow=ge.receiveShadow,pn.setValue(j,"receiveShadow",ge.receiveShadow)),(ce.isMeshStandardMaterial||ce.isMeshLambertMaterial||ce.isMeshPhongMaterial)&&ce.envMap===null&&$.environment!==null&&(ii.envMapIntensity.value=$.environmentIntensity),ii.dfgLUT!==void 0&&(ii.dfgLUT.value=jT()),Di){if(pn.setValue(j,"toneMappingExposure",X.toneMappingExposure),Yt.needsLights&&Vn(ii,Ki),ft&&ce.fog===!0&&ut.refreshFogUniforms(ii,ft),ut.refreshMaterialUniforms(ii,ce,nt,$t,N.state.transmissionRenderTarget[b.id]),Yt.needsLights&&Yt.numLightProbeGrids>0){let kn=E,Kn=0;for(let $n of N.state.lightProbeGridArray)$n.texture!==null&&(kn.textures[Kn]=$n.texture,kn.min[Kn]=$n.boundingBox.min,kn.max[Kn]=$n.boundingBox.max,kn.resolution[Kn]=$n.resolution,Kn++);for(let $n in kn)kn[$n].length=Kn;ii.probesSH.value=kn.textures,ii.probesMin.value=kn.min,ii.probesMax.value=kn.max,ii.probesResolution.value=kn.resolution}Cl.upload(j,ts(Yt),ii,Jt)}if(ce.isShaderMaterial&&ce.uniformsNeedUpdate===!0&&(Cl.upload(j,ts(Yt),ii,Jt),ce.uniformsNeedUpdate=!1),ce.isSpriteMaterial&&pn.setValue(j,"center",ge.center),pn.setValue(j,"modelViewMatrix",ge.modelViewMatrix),pn.setValue(j,"normalMatrix",ge.normalMatrix),pn.setValue(j,"modelMatrix",ge.matrixWorld),ce.uniformsGroups!==void 0){let kn=ce.uniformsGroups;for(let Kn=0,$n=kn.length;Kn<$n;Kn++){let Br=kn[Kn];tt.update(Br,ai),tt.bind(Br,ai)}}return ai}function Vn(b,$){b.ambientLightColor.needsUpdate=$,b.lightProbe.needsUpdate=$,b.sunLights.needsUpdate=$,b.sunLightShadows.needsUpdate=$,b.directionalLights.needsUpdate=$,b.directionalLightShadows.needsUpdate=$,b.pointLights.needsUpdate=$,b.pointLightShadows.needsUpdate=$,b.spotLights.needsUpdate=$,b.spotLightShadows.needsUpdate=$,b.rectAreaLights.needsUpdate=$,b.hemisphereLights.needsUpdate=$}function Ur(b){return b.isMeshLambertMaterial||b.isMeshToonMaterial||b.isMeshPhongMaterial||b.isMeshStandardMaterial||b.isShadowMaterial||b.isShaderMaterial&&b.lights===!0}this.getActiveCubeFace=function(){return ye},this.getActiveMipmapLevel=function(){return ne},this.getRenderTarget=function(){return Le},this.setRenderTargetTextures=function(b,$,Se){let ce=kt.get(b);ce.__autoAllocateDepthBuffer=b.resolveDepthBuffer===!1,ce.__autoAllocateDepthBuffer===!1&&(ce.__useRenderToTexture=!1),kt.get(b.texture).__webglTexture=$,kt.get(b.depthTexture).__webglTexture=ce.__autoAllocateDepthBuffer?void 0:Se,ce.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(b,$){let Se=kt.get(b);Se.__webglFramebuffer=$,Se.__useDefaultFramebuffer=$===void 0},this.setRenderTarget=function(b,$=0,Se=0){Le=b,ye=$,ne=Se;let ce=null,ge=!1,ft=!1;if(b){let dt=kt.get(b);if(dt.__useDefaultFramebuffer!==void 0){et.bindFramebuffer(j.FRAMEBUFFER,dt.__webglFramebuffer),ie.copy(b.viewport),je.copy(b.scissor),Bt=b.scissorTest,et.viewport(ie),et.scissor(je),et.setScissorTest(Bt),de=-1;return}else if(dt.__webglFramebuffer===void 0)Jt.setupRenderTarget(b);else if(dt.__hasExternalTextures)Jt.rebindTextures(b,kt.get(b.texture).__webglTexture,kt.get(b.depthTexture).__webglTexture);else if(b.depthBuffer){let an=b.depthTexture;if(dt.__boundDepthTexture!==an){if(an!==null&&kt.has(an)&&(b.width!==an.image.width||b.height!==an.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");Jt.setupDepthRenderbuffer(b)}}let zt=b.texture;(zt.isData3DTexture||zt.isDataArrayTexture||zt.isCompressedArrayTexture)&&(ft=!0);let Zt=kt.get(b).__webglFramebuffer;b.isWebGLCubeRenderTarget?(Array.isArray(Zt[$])?ce=Zt[$][Se]:ce=Zt[$],ge=!0):b.samples>0&&Jt.useMultisampledRTT(b)===!1?ce=kt.get(b).__webglMultisampledFramebuffer:Array.isArray(Zt)?ce=Zt[Se]:ce=Zt,ie.copy(b.viewport),je.copy(b.scissor),Bt=b.scissorTest}else ie.copy(jt).multiplyScalar(nt).floor(),je.copy(Cn).multiplyScalar(nt).floor(),Bt=mt;if(Se!==0&&(ce=pe),et.bindFramebuffer(j.FRAMEBUFFER,ce)&&et.drawBuffers(b,ce),et.viewport(ie),et.scissor(je),et.setScissorTest(Bt),ge){let dt=kt.get(b.texture);j.framebufferTexture2D(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_CUBE_MAP_POSITIVE_X+$,dt.__webglTexture,Se)}else if(ft){let dt=$;for(let zt=0;zt<b.textures.length;zt++){let Zt=kt.get(b.textures[zt]);j.framebufferTextureLayer(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0+zt,Zt.__webglTexture,Se,dt)}}else if(b!==null&&Se!==0){let dt=kt.get(b.texture);j.framebufferTexture2D(j.FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,dt.__webglTexture,Se)}de=-1};function Es(b){let $=kt.get(b);return($.__readFormat!==b.format||$.__readType!==b.type)&&($.__readFormat=b.format,$.__readType=b.type,$.__formatReadable=Nn.textureFormatReadable(b.format),$.__typeReadable=Nn.textureTypeReadable(b.type)),$}this.readRenderTargetPixels=function(b,$,Se,ce,ge,ft,Xt,dt=0){if(!(b&&b.isWebGLRenderTarget)){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let zt=kt.get(b).__webglFramebuffer;if(b.isWebGLCubeRenderTarget&&Xt!==void 0&&(zt=zt[Xt],Array.isArray(zt)&&(zt=zt[0])),zt){et.bindFramebuffer(j.FRAMEBUFFER,zt);try{let Zt=b.textures[dt],an=Zt.format,mn=Zt.type;b.textures.length>1&&j.readBuffer(j.COLOR_ATTACHMENT0+dt);let Ht=Es(Zt);if(Ht.__formatReadable===!1){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ht.__typeReadable===!1){yn("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}$>=0&&$<=b.width-ce&&Se>=0&&Se<=b.height-ge&&j.readPixels($,Se,ce,ge,Fe.convert(an),Fe.convert(mn),ft)}finally{let Zt=Le!==null?kt.get(Le).__webglFramebuffer:null;et.bindFramebuffer(j.FRAMEBUFFER,Zt)}}},this.readRenderTargetPixelsAsync=async function(b,$,Se,ce,ge,ft,Xt,dt=0){if(!(b&&b.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let zt=kt.get(b).__webglFramebuffer;if(b.isWebGLCubeRenderTarget&&Xt!==void 0&&(zt=zt[Xt],Array.isArray(zt)&&(zt=zt[0])),zt)if($>=0&&$<=b.width-ce&&Se>=0&&Se<=b.height-ge){et.bindFramebuffer(j.FRAMEBUFFER,zt);let Zt=b.textures[dt],an=Zt.format,mn=Zt.type;b.textures.length>1&&j.readBuffer(j.COLOR_ATTACHMENT0+dt);let Ht=Es(Zt);if(Ht.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ht.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let Tn=j.createBuffer();j.bindBuffer(j.PIXEL_PACK_BUFFER,Tn),j.bufferData(j.PIXEL_PACK_BUFFER,ft.byteLength,j.STREAM_READ),j.readPixels($,Se,ce,ge,Fe.convert(an),Fe.convert(mn),0),j.bindBuffer(j.PIXEL_PACK_BUFFER,null);let jn=Le!==null?kt.get(Le).__webglFramebuffer:null;et.bindFramebuffer(j.FRAMEBUFFER,jn);let zn=j.fenceSync(j.SYNC_GPU_COMMANDS_COMPLETE,0);return j.flush(),await Lv(j,zn,4),j.bindBuffer(j.PIXEL_PACK_BUFFER,Tn),j.getBufferSubData(j.PIXEL_PACK_BUFFER,0,ft),j.bindBuffer(j.PIXEL_PACK_BUFFER,null),j.deleteBuffer(Tn),j.deleteSync(zn),ft}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(b,$=null,Se=0){let ce=Math.pow(2,-Se),ge=Math.floor(b.image.width*ce),ft=Math.floor(b.image.height*ce),Xt=$!==null?$.x:0,dt=$!==null?$.y:0;Jt.setTexture2D(b,0),j.copyTexSubImage2D(j.TEXTURE_2D,Se,0,0,Xt,dt,ge,ft),et.unbindTexture()},this.copyTextureToTexture=function(b,$,Se=null,ce=null,ge=0,ft=0){let Xt,dt,zt,Zt,an,mn,Ht,Tn,jn,zn=b.isCompressedTexture?b.mipmaps[ft]:b.image;if(Se!==null)Xt=Se.max.x-Se.min.x,dt=Se.max.y-Se.min.y,zt=Se.isBox3?Se.max.z-Se.min.z:1,Zt=Se.min.x,an=Se.min.y,mn=Se.isBox3?Se.min.z:0;else{let pn=Math.pow(2,-ge);Xt=Math.floor(zn.width*pn),dt=Math.floor(zn.height*pn),b.isDataArrayTexture?zt=zn.depth:b.isData3DTexture?zt=Math.floor(zn.depth*pn):zt=1,Zt=0,an=0,mn=0}ce!==null?(Ht=ce.x,Tn=ce.y,jn=ce.z):(Ht=0,Tn=0,jn=0);let Fn=Fe.convert($.format),ci=Fe.convert($.type),Yt;$.isData3DTexture?(Jt.setTexture3D($,0),Yt=j.TEXTURE_3D):$.isDataArrayTexture||$.isCompressedArrayTexture?(Jt.setTexture2DArray($,0),Yt=j.TEXTURE_2D_ARRAY):(Jt.setTexture2D($,0),Yt=j.TEXTURE_2D),et.activeTexture(j.TEXTURE0),et.pixelStorei(j.UNPACK_FLIP_Y_WEBGL,$.flipY),et.pixelStorei(j.UNPACK_PREMULTIPLY_ALPHA_WEBGL,$.premultiplyAlpha),et.pixelStorei(j.UNPACK_ALIGNMENT,$.unpackAlignment);let Hn=et.getParameter(j.UNPACK_ROW_LENGTH),xn=et.getParameter(j.UNPACK_IMAGE_HEIGHT),xi=et.getParameter(j.UNPACK_SKIP_PIXELS),ai=et.getParameter(j.UNPACK_SKIP_ROWS),zi=et.getParameter(j.UNPACK_SKIP_IMAGES);et.pixelStorei(j.UNPACK_ROW_LENGTH,zn.width),et.pixelStorei(j.UNPACK_IMAGE_HEIGHT,zn.height),et.pixelStorei(j.UNPACK_SKIP_PIXELS,Zt),et.pixelStorei(j.UNPACK_SKIP_ROWS,an),et.pixelStorei(j.UNPACK_SKIP_IMAGES,mn);let Di=b.isDataArrayTexture||b.isData3DTexture,Ki=$.isDataArrayTexture||$.isData3DTexture;if(b.isDepthTexture){let pn=kt.get(b),ii=kt.get($),yi=kt.get(pn.__renderTarget),kn=kt.get(ii.__renderTarget);et.bindFramebuffer(j.READ_FRAMEBUFFER,yi.__webglFramebuffer),et.bindFramebuffer(j.DRAW_FRAMEBUFFER,kn.__webglFramebuffer);for(let Kn=0;Kn<zt;Kn++)Di&&(j.framebufferTextureLayer(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,kt.get(b).__webglTexture,ge,mn+Kn),j.framebufferTextureLayer(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,kt.get($).__webglTexture,ft,jn+Kn)),j.blitFramebuffer(Zt,an,Zt+Xt,an+dt,Ht,Tn,Ht+Xt,Tn+dt,j.DEPTH_BUFFER_BIT,j.NEAREST);et.bindFramebuffer(j.READ_FRAMEBUFFER,null),et.bindFramebuffer(j.DRAW_FRAMEBUFFER,null)}else if(ge!==0||b.isRenderTargetTexture||kt.has(b)){let pn=kt.get(b),ii=kt.get($);et.bindFramebuffer(j.READ_FRAMEBUFFER,G),et.bindFramebuffer(j.DRAW_FRAMEBUFFER,ve);for(let yi=0;yi<zt;yi++)Di?j.framebufferTextureLayer(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,pn.__webglTexture,ge,mn+yi):j.framebufferTexture2D(j.READ_FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,pn.__webglTexture,ge),Ki?j.framebufferTextureLayer(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,ii.__webglTexture,ft,jn+yi):j.framebufferTexture2D(j.DRAW_FRAMEBUFFER,j.COLOR_ATTACHMENT0,j.TEXTURE_2D,ii.__webglTexture,ft),ge!==0?j.blitFramebuffer(Zt,an,Zt+Xt,an+dt,Ht,Tn,Ht+Xt,Tn+dt,j.COLOR_BUFFER_BIT,j.NEAREST):Ki?j.copyTexSubImage3D(Yt,ft,Ht,Tn,jn+yi,Zt,an,Xt,dt):j.copyTexSubImage2D(Yt,ft,Ht,Tn,Zt,an,Xt,dt);et.bindFramebuffer(j.READ_FRAMEBUFFER,null),et.bindFramebuffer(j.DRAW_FRAMEBUFFER,null)}else Ki?b.isDataTexture||b.isData3DTexture?j.texSubImage3D(Yt,ft,Ht,Tn,jn,Xt,dt,zt,Fn,ci,zn.data):$.isCompressedArrayTexture?j.compressedTexSubImage3D(Yt,ft,Ht,Tn,jn,Xt,dt,zt,Fn,zn.data):j.texSubImage3D(Yt,ft,Ht,Tn,jn,Xt,dt,zt,Fn,ci,zn):b.isDataTexture?j.texSubImage2D(j.TEXTURE_2D,ft,Ht,Tn,Xt,dt,Fn,ci,zn.data):b.isCompressedTexture?j.compressedTexSubImage2D(j.TEXTURE_2D,ft,Ht,Tn,zn.width,zn.height,Fn,zn.data):j.texSubImage2D(j.TEXTURE_2D,ft,Ht,Tn,Xt,dt,Fn,ci,zn);et.pixelStorei(j.UNPACK_ROW_LENGTH,Hn),et.pixelStorei(j.UNPACK_IMAGE_HEIGHT,xn),et.pixelStorei(j.UNPACK_SKIP_PIXELS,xi),et.pixelStorei(j.UNPACK_SKIP_ROWS,ai),et.pixelStorei(j.UNPACK_SKIP_IMAGES,zi),ft===0&&$.generateMipmaps===!0&&$.mipmapsAutoUpdate===!0&&j.generateMipmap(Yt),et.unbindTexture()},this.initRenderTarget=function(b){kt.get(b).__webglFramebuffer===void 0&&Jt.setupRenderTarget(b)},this.initTexture=function(b){b.isCubeTexture?Jt.setTextureCube(b,0):b.isData3DTexture?Jt.setTexture3D(b,0):b.isDataArrayTexture||b.isCompressedArrayTexture?Jt.setTexture2DArray(b,0):Jt.setTexture2D(b,0),et.unbindTexture()},this.resetState=function(){ye=0,ne=0,Le=null,et.reset(),Be.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return Ir}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Bn._getDrawingBufferColorSpace(e),t.unpackColorSpace=Bn._getUnpackColorSpace()}};var vx={type:"change"},t0={type:"start"},yx={type:"end"},Vd=new Hs,xx=new vr,KT=Math.cos(70*Dg.DEG2RAD),Li=new _e,cr=2*Math.PI,Wn={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},e0=1e-6,Hd=class extends ou{constructor(e,t=null){super(e,t),this.state=Wn.NONE,this.target=new _e,this.cursor=new _e,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:Da.ROTATE,MIDDLE:Da.DOLLY,RIGHT:Da.PAN},this.touches={ONE:Na.ROTATE,TWO:Na.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new _e,this._lastQuaternion=new xr,this._lastTargetPosition=new _e,this._quat=new xr().setFromUnitVectors(e.up,new _e(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new bl,this._sphericalDelta=new bl,this._scale=1,this._panOffset=new _e,this._rotateStart=new _n,this._rotateEnd=new _n,this._rotateDelta=new _n,this._panStart=new _n,this._panEnd=new _n,this._panDelta=new _n,this._dollyStart=new _n,this._dollyEnd=new _n,this._dollyDelta=new _n,this._dollyDirection=new _e,this._mouse=new _n,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=QT.bind(this),this._onPointerDown=JT.bind(this),this._onPointerUp=ew.bind(this),this._onContextMenu=ow.bind(this),this._onMouseWheel=iw.bind(this),this._onKeyDown=rw.bind(this),this._onTouchStart=sw.bind(this),this._onTouchMove=aw.bind(this),this._onMouseDown=tw.bind(this),this._onMouseMove=nw.bind(this),this._interceptControlDown=lw.bind(this),this._interceptControlUp=cw.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=Wn.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(vx),this.update(),this.state=Wn.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Li.copy(t).sub(this.target),Li.applyQuaternion(this._quat),this._spherical.setFromVector3(Li),this.autoRotate&&this.state===Wn.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let i=this.minAzimuthAngle,r=this.maxAzimuthAngle;isFinite(i)&&isFinite(r)&&(i<-Math.PI?i+=cr:i>Math.PI&&(i-=cr),r<-Math.PI?r+=cr:r>Math.PI&&(r-=cr),i<=r?this._spherical.theta=Math.max(i,Math.min(r,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(i+r)/2?Math.max(i,this._spherical.theta):Math.min(r,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let s=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let a=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),s=a!=this._spherical.radius}if(Li.setFromSpherical(this._spherical),Li.applyQuaternion(this._quatInverse),t.copy(this.target).add(Li),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let a=null;if(this.object.isPerspectiveCamera){let o=Li.length();a=this._clampDistance(o*this._scale);let c=o-a;this.object.position.addScaledVector(this._dollyDirection,c),this.object.updateMatrixWorld(),s=!!c}else if(this.object.isOrthographicCamera){let o=new _e(this._mouse.x,this._mouse.y,0);o.unproject(this.object);let c=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),s=c!==this.object.zoom;let l=new _e(this._mouse.x,this._mouse.y,0);l.unproject(this.object),this.object.position.sub(l).add(o),this.object.updateMatrixWorld(),a=Li.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;a!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(a).add(this.object.position):(Vd.origin.copy(this.object.position),Vd.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Vd.direction))<KT?this.object.lookAt(this.target):(xx.setFromNormalAndCoplanarPoint(this.object.up,this.target),Vd.intersectPlane(xx,this.target))))}else if(this.object.isOrthographicCamera){let a=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),a!==this.object.zoom&&(this.object.updateProjectionMatrix(),s=!0)}return this._scale=1,this._performCursorZoom=!1,s||this._lastPosition.distanceToSquared(this.object.position)>e0||8*(1-this._lastQuaternion.dot(this.object.quaternion))>e0||this._lastTargetPosition.distanceToSquared(this.target)>e0?(this.dispatchEvent(vx),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?cr/60*this.autoRotateSpeed*e:cr/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Li.setFromMatrixColumn(t,0),Li.multiplyScalar(-e),this._panOffset.add(Li)}_panUp(e,t){this.screenSpacePanning===!0?Li.setFromMatrixColumn(t,1):(Li.setFromMatrixColumn(t,0),Li.crossVectors(this.object.up,Li)),Li.multiplyScalar(e),this._panOffset.add(Li)}_pan(e,t){let i=this.domElement;if(this.object.isPerspectiveCamera){let r=this.object.position;Li.copy(r).sub(this.target);let s=Li.length();s*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*s/i.clientHeight,this.object.matrix),this._panUp(2*t*s/i.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/i.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/i.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let i=this.domElement.getBoundingClientRect(),r=e-i.left,s=t-i.top,a=i.width,o=i.height;this._mouse.x=r/a*2-1,this._mouse.y=-(s/o)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(cr*this._rotateDelta.x/t.clientHeight),this._rotateUp(cr*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(cr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-cr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(cr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-cr*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._rotateStart.set(i,r)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panStart.set(i,r)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyStart.set(0,s)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let i=this._getSecondPointerPosition(e),r=.5*(e.pageX+i.x),s=.5*(e.pageY+i.y);this._rotateEnd.set(r,s)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(cr*this._rotateDelta.x/t.clientHeight),this._rotateUp(cr*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),i=.5*(e.pageX+t.x),r=.5*(e.pageY+t.y);this._panEnd.set(i,r)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),i=e.pageX-t.x,r=e.pageY-t.y,s=Math.sqrt(i*i+r*r);this._dollyEnd.set(0,s),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let a=(e.pageX+t.x)*.5,o=(e.pageY+t.y)*.5;this._updateZoomParameters(a,o)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new _n,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,i={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:i.deltaY*=16;break;case 2:i.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(i.deltaY*=10),i}};function JT(n){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(n.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(n)&&(this._addPointer(n),n.pointerType==="touch"?this._onTouchStart(n):this._onMouseDown(n),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function QT(n){this.enabled!==!1&&(n.pointerType==="touch"?this._onTouchMove(n):this._onMouseMove(n))}function ew(n){switch(this._removePointer(n),this._pointers.length){case 0:this.domElement.releasePointerCapture(n.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(yx),this.state=Wn.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function tw(n){let e;switch(n.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case Da.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(n),this.state=Wn.DOLLY;break;case Da.ROTATE:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Wn.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Wn.ROTATE}break;case Da.PAN:if(n.ctrlKey||n.metaKey||n.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(n),this.state=Wn.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(n),this.state=Wn.PAN}break;default:this.state=Wn.NONE}this.state!==Wn.NONE&&this.dispatchEvent(t0)}function nw(n){switch(this.state){case Wn.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(n);break;case Wn.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(n);break;case Wn.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(n);break}}function iw(n){this.enabled===!1||this.enableZoom===!1||this.state!==Wn.NONE||(n.preventDefault(),this.dispatchEvent(t0),this._handleMouseWheel(this._customWheelEvent(n)),this.dispatchEvent(yx))}function rw(n){this.enabled!==!1&&this._handleKeyDown(n)}function sw(n){switch(this._trackPointer(n),this._pointers.length){case 1:switch(this.touches.ONE){case Na.ROTATE:if(this.enableRotate===!1){this.state=Wn.NONE;break}this._handleTouchStartRotate(n),this.state=Wn.TOUCH_ROTATE;break;case Na.PAN:if(this.enablePan===!1){this.state=Wn.NONE;break}this._handleTouchStartPan(n),this.state=Wn.TOUCH_PAN;break;default:this.state=Wn.NONE}break;case 2:switch(this.touches.TWO){case Na.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(n),this.state=Wn.TOUCH_DOLLY_PAN;break;case Na.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(n),this.state=Wn.TOUCH_DOLLY_ROTATE;break;default:this.state=Wn.NONE}break;default:this.state=Wn.NONE}this.state!==Wn.NONE&&this.dispatchEvent(t0)}function aw(n){switch(this._trackPointer(n),this.state){case Wn.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(n),this.update();break;case Wn.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(n),this.update();break;case Wn.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(n),this.update();break;case Wn.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(n),this.update();break;default:this.state=Wn.NONE}}function ow(n){this.enabled!==!1&&n.preventDefault()}function lw(n){n.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function cw(n){n.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}var Il=class{constructor(e,{background:t,fov:i,near:r,far:s,antialias:a}){this.container=e,this.renderer=new zd({antialias:a,preserveDrawingBuffer:!0}),this.renderer.setPixelRatio(window.devicePixelRatio),e.appendChild(this.renderer.domElement),this.scene=new Hc,this.scene.background=new In(t),this.camera=new Ji(i,1,r,s),this.controls=new Hd(this.camera,this.renderer.domElement),this.controls.addEventListener("change",()=>this.render())}watchSize(){new ResizeObserver(()=>this.resize()).observe(this.container),this.resize()}resize(){let{width:e,height:t}=this.container.getBoundingClientRect();!e||!t||(this.renderer.setSize(e,t),this.camera.aspect=e/t,this.camera.updateProjectionMatrix(),this.render())}render(){this.renderer.render(this.scene,this.camera)}settle(){let e=this.renderer.getContext();e.readPixels(0,0,1,1,e.RGBA,e.UNSIGNED_BYTE,new Uint8Array(4))}};var Wd=class extends Il{constructor(e){super(e,{background:"#111418",fov:40,near:.01,far:100,antialias:!1}),this.camera.position.set(2.2,1.6,2.6),this.controls.update(),this.scene.add(new au(1.2)),this.points=null,this.count=0,this.onPick=null,this.raycaster=new su;let t=null;this.renderer.domElement.addEventListener("pointerdown",i=>{t=[i.clientX,i.clientY]}),this.renderer.domElement.addEventListener("pointerup",i=>{t&&Math.hypot(i.clientX-t[0],i.clientY-t[1])<4&&this.pickAt(i.clientX,i.clientY),t=null}),this.watchSize()}show(e,t){let i=e.length/3,r=new Float32Array(e.length);for(let o=0;o<3;o+=1){let c=[];for(let h=o;h<e.length;h+=3*Math.max(1,Math.floor(i/2e4)))c.push(e[h]);c.sort((h,p)=>h-p);let l=h=>c[Math.min(c.length-1,Math.floor(h*c.length))],u=l(.5),d=2/Math.max(l(.99)-l(.01),1e-12);for(let h=o;h<e.length;h+=3)r[h]=(e[h]-u)*d}this.points&&(this.scene.remove(this.points),this.points.geometry.dispose());let s=new er;s.setAttribute("position",new $i(r,3)),s.setAttribute("color",new $i(t,3,!0));let a=new yl({size:i>2e5?1.5:3,sizeAttenuation:!1,vertexColors:!0});this.points=new Yc(s,a),this.scene.add(this.points),this.count=i,this.render()}pick(e,t){if(!this.points)return null;let i=this.renderer.domElement.getBoundingClientRect(),r=new _n((e-i.left)/i.width*2-1,-((t-i.top)/i.height)*2+1);this.raycaster.setFromCamera(r,this.camera);let a=2*this.camera.position.distanceTo(this.controls.target)*Math.tan(this.camera.fov*Math.PI/360)/i.height;this.raycaster.params.Points.threshold=4*a;let o=this.raycaster.intersectObject(this.points);return o.length?(o.sort((c,l)=>c.distanceToRay-l.distanceToRay),o[0].index):null}pickAt(e,t){let i=this.pick(e,t);i!==null&&this.onPick&&this.onPick(i)}setColours(e){if(!this.points)return;let t=this.points.geometry.getAttribute("color");t.array.set(e),t.needsUpdate=!0,this.render()}};var Xd=class extends Il{constructor(e,t){super(e,{background:"#0b0d10",fov:35,near:1,far:1e4,antialias:!0}),this.scene.add(new ru(16777215,.45));let i=new iu(16777215,1.6);i.position.set(1,1.5,2),this.camera.add(i),this.scene.add(this.camera),this.material=new Jc({color:9418974,shininess:30,side:Pr}),this.mesh=null,this.slices=t,this.voxels=null,this.fractions=[.5,.5,.5],this.box=0,this.triangles=0,this.watchSize()}warm(){let e=new Sr(new Ra(1,1,1),this.material);this.scene.add(e),this.camera.position.set(0,0,5),this.render(),this.scene.remove(e),e.geometry.dispose(),this.render()}showMesh(e,t){let[i,r]=new Uint32Array(e,0,2),s=new Float32Array(e,8,i*3),a=new Uint32Array(e,8+i*12,r*3),o=new er;o.setAttribute("position",new $i(s,3)),o.setIndex(new $i(a,1)),o.computeVertexNormals();let c=!this.mesh;this.mesh&&(this.scene.remove(this.mesh),this.mesh.geometry.dispose()),this.mesh=new Sr(o,this.material),this.scene.add(this.mesh),this.triangles=r,c&&(this.camera.position.set(0,0,t*2.2),this.controls.target.set(0,0,0),this.controls.update()),this.render()}setSlices(e,t){this.voxels=e,this.box=t,this.drawSlices()}drawSlices(e=this.fractions){if(this.fractions=e,!this.voxels)return;let t=this.box,i=e.map(s=>Math.min(t-1,Math.max(0,Math.floor(s*t))));[(s,a)=>i[0]*t*t+s*t+a,(s,a)=>s*t*t+i[1]*t+a,(s,a)=>s*t*t+a*t+i[2]].forEach((s,a)=>{let o=this.slices[a];o.width=t,o.height=t;let c=o.getContext("2d"),l=c.createImageData(t,t);for(let u=0;u<t;u+=1)for(let d=0;d<t;d+=1){let h=this.voxels[s(t-1-u,d)],p=4*(u*t+d);l.data[p]=h,l.data[p+1]=h,l.data[p+2]=h,l.data[p+3]=255}c.putImageData(l,0,0)})}};var Sx=["#4e79a7","#f28e2b","#e15759","#76b7b2","#59a14f","#edc948","#b07aa1","#ff9da7","#9c755f","#bab0ac","#1f77b4","#aec7e8","#ff7f0e","#ffbb78","#2ca02c","#98df8a","#d62728","#ff9896","#9467bd","#c5b0d5"],$d=[[68,1,84],[59,82,139],[33,145,140],[94,201,98],[253,231,37]];function i0(n){return Array.from({length:Math.max(n,1)},(e,t)=>Sx[t%Sx.length])}function r0(n=256){let e=[];for(let t=0;t<n;t+=1){let i=t/(n-1)*($d.length-1),r=Math.min(Math.floor(i),$d.length-2),s=i-r,a=$d[r].map((o,c)=>Math.round(o+s*($d[r+1][c]-o)));e.push(`#${a.map(o=>o.toString(16).padStart(2,"0")).join("")}`)}return e}var n0=[255,59,48],bx=[154,165,177];function Mx(n){return[1,3,5].map(e=>parseInt(n.slice(e,e+2),16))}function s0(n,e,t){let i=new Uint8Array(3*n),r=e&&e.kind==="category"?i0(e.categories.length).map(Mx):r0().map(Mx),s=e&&e.max>e.min?e.max-e.min:1;for(let a=0;a<n;a+=1){let o=bx;if(e){let c=e.values[a];e.kind==="category"?o=r[c|0]||bx:Number.isFinite(c)&&(o=r[Math.min(255,Math.max(0,Math.round((c-e.min)/s*255)))])}i[3*a]=o[0],i[3*a+1]=o[1],i[3*a+2]=o[2]}for(let a of t)i[3*a]=n0[0],i[3*a+1]=n0[1],i[3*a+2]=n0[2];return i}var Ex=new window.BroadcastChannel("pub-sub-es"),uw=n=>typeof n=="string",a0=(n,e)=>uw(n)&&e?n.toLowerCase():n,Ax=(n,e)=>(t,i,r=Number.POSITIVE_INFINITY)=>{let s=a0(t,e?.caseInsensitive),a=n[s]||[];return a.push({handler:i,times:+r||Number.POSITIVE_INFINITY}),n[s]=a,{event:s,handler:i}},hw=n=>typeof n=="object";function o0(n,e){function t(i,r){let s,a;hw(i)?(a=i.handler,s=i.event):(s=i,a=r);let o=a0(s,e?.caseInsensitive),c=n[o];if(!c)return;let l=c.findIndex(u=>u.handler===a);l===-1||l>=c.length||c.splice(l,1)}return t}var fw=n=>!!n,Tx=(n,e)=>{let t=o0(n);return(...i)=>{let[r,s,a]=i,o=a0(r,e?.caseInsensitive),c=n[o];if(!fw(c))return;let l=[...c];for(let h of l)--h.times<1&&t(o,h.handler);let u=a?.async!==void 0?a.async:e?.async,d=()=>{for(let h of l)h.handler(s)};if(u?setTimeout(d,0):d(),e?.isGlobal&&!a?.isNoGlobalBroadcast)try{Ex.postMessage({event:o,news:s})}catch(h){if(h instanceof Error&&h.name==="DataCloneError")console.warn(`Could not broadcast '${o.toString()}' globally. Payload is not clonable.`);else throw h}}};function dw(n){return Object.keys(n)}var wx=n=>()=>{for(let e of dw(n))delete n[e]},Cx=()=>({}),pw=n=>{let e=!!n?.async,t=!!n?.caseInsensitive,i=n?.stack||Cx();return{publish:Tx(i,{async:e,caseInsensitive:t}),subscribe:Ax(i,{caseInsensitive:t}),unsubscribe:o0(i,{caseInsensitive:t}),clear:wx(i),stack:i}},yu=Cx(),mw={publish:Tx(yu,{isGlobal:!0}),subscribe:Ax(yu),unsubscribe:o0(yu),clear:wx(yu),stack:yu};Ex.onmessage=({data:{event:n,news:e}})=>mw.publish(n,e,{isNoGlobalBroadcast:!0});var Rx=pw;var Zx=pS(Ix(),1),gw=n=>n*n*n,jx=n=>n<.5?4*n*n*n:(n-1)*(2*n-2)*(2*n-2)+1,_w=n=>--n*n*n+1,vw=n=>n,xw=n=>n*n,yw=n=>n<.5?2*n*n:-1+(4-2*n)*n,Sw=n=>n*(2-n),ys=n=>n,u0=(n,e)=>{if(n===e)return!0;if(n.length!==e.length)return!1;let t=new Set(n),i=new Set(e);return t.size!==i.size?!1:e.every(r=>t.has(r))},bw=n=>Math.sqrt(n.reduce((e,t)=>e+t**2,0)),Mw=n=>n.reduce((e,t)=>t>e?t:e,Number.NEGATIVE_INFINITY),Px=(n,e=ys)=>{let t=[];for(let i=0;i<n;i++)t.push(e(i,n));return t},Ew=(n,e)=>{let t=[];return n.forEach(i=>{t[i]=!0}),e.forEach(i=>{t[i]=!0}),t.reduce((i,r,s)=>(r&&i.push(s),i),[])},U0=(n,...e)=>(e.forEach(t=>{let i=Object.keys(t).reduce((r,s)=>(r[s]=Object.getOwnPropertyDescriptor(t,s),r),{});Object.getOwnPropertySymbols(t).forEach(r=>{let s=Object.getOwnPropertyDescriptor(t,r);s?.enumerable&&(i[r]=s)}),Object.defineProperties(n,i)}),n);function Aw(...n){return e=>n.reduce((t,i)=>i(t),e)}var Tw=n=>e=>U0({__proto__:{constructor:n}},e),Lx=(n,e)=>t=>U0(t,{get[n](){return e}}),ww=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),Cw=n=>new Worker(window.URL.createObjectURL(new Blob([`(${n.toString()})()`],{type:"text/javascript"}))),Pl=(n=1)=>new Promise(e=>{let t=0,i=()=>requestAnimationFrame(()=>{t++,t<n?i():e(void 0)});i()}),Kx=(n,e,t)=>{let i,r=0;t=t===null?e:t;let s=(...c)=>{let l=()=>{r>0&&(n(...c),r=0)};clearTimeout(i),i=setTimeout(l,t)},a=!1,o=(...c)=>{a?(r++,s(...c)):(n(...c),s(...c),a=!0,r=0,setTimeout(()=>{a=!1},e))};return o.reset=()=>{a=!1},o.cancel=()=>{clearTimeout(i)},o.now=(...c)=>n(...c),o},Rw=1e-6,So=typeof Float32Array<"u"?Float32Array:Array;function h0(){var n=new So(16);return So!=Float32Array&&(n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[11]=0,n[12]=0,n[13]=0,n[14]=0),n[0]=1,n[5]=1,n[10]=1,n[15]=1,n}function Dx(n){var e=new So(16);return e[0]=n[0],e[1]=n[1],e[2]=n[2],e[3]=n[3],e[4]=n[4],e[5]=n[5],e[6]=n[6],e[7]=n[7],e[8]=n[8],e[9]=n[9],e[10]=n[10],e[11]=n[11],e[12]=n[12],e[13]=n[13],e[14]=n[14],e[15]=n[15],e}function P0(n,e){var t=e[0],i=e[1],r=e[2],s=e[3],a=e[4],o=e[5],c=e[6],l=e[7],u=e[8],d=e[9],h=e[10],p=e[11],v=e[12],S=e[13],g=e[14],_=e[15],M=t*o-i*a,C=t*c-r*a,E=t*l-s*a,U=i*c-r*o,N=i*l-s*o,x=r*l-s*c,T=u*S-d*v,Z=u*g-h*v,X=u*_-p*v,Y=d*g-h*S,re=d*_-p*S,pe=h*_-p*g,G=M*pe-C*re+E*Y+U*X-N*Z+x*T;return G?(G=1/G,n[0]=(o*pe-c*re+l*Y)*G,n[1]=(r*re-i*pe-s*Y)*G,n[2]=(S*x-g*N+_*U)*G,n[3]=(h*N-d*x-p*U)*G,n[4]=(c*X-a*pe-l*Z)*G,n[5]=(t*pe-r*X+s*Z)*G,n[6]=(g*E-v*x-_*C)*G,n[7]=(u*x-h*E+p*C)*G,n[8]=(a*re-o*X+l*T)*G,n[9]=(i*X-t*re-s*T)*G,n[10]=(v*N-S*E+_*M)*G,n[11]=(d*E-u*N-p*M)*G,n[12]=(o*Z-a*Y-c*T)*G,n[13]=(t*Y-i*Z+r*T)*G,n[14]=(S*C-v*U-g*M)*G,n[15]=(u*U-d*C+h*M)*G,n):null}function ir(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3],o=e[4],c=e[5],l=e[6],u=e[7],d=e[8],h=e[9],p=e[10],v=e[11],S=e[12],g=e[13],_=e[14],M=e[15],C=t[0],E=t[1],U=t[2],N=t[3];return n[0]=C*i+E*o+U*d+N*S,n[1]=C*r+E*c+U*h+N*g,n[2]=C*s+E*l+U*p+N*_,n[3]=C*a+E*u+U*v+N*M,C=t[4],E=t[5],U=t[6],N=t[7],n[4]=C*i+E*o+U*d+N*S,n[5]=C*r+E*c+U*h+N*g,n[6]=C*s+E*l+U*p+N*_,n[7]=C*a+E*u+U*v+N*M,C=t[8],E=t[9],U=t[10],N=t[11],n[8]=C*i+E*o+U*d+N*S,n[9]=C*r+E*c+U*h+N*g,n[10]=C*s+E*l+U*p+N*_,n[11]=C*a+E*u+U*v+N*M,C=t[12],E=t[13],U=t[14],N=t[15],n[12]=C*i+E*o+U*d+N*S,n[13]=C*r+E*c+U*h+N*g,n[14]=C*s+E*l+U*p+N*_,n[15]=C*a+E*u+U*v+N*M,n}function Nx(n,e){return n[0]=1,n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=1,n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=1,n[11]=0,n[12]=e[0],n[13]=e[1],n[14]=e[2],n[15]=1,n}function Kd(n,e){return n[0]=e[0],n[1]=0,n[2]=0,n[3]=0,n[4]=0,n[5]=e[1],n[6]=0,n[7]=0,n[8]=0,n[9]=0,n[10]=e[2],n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n}function Iw(n,e,t){var i=t[0],r=t[1],s=t[2],a=Math.sqrt(i*i+r*r+s*s),o,c,l;return a<Rw?null:(a=1/a,i*=a,r*=a,s*=a,o=Math.sin(e),c=Math.cos(e),l=1-c,n[0]=i*i*l+c,n[1]=r*i*l+s*o,n[2]=s*i*l-r*o,n[3]=0,n[4]=i*r*l-s*o,n[5]=r*r*l+c,n[6]=s*r*l+i*o,n[7]=0,n[8]=i*s*l+r*o,n[9]=r*s*l-i*o,n[10]=s*s*l+c,n[11]=0,n[12]=0,n[13]=0,n[14]=0,n[15]=1,n)}function Pw(n,e){return n[0]=e[12],n[1]=e[13],n[2]=e[14],n}function Lw(n,e){var t=e[0],i=e[1],r=e[2],s=e[4],a=e[5],o=e[6],c=e[8],l=e[9],u=e[10];return n[0]=Math.sqrt(t*t+i*i+r*r),n[1]=Math.sqrt(s*s+a*a+o*o),n[2]=Math.sqrt(c*c+l*l+u*u),n}function Dw(){var n=new So(4);return So!=Float32Array&&(n[0]=0,n[1]=0,n[2]=0,n[3]=0),n}function Eu(n,e,t){var i=e[0],r=e[1],s=e[2],a=e[3];return n[0]=t[0]*i+t[4]*r+t[8]*s+t[12]*a,n[1]=t[1]*i+t[5]*r+t[9]*s+t[13]*a,n[2]=t[2]*i+t[6]*r+t[10]*s+t[14]*a,n[3]=t[3]*i+t[7]*r+t[11]*s+t[15]*a,n}(function(){var n=Dw();return function(e,t,i,r,s,a){var o,c;for(t||(t=4),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],n[2]=e[o+2],n[3]=e[o+3],s(n,n,a),e[o]=n[0],e[o+1]=n[1],e[o+2]=n[2],e[o+3]=n[3];return e}})();function Nw(){var n=new So(2);return So!=Float32Array&&(n[0]=0,n[1]=0),n}function Ow(n,e){var t=n[0],i=n[1],r=e[0],s=e[1];return Math.abs(Math.atan2(i*r-t*s,t*r+i*s))}(function(){var n=Nw();return function(e,t,i,r,s,a){var o,c;for(t||(t=2),i||(i=0),r?c=Math.min(r*t+i,e.length):c=e.length,o=i;o<c;o+=t)n[0]=e[o],n[1]=e[o+1],s(n,n,a),e[o]=n[0],e[o+1]=n[1];return e}})();var Fw=(n=[0,0],e=1,t=0,i=[0,0],r=[[0,1/0],[0,1/0]],s=[[-1/0,1/0],[-1/0,1/0]])=>{let a=new Float32Array(16),o=new Float32Array(16),c=new Float32Array(16),l=h0(),u=[...i.slice(0,2),0,1],d=Array.isArray(r[0])?[...r[0]]:[...r],h=Array.isArray(r[0])?[...r[1]]:[...r],p=Array.isArray(s[0])?[...s[0]]:[...s],v=Array.isArray(s[0])?[...s[1]]:[...s],S=()=>Lw(a,l).slice(0,2),g=()=>{let ie=S();return Math.min(ie[0],ie[1])},_=()=>{let ie=S();return Math.max(ie[0],ie[1])},M=()=>Math.acos(l[0]/_()),C=()=>[[...d],[...h]],E=()=>[[...p],[...v]],U=()=>{let ie=S();return[1/ie[0],1/ie[1]]},N=()=>1/g(),x=()=>1/_(),T=()=>Pw(a,l).slice(0,2),Z=()=>Eu(a,u,P0(c,l)).slice(0,2),X=()=>l,Y=()=>u.slice(0,2),re=([ie=0,je=0]=[],Bt=1,Me=0)=>{l=h0(),pe([-ie,-je]),ve(Me),G(1/Bt)},pe=([ie=0,je=0]=[])=>{a[0]=ie,a[1]=je,a[2]=0;let Bt=Nx(o,a);ir(l,Bt,l)},G=(ie,je)=>{let Bt=Array.isArray(ie),Me=Bt?ie[0]:ie,Xe=Bt?ie[1]:ie;if(Me<=0||Xe<=0||Me===1&&Xe===1)return;let wt=S(),$t=wt[0]*Me,nt=wt[1]*Xe;if(Me=Math.max(d[0],Math.min($t,d[1]))/wt[0],Xe=Math.max(h[0],Math.min(nt,h[1]))/wt[1],Me===1&&Xe===1)return;a[0]=Me,a[1]=Xe,a[2]=1;let en=Kd(o,a),Rn=je?[...je,0]:u,jt=Nx(a,Rn);ir(l,jt,ir(l,en,ir(l,P0(c,jt),l)))},ve=ie=>{let je=h0();Iw(je,ie,[0,0,1]),ir(l,je,l)},ye=ie=>{let je=Array.isArray(ie[0]);d[0]=je?ie[0][0]:ie[0],d[1]=je?ie[0][1]:ie[1],h[0]=je?ie[1][0]:ie[0],h[1]=je?ie[1][1]:ie[1]},ne=ie=>{let je=Array.isArray(ie[0]);p[0]=je?ie[0][0]:ie[0],p[1]=je?ie[0][1]:ie[1],v[0]=je?ie[1][0]:ie[0],v[1]=je?ie[1][1]:ie[1]},Le=ie=>{!ie||ie.length<16||(l=ie)},de=ie=>{u=[...ie.slice(0,2),0,1]},Re=()=>{re(n,e,t)};return re(n,e,t),{get translation(){return T()},get target(){return Z()},get scaling(){return S()},get minScaling(){return g()},get maxScaling(){return _()},get scaleBounds(){return C()},get translationBounds(){return E()},get distance(){return U()},get minDistance(){return N()},get maxDistance(){return x()},get rotation(){return M()},get view(){return X()},get viewCenter(){return Y()},lookAt:re,translate:pe,pan:pe,rotate:ve,scale:G,zoom:G,reset:Re,set:(...ie)=>(console.warn("`set()` is deprecated. Please use `setView()` instead."),Le(...ie)),setScaleBounds:ye,setTranslationBounds:ne,setView:Le,setViewCenter:de}},Uw=["pan","rotate"],Ox={alt:"altKey",cmd:"metaKey",ctrl:"ctrlKey",meta:"metaKey",shift:"shiftKey"},Bw=(n,{distance:e=1,target:t=[0,0],rotation:i=0,isNdc:r=!0,isFixed:s=!1,isPan:a=!0,isPanInverted:o=[!1,!0],panSpeed:c=1,isRotate:l=!0,rotateSpeed:u=1,defaultMouseDownMoveAction:d="pan",mouseDownMoveModKey:h="alt",isZoom:p=!0,zoomSpeed:v=1,viewCenter:S,scaleBounds:g,translationBounds:_,onKeyDown:M=()=>{},onKeyUp:C=()=>{},onMouseDown:E=()=>{},onMouseUp:U=()=>{},onMouseMove:N=()=>{},onWheel:x=()=>{}}={})=>{let T=Fw(t,e,i,S,g,_),Z=0,X=0,Y=0,re=0,pe=0,G=0,ve=!1,ye=0,ne=1,Le=1,de=1,Re=!1,ie=!1,je=!1,Bt=d==="pan",Me=a,Xe=a,wt=o,$t=o,nt=p,en=p,Rn=()=>{Me=Array.isArray(a)?!!a[0]:a,Xe=Array.isArray(a)?!!a[1]:a,wt=Array.isArray(o)?!!o[0]:o,$t=Array.isArray(o)?!!o[1]:o,nt=Array.isArray(p)?!!p[0]:p,en=Array.isArray(p)?!!p[1]:p};Rn();let jt=r?_t=>_t/ne*2*de:_t=>_t,Cn=r?_t=>_t/Le*2:_t=>-_t,mt=r?_t=>(-1+_t/ne*2)*de:_t=>_t,Ot=r?_t=>1-_t/Le*2:_t=>_t,rn=()=>{if(s){let D=ie;return ie=!1,D}Re=!1;let _t=Z,kt=X;if((Me||Xe)&&ve&&(Bt&&!je||!Bt&&je)){let D=wt?pe-_t:_t-pe,y=Me?jt(c*D):0,se=$t?G-kt:kt-G,Ye=Xe?Cn(c*se):0;(y!==0||Ye!==0)&&(T.pan([y,Ye]),Re=!0)}if((nt||en)&&ye){let D=v*Math.exp(ye/Le),y=mt(Y),se=Ot(re);T.scale([nt?1/D:1,en?1/D:1],[y,se]),Re=!0}if(l&&ve&&(Bt&&je||!Bt&&!je)&&Math.abs(pe-_t)+Math.abs(G-kt)>0){let D=ne/2,y=Le/2,se=pe-D,Ye=y-G,Ne=_t-D,ut=y-kt,ht=Ow([se,Ye],[Ne,ut]),Te=se*ut-Ne*Ye;T.rotate(u*ht*Math.sign(Te)),Re=!0}ye=0,pe=_t,G=kt;let Jt=Re||ie;return ie=!1,Jt},Wt=({defaultMouseDownMoveAction:_t=null,isFixed:kt=null,isPan:Jt=null,isPanInverted:D=null,isRotate:y=null,isZoom:se=null,panSpeed:Ye=null,rotateSpeed:Ne=null,zoomSpeed:ut=null,mouseDownMoveModKey:ht=null}={})=>{d=_t!==null&&Uw.includes(_t)?_t:d,Bt=d==="pan",s=kt!==null?kt:s,a=Jt!==null?Jt:a,o=D!==null?D:o,l=y!==null?y:l,p=se!==null?se:p,c=+Ye>0?Ye:c,u=+Ne>0?Ne:u,v=+ut>0?ut:v,Rn(),h=ht!==null&&Object.keys(Ox).includes(ht)?ht:h},ln=()=>{let _t=n.getBoundingClientRect();ne=_t.width,Le=_t.height,de=ne/Le},sn=_t=>{je=!1,C(_t)},hi=_t=>{je=_t[Ox[h]],M(_t)},Xn=_t=>{ve=!1,U(_t)},w=_t=>{ve=_t.buttons===1,E(_t)},Qn=document.createEvent("MouseEvent").offsetX!==void 0?_t=>{Y=_t.offsetX,re=_t.offsetY}:_t=>{let kt=n.getBoundingClientRect();Y=_t.clientX-kt.left,re=_t.clientY-kt.top},j=_t=>{Z=_t.clientX,X=_t.clientY},Gn=_t=>{j(_t),N(_t)},vn=_t=>{if((nt||en)&&!s){_t.preventDefault(),j(_t),Qn(_t);let kt=_t.deltaMode===1?12:1;ye+=kt*(_t.deltaY||_t.deltaX||0)}x(_t)},Nn=()=>{T=void 0,window.removeEventListener("keydown",hi),window.removeEventListener("keyup",sn),n.removeEventListener("mousedown",w),window.removeEventListener("mouseup",Xn),window.removeEventListener("mousemove",Gn),n.removeEventListener("wheel",vn)};window.addEventListener("keydown",hi,{passive:!0}),window.addEventListener("keyup",sn,{passive:!0}),n.addEventListener("mousedown",w,{passive:!0}),window.addEventListener("mouseup",Xn,{passive:!0}),window.addEventListener("mousemove",Gn,{passive:!0}),n.addEventListener("wheel",vn,{passive:!1}),T.config=Wt,T.dispose=Nn,T.refresh=ln,T.tick=rn;let et=_t=>function(){_t.apply(null,arguments),ie=!0};return T.lookAt=et(T.lookAt),T.translate=et(T.translate),T.pan=et(T.pan),T.rotate=et(T.rotate),T.scale=et(T.scale),T.zoom=et(T.zoom),T.reset=et(T.reset),T.set=et(T.set),T.setScaleBounds=et(T.setScaleBounds),T.setTranslationBounds=et(T.setTranslationBounds),T.setView=et(T.setView),T.setViewCenter=et(T.setViewCenter),ln(),T};function zw(n,e,t=2){let i=n.length,r=kw(n,0,i,t,!0),s=[];if(!r||r.next===r.prev)return s;let a,o,c;if(n.length>80*t){a=n[0],o=n[1];let l=a,u=o;for(let d=t;d<i;d+=t){let h=n[d],p=n[d+1];h<a&&(a=h),p<o&&(o=p),h>l&&(l=h),p>u&&(u=p)}c=Math.max(l-a,u-o),c=c!==0?32767/c:0}return Cu(r,s,t,a,o,c,0),s}function kw(n,e,t,i,r){let s;if(r===Jw(n,e,t,i)>0)for(let a=e;a<t;a+=i)s=Fx(a/i|0,n[a],n[a+1],s);else for(let a=t-i;a>=e;a-=i)s=Fx(a/i|0,n[a],n[a+1],s);return s&&cp(s,s.next)&&(Ru(s),s=s.next),s}function wu(n,e){if(!n)return n;e||(e=n);let t=n,i;do if(i=!1,!t.steiner&&(cp(t,t.next)||Ei(t.prev,t,t.next)===0)){if(Ru(t),t=e=t.prev,t===t.next)break;i=!0}else t=t.next;while(i||t!==e);return e}function Cu(n,e,t,i,r,s,a){if(!n)return;!a&&s&&Xw(n,i,r,s);let o=n;for(;n.prev!==n.next;){let c=n.prev,l=n.next;if(s?Vw(n,i,r,s):Gw(n)){e.push(c.i,n.i,l.i),Ru(n),n=l.next,o=l.next;continue}if(n=l,n===o){a?a===1?(n=Hw(wu(n),e),Cu(n,e,t,i,r,s,2)):a===2&&Ww(n,e,t,i,r,s):Cu(wu(n),e,t,i,r,s,1);break}}}function Gw(n){let e=n.prev,t=n,i=n.next;if(Ei(e,t,i)>=0)return!1;let r=e.x,s=t.x,a=i.x,o=e.y,c=t.y,l=i.y,u=Math.min(r,s,a),d=Math.min(o,c,l),h=Math.max(r,s,a),p=Math.max(o,c,l),v=i.next;for(;v!==e;){if(v.x>=u&&v.x<=h&&v.y>=d&&v.y<=p&&Au(r,o,s,c,a,l,v.x,v.y)&&Ei(v.prev,v,v.next)>=0)return!1;v=v.next}return!0}function Vw(n,e,t,i){let r=n.prev,s=n,a=n.next;if(Ei(r,s,a)>=0)return!1;let o=r.x,c=s.x,l=a.x,u=r.y,d=s.y,h=a.y,p=Math.min(o,c,l),v=Math.min(u,d,h),S=Math.max(o,c,l),g=Math.max(u,d,h),_=L0(p,v,e,t,i),M=L0(S,g,e,t,i),C=n.prevZ,E=n.nextZ;for(;C&&C.z>=_&&E&&E.z<=M;){if(C.x>=p&&C.x<=S&&C.y>=v&&C.y<=g&&C!==r&&C!==a&&Au(o,u,c,d,l,h,C.x,C.y)&&Ei(C.prev,C,C.next)>=0||(C=C.prevZ,E.x>=p&&E.x<=S&&E.y>=v&&E.y<=g&&E!==r&&E!==a&&Au(o,u,c,d,l,h,E.x,E.y)&&Ei(E.prev,E,E.next)>=0))return!1;E=E.nextZ}for(;C&&C.z>=_;){if(C.x>=p&&C.x<=S&&C.y>=v&&C.y<=g&&C!==r&&C!==a&&Au(o,u,c,d,l,h,C.x,C.y)&&Ei(C.prev,C,C.next)>=0)return!1;C=C.prevZ}for(;E&&E.z<=M;){if(E.x>=p&&E.x<=S&&E.y>=v&&E.y<=g&&E!==r&&E!==a&&Au(o,u,c,d,l,h,E.x,E.y)&&Ei(E.prev,E,E.next)>=0)return!1;E=E.nextZ}return!0}function Hw(n,e){let t=n;do{let i=t.prev,r=t.next.next;!cp(i,r)&&Jx(i,t,t.next,r)&&Jd(i,r)&&Jd(r,i)&&(e.push(i.i,t.i,r.i),Ru(t),Ru(t.next),t=n=r),t=t.next}while(t!==n);return wu(t)}function Ww(n,e,t,i,r,s){let a=n;do{let o=a.next.next;for(;o!==a.prev;){if(a.i!==o.i&&qw(a,o)){let c=Kw(a,o);a=wu(a,a.next),c=wu(c,c.next),Cu(a,e,t,i,r,s,0),Cu(c,e,t,i,r,s,0);return}o=o.next}a=a.next}while(a!==n)}function Xw(n,e,t,i){let r=n;do r.z===0&&(r.z=L0(r.x,r.y,e,t,i)),r.prevZ=r.prev,r.nextZ=r.next,r=r.next;while(r!==n);r.prevZ.nextZ=null,r.prevZ=null,$w(r)}function $w(n){let e,t=1;do{let i=n,r;n=null;let s=null;for(e=0;i;){e++;let a=i,o=0;for(let l=0;l<t&&(o++,a=a.nextZ,!!a);l++);let c=t;for(;o>0||c>0&&a;)o!==0&&(c===0||!a||i.z<=a.z)?(r=i,i=i.nextZ,o--):(r=a,a=a.nextZ,c--),s?s.nextZ=r:n=r,r.prevZ=s,s=r;i=a}s.nextZ=null,t*=2}while(e>1);return n}function L0(n,e,t,i,r){return n=(n-t)*r|0,e=(e-i)*r|0,n=(n|n<<8)&16711935,n=(n|n<<4)&252645135,n=(n|n<<2)&858993459,n=(n|n<<1)&1431655765,e=(e|e<<8)&16711935,e=(e|e<<4)&252645135,e=(e|e<<2)&858993459,e=(e|e<<1)&1431655765,n|e<<1}function Yw(n,e,t,i,r,s,a,o){return(r-a)*(e-o)>=(n-a)*(s-o)&&(n-a)*(i-o)>=(t-a)*(e-o)&&(t-a)*(s-o)>=(r-a)*(i-o)}function Au(n,e,t,i,r,s,a,o){return!(n===a&&e===o)&&Yw(n,e,t,i,r,s,a,o)}function qw(n,e){return n.next.i!==e.i&&n.prev.i!==e.i&&!Zw(n,e)&&(Jd(n,e)&&Jd(e,n)&&jw(n,e)&&(Ei(n.prev,n,e.prev)||Ei(n,e.prev,e))||cp(n,e)&&Ei(n.prev,n,n.next)>0&&Ei(e.prev,e,e.next)>0)}function Ei(n,e,t){return(e.y-n.y)*(t.x-e.x)-(e.x-n.x)*(t.y-e.y)}function cp(n,e){return n.x===e.x&&n.y===e.y}function Jx(n,e,t,i){let r=qd(Ei(n,e,t)),s=qd(Ei(n,e,i)),a=qd(Ei(t,i,n)),o=qd(Ei(t,i,e));return!!(r!==s&&a!==o||r===0&&Yd(n,t,e)||s===0&&Yd(n,i,e)||a===0&&Yd(t,n,i)||o===0&&Yd(t,e,i))}function Yd(n,e,t){return e.x<=Math.max(n.x,t.x)&&e.x>=Math.min(n.x,t.x)&&e.y<=Math.max(n.y,t.y)&&e.y>=Math.min(n.y,t.y)}function qd(n){return n>0?1:n<0?-1:0}function Zw(n,e){let t=n;do{if(t.i!==n.i&&t.next.i!==n.i&&t.i!==e.i&&t.next.i!==e.i&&Jx(t,t.next,n,e))return!0;t=t.next}while(t!==n);return!1}function Jd(n,e){return Ei(n.prev,n,n.next)<0?Ei(n,e,n.next)>=0&&Ei(n,n.prev,e)>=0:Ei(n,e,n.prev)<0||Ei(n,n.next,e)<0}function jw(n,e){let t=n,i=!1,r=(n.x+e.x)/2,s=(n.y+e.y)/2;do t.y>s!=t.next.y>s&&t.next.y!==t.y&&r<(t.next.x-t.x)*(s-t.y)/(t.next.y-t.y)+t.x&&(i=!i),t=t.next;while(t!==n);return i}function Kw(n,e){let t=D0(n.i,n.x,n.y),i=D0(e.i,e.x,e.y),r=n.next,s=e.prev;return n.next=e,e.prev=n,t.next=r,r.prev=t,i.next=t,t.prev=i,s.next=i,i.prev=s,i}function Fx(n,e,t,i){let r=D0(n,e,t);return i?(r.next=i.next,r.prev=i,i.next.prev=r,i.next=r):(r.prev=r,r.next=r),r}function Ru(n){n.next.prev=n.prev,n.prev.next=n.next,n.prevZ&&(n.prevZ.nextZ=n.nextZ),n.nextZ&&(n.nextZ.prevZ=n.prevZ)}function D0(n,e,t){return{i:n,x:e,y:t,prev:null,next:null,z:0,prevZ:null,nextZ:null,steiner:!1}}function Jw(n,e,t,i){let r=0;for(let s=e,a=t-i;s<t;s+=i)r+=(n[a]-n[s])*(n[s+1]+n[a+1]),a=s;return r}var Qw=`
precision mediump float;
varying vec4 color;
void main() {
  gl_FragColor = color;
}`,e1=`
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
}`,f0=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),nr=Float32Array.BYTES_PER_ELEMENT,t1=n=>n!==void 0&&Number.isFinite(n),d0=n=>n.length>0&&Array.isArray(n[0]),{push:Qx,splice:n1}=Array.prototype,i1=(n,e=[])=>{let t=0;for(let i of n){for(let r=0;r<i-1;r++){let s=t+r*2,a=s+1,o=s+2,c=s+3;e.push(s,a,o,o,a,c)}t+=(i+2)*2}return e};function Zd(n,e=1,t=1){let i=[],r=new Array(e*2);for(let s=0,a=n.length/e;s<a;s++){let o=s*e;for(let c=0;c<e;c++){let l=n[o+c];r[c]=l,r[c+e]=l*t}Qx.apply(i,r)}return i}function Ua(n,e,t,i){let r=new Array(i),s=e*i;for(let a=0;a<i;a++)r[a]=n[s+a];return n1.call(n,t*i,0,...r),n}function r1(n,e,t,i=0){let r=[],s=new Array(t).fill(i);for(let a=0,o=n.length/e;a<o;a++){let c=a*e;for(let l=0;l<e;l++)s[l]=n[c+l];Qx.apply(r,s)}return r}var Su=(n,{projection:e=f0,model:t=f0,view:i=f0,points:r=[],colorIndices:s=[],color:a=[.8,.5,0,1],opacity:o=null,opacities:c=[],width:l=1,widths:u=[],miter:d=!0,is2d:h=!1,zPos2d:p=0}={})=>{if(!n){console.error("Regl instance is undefined.");return}let v=new Float32Array(16),S,g,_,M,C,E,U,N,x,T,Z,X,Y,re,pe,G,ve,ye,ne=h?2:3,Le=()=>+(c.length===g||o!==null),de=()=>{T=n.buffer(),Z=n.buffer(),X=n.buffer(),pe=n.buffer(),G={prevPosition:{buffer:(()=>T),offset:0,stride:nr*3},currPosition:{buffer:(()=>T),offset:nr*3*2,stride:nr*3},nextPosition:{buffer:(()=>T),offset:nr*3*4,stride:nr*3},opacity:{buffer:(()=>Z),offset:nr*2,stride:nr},offsetScale:{buffer:(()=>X),offset:nr*2,stride:nr},colorIndex:{buffer:(()=>pe),offset:nr*2,stride:nr}},ve=n.elements(),ye=n({attributes:G,depth:{enable:!h},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},uniforms:{projectionViewModel:(mt,Ot)=>{let rn=mt.projection||Ot.projection,Wt=mt.model||Ot.model,ln=mt.view||Ot.view;return ir(v,rn,ir(v,ln,Wt))},aspectRatio:({viewportWidth:mt,viewportHeight:Ot})=>mt/Ot,colorTex:()=>Y,colorTexRes:()=>re,colorTexEps:()=>.5/re,pixelRatio:({pixelRatio:mt})=>mt,width:({pixelRatio:mt,viewportHeight:Ot})=>l/Ot*mt,useOpacity:Le,useColorOpacity:()=>+!Le(),miter:+!!d},elements:()=>ve,vert:e1,frag:Qw})},Re=()=>{S===1&&r.length%ne>0&&console.warn(`The length of points (${g}) does not match the dimensions (${ne}). Incomplete points are ignored.`),M=r.flat().slice(0,g*ne),h&&(M=r1(M,2,3,p)),s.length!==g&&(s=new Array(g).fill(0)),u.length!==g&&(u=new Array(g).fill(1));let mt=s.slice(),Ot=c.length===g?c.slice():new Array(g).fill(o===null?1:o),rn=u.slice(),Wt=0;for(let ln of _){let sn=Wt+ln-1;Ua(M,sn,sn,3),Ua(M,Wt,Wt,3),Ua(mt,sn,sn,1),Ua(mt,Wt,Wt,1),Ua(Ot,sn,sn,1),Ua(Ot,Wt,Wt,1),Ua(rn,sn,sn,1),Ua(rn,Wt,Wt,1),Wt+=ln+2}C=new Float32Array(Zd(M,3)),E=Zd(mt),U=Zd(Ot),N=Zd(rn,1,-1),x=i1(_),T({usage:"dynamic",type:"float",length:C.length*nr,data:C}),Z({usage:"dynamic",type:"float",length:U.length*nr,data:U}),X({usage:"dynamic",type:"float",length:N.length*nr,data:N}),pe({usage:"dynamic",type:"float",length:E.length*nr,data:E}),ve({primitive:"triangles",usage:"dynamic",type:x.length>2**16?"uint32":"uint16",data:x})},ie=()=>{je(),de()},je=()=>{r=[],M=[],C=new Float32Array,N=[],x=[],T.destroy(),X.destroy(),ve.destroy()},Bt=({projection:mt,model:Ot,view:rn}={})=>{mt&&(e=mt),Ot&&(t=Ot),rn&&(i=rn),r&&r.length>1&&ye({projection:e,model:t,view:i})},Me=(mt,Ot)=>{let rn=Ot.flat(2);return rn.length===g?rn:rn.length===S?_.flatMap((Wt,ln)=>Array(Wt).fill(rn[ln])):mt},Xe=()=>r,wt=(mt=[],{colorIndices:Ot=s,opacities:rn=c,widths:Wt=u,is2d:ln=h}={})=>{r=mt,h=ln,ne=h?2:3,S=d0(r)?r.length:1,_=d0(r)?r.map(sn=>Math.floor(sn.length/ne)):[Math.floor(r.length/ne)],g=_.reduce((sn,hi)=>sn+hi,0),s=Me(s,Ot),c=Me(c,rn),u=Me(u,Wt),r&&g>1?Re():ie()},$t=()=>{let mt=d0(a)?a:[a];re=Math.max(2,Math.ceil(Math.sqrt(mt.length)));let Ot=new Uint8Array(re**2*4);mt.forEach((rn,Wt)=>{Ot[Wt*4]=Math.min(255,Math.max(0,Math.round(rn[0]*255))),Ot[Wt*4+1]=Math.min(255,Math.max(0,Math.round(rn[1]*255))),Ot[Wt*4+2]=Math.min(255,Math.max(0,Math.round(rn[2]*255))),Ot[Wt*4+3]=Number.isNaN(+rn[3])?255:Math.min(255,Math.max(0,Math.round(rn[3]*255)))}),Y=n.texture({data:Ot,shape:[re,re,4]})},nt=(mt,Ot=o)=>{a=mt,o=Ot,Y&&Y.destroy(),$t()},en=()=>({color:a,miter:d,width:l}),Rn=({color:mt,opacity:Ot,miter:rn,width:Wt}={})=>{mt&&nt(mt,Ot||o),rn&&(d=!!rn),t1(Wt)&&(l=Wt)},jt=()=>({points:T,widths:X,opacities:Z,colorIndices:pe}),Cn=()=>({points:C,widths:N,opacities:U,colorIndices:E});return de(),$t(),r&&r.length>1&&wt(r),{clear:ie,destroy:je,draw:Bt,getPoints:Xe,setPoints:wt,getData:Cn,getBuffer:jt,getStyle:en,setStyle:Rn}},s1="1.16.0",a1=`
precision mediump float;

uniform sampler2D texture;

varying vec2 uv;

void main () {
  gl_FragColor = texture2D(texture, uv);
}
`,o1=`
precision mediump float;

uniform mat4 modelViewProjection;

attribute vec2 position;

varying vec2 uv;

void main () {
  uv = position;
  gl_Position = modelViewProjection * vec4(-1.0 + 2.0 * uv.x, 1.0 - 2.0 * uv.y, 0, 1);
}
`,xs="auto",l1=0,p0=1,c1=2,Ux=3,u1=4,h1=Float32Array.BYTES_PER_ELEMENT,ey=["OES_texture_float","OES_element_index_uint","WEBGL_color_buffer_float","EXT_float_blend"],Bx={color:[0,0,0,0],depth:1},Qd="panZoom",ty="lasso",N0="rotate",zx=[Qd,ty,N0],f1=Qd,d1={cubicIn:gw,cubicInOut:jx,cubicOut:_w,linear:vw,quadIn:xw,quadInOut:yw,quadOut:Sw},kx=jx,vs="continuous",Tu="categorical",Gx=[vs,Tu],O0="deselect",B0="lassoEnd",p1=[O0,B0],Vx=3,m1=[0,.666666667,1,1],g1=2,_1=!1,v1=10,x1=3,y1=B0,S1=!1,ep=750,tp=500,np=100,ip=250,b1=24,z0="lasso",rp="rotate",sp="merge",ap="remove",M1=[z0,rp,sp,ap],op="alt",k0="cmd",ny="ctrl",iy="meta",G0="shift",E1=[op,k0,ny,iy,G0],A1={[ap]:op,[rp]:op,[z0]:G0,[sp]:k0},T1=1,w1=xs,C1=xs,R1=1,m0=1,I1="asinh",P1=6,L1=2,D1=2,g0=null,N1=null,O1=2,F1=2,_0=null,U1=null,v0=null,B1=.66,z1=1,x0=null,k1=.15,G1=25,V1=1,H1=1,bu=null,W1=[.66,.66,.66,z1],X1=[0,.55,1,1],$1=[1,1,1,1],Y1=[0,0,0,1],y0=null,q1=[.66,.66,.66,.2],Z1=[0,.55,1,1],j1=[1,1,1,1],K1=[1,1,1,.5],J1=1,Q1=1e3,eC=[0,0],tC=1,nC=0,iC=new Float32Array([1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1]),rC="IMAGE_LOAD_ERROR",sC=null,aC=!1,oC=[1,1,1,.5],lC=!0,cC=!0,uC=!1,hC=100,fC=1/500,dC="auto",pC=!1,mC=200,gC=500,ry=new Set(["z","valueZ","valueA","value1","category"]),sy=new Set(["w","valueW","valueB","value2","value"]),V0=15e3,_C=void 0,vC=!1,xC=.5,yC=!1,SC="lasso",ay=Symbol("SKIP_DEPRECATION_VALUE_TRANSLATION"),Hx="Points have not been drawn",S0="The instance was already destroyed",bC="Ignoring draw call as the previous draw call has not yet finished. To avoid this warning `await` the draw call.";var oy=()=>{let n=[Int8Array,Uint8Array,Uint8ClampedArray,Int16Array,Uint16Array,Int32Array,Uint32Array,Float32Array,Float64Array],e=1,t=8;class i{static from(u){if(!(u instanceof ArrayBuffer))throw new Error("Data must be an instance of ArrayBuffer.");let[d,h]=new Uint8Array(u,0,2);if(d!==219)throw new Error("Data does not appear to be in a KDBush format.");let p=h>>4;if(p!==e)throw new Error(`Got v${p} data when expected v${e}.`);let v=n[h&15];if(!v)throw new Error("Unrecognized array type.");let[S]=new Uint16Array(u,2,1),[g]=new Uint32Array(u,4,1);return new i(g,S,v,u)}constructor(u,d=64,h=Float64Array,p){if(isNaN(u)||u<0)throw new Error(`Unexpected numItems value: ${u}.`);this.numItems=+u,this.nodeSize=Math.min(Math.max(+d,2),65535),this.ArrayType=h,this.IndexArrayType=u<65536?Uint16Array:Uint32Array;let v=n.indexOf(this.ArrayType),S=u*2*this.ArrayType.BYTES_PER_ELEMENT,g=u*this.IndexArrayType.BYTES_PER_ELEMENT,_=(8-g%8)%8;if(v<0)throw new Error(`Unexpected typed array class: ${h}.`);p&&p instanceof ArrayBuffer?(this.data=p,this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+g+_,u*2),this._pos=u*2,this._finished=!0):(this.data=new ArrayBuffer(t+S+g+_),this.ids=new this.IndexArrayType(this.data,t,u),this.coords=new this.ArrayType(this.data,t+g+_,u*2),this._pos=0,this._finished=!1,new Uint8Array(this.data,0,2).set([219,(e<<4)+v]),new Uint16Array(this.data,2,1)[0]=d,new Uint32Array(this.data,4,1)[0]=u)}add(u,d){let h=this._pos>>1;return this.ids[h]=h,this.coords[this._pos++]=u,this.coords[this._pos++]=d,h}finish(){let u=this._pos>>1;if(u!==this.numItems)throw new Error(`Added ${u} items when expected ${this.numItems}.`);return r(this.ids,this.coords,this.nodeSize,0,this.numItems-1,0),this._finished=!0,this}range(u,d,h,p){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:v,coords:S,nodeSize:g}=this,_=[0,v.length-1,0],M=[];for(;_.length;){let C=_.pop()||0,E=_.pop()||0,U=_.pop()||0;if(E-U<=g){for(let Z=U;Z<=E;Z++){let X=S[2*Z],Y=S[2*Z+1];X>=u&&X<=h&&Y>=d&&Y<=p&&M.push(v[Z])}continue}let N=U+E>>1,x=S[2*N],T=S[2*N+1];x>=u&&x<=h&&T>=d&&T<=p&&M.push(v[N]),(C===0?u<=x:d<=T)&&(_.push(U),_.push(N-1),_.push(1-C)),(C===0?h>=x:p>=T)&&(_.push(N+1),_.push(E),_.push(1-C))}return M}within(u,d,h){if(!this._finished)throw new Error("Data not yet indexed - call index.finish().");let{ids:p,coords:v,nodeSize:S}=this,g=[0,p.length-1,0],_=[],M=h*h;for(;g.length;){let C=g.pop()||0,E=g.pop()||0,U=g.pop()||0;if(E-U<=S){for(let Z=U;Z<=E;Z++)c(v[2*Z],v[2*Z+1],u,d)<=M&&_.push(p[Z]);continue}let N=U+E>>1,x=v[2*N],T=v[2*N+1];c(x,T,u,d)<=M&&_.push(p[N]),(C===0?u-h<=x:d-h<=T)&&(g.push(U),g.push(N-1),g.push(1-C)),(C===0?u+h>=x:d+h>=T)&&(g.push(N+1),g.push(E),g.push(1-C))}return _}}function r(l,u,d,h,p,v){if(p-h<=d)return;let S=h+p>>1;s(l,u,S,h,p,v),r(l,u,d,h,S-1,1-v),r(l,u,d,S+1,p,1-v)}function s(l,u,d,h,p,v){for(;p>h;){if(p-h>600){let M=p-h+1,C=d-h+1,E=Math.log(M),U=.5*Math.exp(2*E/3),N=.5*Math.sqrt(E*U*(M-U)/M)*(C-M/2<0?-1:1),x=Math.max(h,Math.floor(d-C*U/M+N)),T=Math.min(p,Math.floor(d+(M-C)*U/M+N));s(l,u,d,x,T,v)}let S=u[2*d+v],g=h,_=p;for(a(l,u,h,d),u[2*p+v]>S&&a(l,u,h,p);g<_;){for(a(l,u,g,_),g++,_--;u[2*g+v]<S;)g++;for(;u[2*_+v]>S;)_--}u[2*h+v]===S?a(l,u,h,_):(_++,a(l,u,_,p)),_<=d&&(h=_+1),d<=_&&(p=_-1)}}function a(l,u,d,h){o(l,d,h),o(u,2*d,2*h),o(u,2*d+1,2*h+1)}function o(l,u,d){let h=l[u];l[u]=l[d],l[d]=h}function c(l,u,d,h){let p=l-d,v=u-h;return p*p+v*v}return i},MC=()=>{addEventListener("message",n=>{let e=n.data.points;e.length===0&&self.postMessage({error:new Error("Invalid point data")});let t=new KDBush(e.length,n.data.nodeSize);for(let[i,r]of e)t.add(i,r);t.finish(),postMessage(t.data,[t.data])})},b0=oy(),EC=1e6,AC=n=>{let e=oy.toString(),t=n.toString(),i=`const createKDBushClass = ${e};KDBush = createKDBushClass();const createWorker = ${t};createWorker();`,r=new Blob([i],{type:"text/javascript"}),s=URL.createObjectURL(r),a=new Worker(s,{name:"KDBush"});return URL.revokeObjectURL(s),a},TC=(n,e={nodeSize:16,useWorker:void 0})=>new Promise((t,i)=>{if(n instanceof ArrayBuffer)t(b0.from(n));else if((n.length<EC||e.useWorker===!1)&&e.useWorker!==!0){let r=new b0(n.length,e.nodeSize);for(let s of n)r.add(s[0],s[1]);r.finish(),t(r)}else{let r=AC(MC);r.onmessage=s=>{s.data.error?i(s.data.error):t(b0.from(s.data)),r.terminate()},r.postMessage({points:n,nodeSize:e.nodeSize})}}),wC=!0,CC=8,RC=2,IC="freeform",PC=24,LC=2500,DC=250,NC=(n,e,t)=>(1-n)*e+t,OC=(n,e)=>`${n}ms ease-out mainIn ${e}ms 1 normal forwards`,FC=(n,e)=>`${n}ms ease-out effectIn ${e}ms 1 normal forwards`,UC=(n,e)=>`${n}ms linear leftSpinIn ${e}ms 1 normal forwards`,BC=(n,e)=>`${n}ms linear rightSpinIn ${e}ms 1 normal forwards`,zC=(n,e)=>`${n}ms linear circleIn ${e}ms 1 normal forwards`,kC=(n,e,t)=>`
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
`,GC=(n,e,t,i)=>`
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
`,VC=(n,e,t)=>`
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
`,HC=(n,e)=>`
  @keyframes leftSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(360deg);
    }
  }
`,WC=(n,e)=>`
  @keyframes rightSpinIn {
    0% {
      transform: rotate(${e}deg);
    }
    ${n}%, 100% {
      transform: rotate(180deg);
    }
  }
`,XC=({time:n=ep,extraTime:e=tp,delay:t=np,currentColor:i,targetColor:r,effectOpacity:s,effectScale:a,circleLeftRotation:o,circleRightRotation:c,circleClipPath:l,circleOpacity:u})=>{let d=o/360,h=NC(d,n,e),p=Math.round((1-d)*n/h*100),v=Math.round(p/2),S=p+(100-p)/4;return{rules:{main:kC(p,i,r),effect:GC(p,S,s,a),circleRight:WC(v,c),circleLeft:HC(p,o),circle:VC(v,l,u)},names:{main:OC(h,t),effect:FC(h,t),circleLeft:UC(h,t),circleRight:BC(h,t),circle:zC(h,t)}}},$C=n=>`${n}ms linear mainOut 0s 1 normal forwards`,YC=n=>`${n}ms linear effectOut 0s 1 normal forwards`,qC=n=>`${n}ms linear leftSpinOut 0s 1 normal forwards`,ZC=n=>`${n}ms linear rightSpinOut 0s 1 normal forwards`,jC=n=>`${n}ms linear circleOut 0s 1 normal forwards`,KC=(n,e)=>`
  @keyframes mainOut {
    0% {
      color: ${n};
    }
    100% {
      color: ${e};
    }
  }
`,JC=(n,e)=>`
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
`,QC=(n,e)=>`
  @keyframes rightSpinOut {
    0%, ${n}% {
      transform: rotate(${e}deg);
    }
    100% {
      transform: rotate(0deg);
    }
`,eR=n=>`
  @keyframes leftSpinOut {
    0% {
      transform: rotate(${n}deg);
    }
    100% {
      transform: rotate(0deg);
    }
  }
`,tR=(n,e,t)=>`
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
`,nR=({time:n=ip,currentColor:e,targetColor:t,effectOpacity:i,effectScale:r,circleLeftRotation:s,circleRightRotation:a,circleClipPath:o,circleOpacity:c})=>{let l=s/360,u=l*n,d=Math.min(100,l*100),h=d>50?Math.round((1-50/d)*100):0;return{rules:{main:KC(e,t),effect:JC(i,r),circleRight:QC(h,a),circleLeft:eR(s),circle:tR(h,o,c)},names:{main:$C(u),effect:YC(u),circleRight:qC(u),circleLeft:ZC(u),circle:jC(u)}}},iR=()=>{let n=document.createElement("div"),e=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);n.id=`lasso-long-press-${e}`,n.style.position="fixed",n.style.width="1.25rem",n.style.height="1.25rem",n.style.pointerEvents="none",n.style.transform="translate(-50%,-50%)";let t=document.createElement("div");t.style.position="absolute",t.style.top=0,t.style.left=0,t.style.width="1.25rem",t.style.height="1.25rem",t.style.clipPath="inset(0px 0px 0px 50%)",t.style.opacity=0,n.appendChild(t);let i=document.createElement("div");i.style.position="absolute",i.style.top=0,i.style.left=0,i.style.width="0.8rem",i.style.height="0.8rem",i.style.border="0.2rem solid currentcolor",i.style.borderRadius="0.8rem",i.style.clipPath="inset(0px 50% 0px 0px)",i.style.transform="rotate(0deg)",t.appendChild(i);let r=document.createElement("div");r.style.position="absolute",r.style.top=0,r.style.left=0,r.style.width="0.8rem",r.style.height="0.8rem",r.style.border="0.2rem solid currentcolor",r.style.borderRadius="0.8rem",r.style.clipPath="inset(0px 50% 0px 0px)",r.style.transform="rotate(0deg)",t.appendChild(r);let s=document.createElement("div");return s.style.position="absolute",s.style.top=0,s.style.left=0,s.style.width="1.25rem",s.style.height="1.25rem",s.style.borderRadius="1.25rem",s.style.background="currentcolor",s.style.transform="scale(0)",s.style.opacity=0,n.appendChild(s),{longPress:n,longPressCircle:t,longPressCircleLeft:i,longPressCircleRight:r,longPressEffect:s}},rR=(n,e,t)=>{if(n.length===0)return 0;if(n.length===1)return n[0];let i=2**(-1/e),r=Math.max(0,n.length-t),s=n.slice(r),a=0,o=0,c=0;for(let l=s.length-1;l>=0;l--){let u=s.length-1-l,d=i**u;a+=s[l][0]*d,o+=s[l][1]*d,c+=d}return[a/c,o/c]},Ba=(n,e=null)=>n===null?e:n,M0,ly=()=>{if(!M0){let n=document.createElement("style");document.head.appendChild(n),M0=n.sheet}return M0},Lr=n=>{let e=ly(),t=e.rules.length;return e.insertRule(n,t),t},Dr=n=>{ly().deleteRule(n)},sR=`${LC}ms ease scaleInFadeOut 0s 1 normal backwards`,aR=(n,e,t)=>`
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
`,E0=null,oR=`${DC}ms ease fadeScaleOut 0s 1 normal backwards`,lR=(n,e,t)=>`
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
`,A0=null,cy=(n,{onDraw:e=ys,onStart:t=ys,onEnd:i=ys,enableInitiator:r=wC,initiatorParentElement:s=document.body,longPressIndicatorParentElement:a=document.body,minDelay:o=CC,minDist:c=RC,pointNorm:l=ys,type:u=IC,brushSize:d=PC}={})=>{let h=r,p=s,v=a,S=e,g=t,_=i,M=o,C=c,E=l,U=u,N=d,x=document.createElement("div"),T=Math.random().toString(36).substring(2,5)+Math.random().toString(36).substring(2,5);x.id=`lasso-initiator-${T}`,x.style.position="fixed",x.style.display="flex",x.style.justifyContent="center",x.style.alignItems="center",x.style.zIndex=99,x.style.width="4rem",x.style.height="4rem",x.style.borderRadius="4rem",x.style.opacity=.5,x.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)";let{longPress:Z,longPressCircle:X,longPressCircleLeft:Y,longPressCircleRight:re,longPressEffect:pe}=iR(),G=!1,ve=!1,ye=[],ne=[],Le=[],de=[],Re,ie=!1,je=null,Bt=null,Me=null,Xe=null,wt=null,$t=null,nt=null,en=null,Rn=null,jt=null,Cn=()=>{G=!1},mt=O=>{let{left:ue,top:oe}=n.getBoundingClientRect();return[O.clientX-ue,O.clientY-oe]};window.addEventListener("mouseup",Cn);let Ot=()=>{x.style.opacity=.5,x.style.transform="translate(-50%,-50%) scale(0) rotate(0deg)"},rn=(O,ue)=>{let oe=getComputedStyle(O),Ie=+oe.opacity,Fe=oe.transform.match(/([0-9.-]+)+/g),Be=+Fe[0],tt=+Fe[1],Vt=Math.sqrt(Be*Be+tt*tt),ze=Math.atan2(tt,Be)*(180/Math.PI);return ze=ue&&ze<=0?360+ze:ze,{opacity:Ie,scale:Vt,rotate:ze}},Wt=O=>{if(!h||G)return;let ue=O.clientX,oe=O.clientY;x.style.top=`${oe}px`,x.style.left=`${ue}px`;let Ie=rn(x),Fe=Ie.opacity,Be=Ie.scale,tt=Ie.rotate;x.style.opacity=Fe,x.style.transform=`translate(-50%,-50%) scale(${Be}) rotate(${tt}deg)`,x.style.animation="none",Pl().then(()=>{E0!==null&&Dr(E0),E0=Lr(aR(Fe,Be,tt)),x.style.animation=sR,Pl().then(()=>{Ot()})})},ln=()=>{let{opacity:O,scale:ue,rotate:oe}=rn(x);x.style.opacity=O,x.style.transform=`translate(-50%,-50%) scale(${ue}) rotate(${oe}deg)`,x.style.animation="none",Pl(2).then(()=>{A0!==null&&Dr(A0),A0=Lr(lR(O,ue,oe)),x.style.animation=oR,Pl().then(()=>{Ot()})})},sn=(O,ue,{time:oe=ep,extraTime:Ie=tp,delay:Fe=np}={time:ep,extraTime:tp,delay:np})=>{ie=!0;let Be=getComputedStyle(Z);Z.style.color=Be.color,Z.style.top=`${ue}px`,Z.style.left=`${O}px`,Z.style.animation="none";let tt=getComputedStyle(X);X.style.clipPath=tt.clipPath,X.style.opacity=tt.opacity,X.style.animation="none";let Vt=rn(pe);pe.style.opacity=Vt.opacity,pe.style.transform=`scale(${Vt.scale})`,pe.style.animation="none";let ze=rn(Y);Y.style.transform=`rotate(${ze.rotate}deg)`,Y.style.animation="none";let Pt=rn(re);re.style.transform=`rotate(${Pt.rotate}deg)`,re.style.animation="none",Pl().then(()=>{if(!ie)return;wt!==null&&Dr(wt),Xe!==null&&Dr(Xe),Me!==null&&Dr(Me),Bt!==null&&Dr(Bt),je!==null&&Dr(je);let{rules:qt,names:rt}=XC({time:oe,extraTime:Ie,delay:Fe,currentColor:Be.color||"currentcolor",targetColor:Z.dataset.activeColor,effectOpacity:Vt.opacity||0,effectScale:Vt.scale||0,circleLeftRotation:ze.rotate||0,circleRightRotation:Pt.rotate||0,circleClipPath:tt.clipPath||"inset(0 0 0 50%)",circleOpacity:tt.opacity||0});je=Lr(qt.main),Bt=Lr(qt.effect),Me=Lr(qt.circleLeft),Xe=Lr(qt.circleRight),wt=Lr(qt.circle),Z.style.animation=rt.main,pe.style.animation=rt.effect,Y.style.animation=rt.circleLeft,re.style.animation=rt.circleRight,X.style.animation=rt.circle})},hi=({time:O=ip}={time:ip})=>{if(!ie)return;ie=!1;let ue=getComputedStyle(Z);Z.style.color=ue.color,Z.style.animation="none";let oe=getComputedStyle(X);X.style.clipPath=oe.clipPath,X.style.opacity=oe.opacity,X.style.animation="none";let Ie=rn(pe);pe.style.opacity=Ie.opacity,pe.style.transform=`scale(${Ie.scale})`,pe.style.animation="none";let Fe=oe.clipPath.slice(-2,-1)==="x",Be=rn(Y,Fe);Y.style.transform=`rotate(${Be.rotate}deg)`,Y.style.animation="none";let tt=rn(re);re.style.transform=`rotate(${tt.rotate}deg)`,re.style.animation="none",Pl().then(()=>{jt!==null&&Dr(jt),Rn!==null&&Dr(Rn),en!==null&&Dr(en),nt!==null&&Dr(nt),$t!==null&&Dr($t);let{rules:Vt,names:ze}=nR({time:O,currentColor:ue.color||"currentcolor",targetColor:Z.dataset.color,effectOpacity:Ie.opacity||0,effectScale:Ie.scale||0,circleLeftRotation:Be.rotate||0,circleRightRotation:tt.rotate||0,circleClipPath:oe.clipPath||"inset(0px)",circleOpacity:oe.opacity||1});$t=Lr(Vt.main),nt=Lr(Vt.effect),en=Lr(Vt.circleLeft),Rn=Lr(Vt.circleRight),jt=Lr(Vt.circle),Z.style.animation=ze.main,pe.style.animation=ze.effect,Y.style.animation=ze.circleLeft,re.style.animation=ze.circleRight,X.style.animation=ze.circle})},Xn=()=>{S(ye,ne)},w=O=>{ye.push(O),ne.push(O[0],O[1])},ni=O=>{let[ue,oe]=O,[Ie,Fe]=ye[0];ye[1]=[ue,Fe],ye[2]=[ue,oe],ye[3]=[Ie,oe],ye[4]=[Ie,Fe],ne[2]=ue,ne[3]=Fe,ne[4]=ue,ne[5]=oe,ne[6]=Ie,ne[7]=oe,ne[8]=Ie,ne[9]=Fe},Qn=O=>{Le.push(O)},j=()=>Math.abs(E([0,0])[0]-E([N/2,0])[0]),Gn=(O,ue,oe)=>{let[Ie,Fe]=O,[Be,tt]=ue,Vt=Ie-Be,ze=Fe-tt,Pt=bw([Vt,ze]);return[+ze/Pt*oe,-Vt/Pt*oe]},vn=O=>{let ue=Le.at(-1),oe=j(),[Ie,Fe]=Gn(O,ue,oe),Be=Le.length;if(Be===1){let ze=[ue[0]+Ie,ue[1]+Fe],Pt=[ue[0]-Ie,ue[1]-Fe];ye.push(ze,Pt),ne.push(ze[0],ze[1],Pt[0],Pt[1]),de.push([Ie,Fe])}else{[Ie,Fe]=Gn(O,ue,oe);let ze=[...de,[Ie,Fe]];[Ie,Fe]=rR(ze,1,10);let[Pt,qt]=de.at(-1),rt=(Ie+Pt)/2,un=(Fe+qt)/2,Zn=[ue[0]+rt,ue[1]+un],An=[ue[0]-rt,ue[1]-un];ye.splice(Be-1,2,Zn,An),ne.splice(2*(Be-1),4,Zn[0],Zn[1],An[0],An[1]),de.splice(Be,1,[rt,un])}let tt=[O[0]+Ie,O[1]+Fe],Vt=[O[0]-Ie,O[1]-Fe];ye.splice(Be,0,tt,Vt),ne.splice(2*Be,0,tt[0],tt[1],Vt[0],Vt[1]),Le.push(O),de.push([Ie,Fe])},Nn=w,et=w,_t=O=>{if(Re)ww(O[0],O[1],Re[0],Re[1])>C&&(Re=O,Nn(E(O)),ye.length>1&&Xn());else{ve||(ve=!0,g()),Re=O;let ue=E(O);et(ue)}},kt=Kx(_t,M,M),Jt=(O,ue)=>{let oe=mt(O);return ue?kt(oe):_t(oe)},D=()=>{ye=[],ne=[],Le=[],de=[],Re=void 0,Xn()},y=O=>{Wt(O)},se=()=>{G=!0,ve=!0,D(),g()},Ye=()=>{ln()},Ne=({merge:O=!1,remove:ue=!1}={})=>{ve=!1;let oe=[...ye],Ie=[...ne];return kt.cancel(),D(),oe.length>0&&_(oe,Ie,{merge:O,remove:ue}),oe},ut=O=>{switch(O){case"rectangle":{U=O,Nn=ni,et=w;break}case"brush":{U=O,Nn=vn,et=Qn;break}default:{U="freeform",Nn=w,et=w;break}}},ht=O=>{if(O==="onDraw")return S;if(O==="onStart")return g;if(O==="onEnd")return _;if(O==="enableInitiator")return h;if(O==="minDelay")return M;if(O==="minDist")return C;if(O==="pointNorm")return E;if(O==="type")return U;if(O==="brushSize")return N},Te=({onDraw:O=null,onStart:ue=null,onEnd:oe=null,enableInitiator:Ie=null,initiatorParentElement:Fe=null,longPressIndicatorParentElement:Be=null,minDelay:tt=null,minDist:Vt=null,pointNorm:ze=null,type:Pt=null,brushSize:qt=null}={})=>{S=Ba(O,S),g=Ba(ue,g),_=Ba(oe,_),h=Ba(Ie,h),M=Ba(tt,M),C=Ba(Vt,C),E=Ba(ze,E),N=Ba(qt,N),Fe!==null&&Fe!==p&&(p.removeChild(x),Fe.appendChild(x),p=Fe),Be!==null&&Be!==v&&(v.removeChild(Z),Be.appendChild(Z),v=Be),h?(x.addEventListener("click",y),x.addEventListener("mousedown",se),x.addEventListener("mouseleave",Ye)):(x.removeEventListener("mousedown",se),x.removeEventListener("mouseleave",Ye)),Pt!==null&&ut(Pt)},De=()=>{p.removeChild(x),v.removeChild(Z),window.removeEventListener("mouseup",Cn),x.removeEventListener("click",y),x.removeEventListener("mousedown",se),x.removeEventListener("mouseleave",Ye)},Ae=()=>O=>U0(O,{clear:D,destroy:De,end:Ne,extend:Jt,get:ht,set:Te,showInitiator:Wt,hideInitiator:ln,showLongPressIndicator:sn,hideLongPressIndicator:hi});return p.appendChild(x),v.appendChild(Z),Te({onDraw:S,onStart:g,onEnd:_,enableInitiator:h,initiatorParentElement:p,type:U,brushSize:N}),Aw(Lx("initiator",x),Lx("longPressIndicator",Z),Ae(),Tw(cy))({})},cR=`
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
`,uR=n=>`
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
`,hR=`precision highp float;

varying vec4 color;

void main() {
  gl_FragColor = color;
}
`,fR=`precision highp float;

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
}`,dR=`precision highp float;

attribute vec2 position;
varying vec2 particleTextureIndex;

void main() {
  // map normalized device coords to texture coords
  particleTextureIndex = 0.5 * (1.0 + position);

  gl_Position = vec4(position, 0, 1);
}`,pR=(n,e)=>n?ey.reduce((t,i)=>n.hasExtension(i)?t:(e||console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`),!1),!0):!1,mR=n=>{let e=n.getContext("webgl",{antialias:!0,preserveDrawingBuffer:!0}),t=[];for(let i of ey)e.getExtension(i)?t.push(i):console.warn(`WebGL: ${i} extension not supported. Scatterplot might not render properly`);return(0,Zx.default)({gl:e,extensions:t})},T0=(n,e,t,i)=>Math.sqrt((n-t)**2+(e-i)**2),gR=n=>{let e=Number.POSITIVE_INFINITY,t=Number.NEGATIVE_INFINITY,i=Number.POSITIVE_INFINITY,r=Number.NEGATIVE_INFINITY;for(let s=0;s<n.length;s+=2)e=n[s]<e?n[s]:e,t=n[s]>t?n[s]:t,i=n[s+1]<i?n[s+1]:i,r=n[s+1]>r?n[s+1]:r;return[e,i,t,r]},_R=([n,e,t,i])=>Number.isFinite(n)&&Number.isFinite(e)&&Number.isFinite(t)&&Number.isFinite(i)&&t-n>0&&i-e>0,vR=/^#?([a-f\d])([a-f\d])([a-f\d])$/i,xR=(n,e=!1)=>n.replace(vR,(t,i,r,s)=>`#${i}${i}${r}${r}${s}${s}`).substring(1).match(/.{2}/g).map(t=>Number.parseInt(t,16)/255**e),za=(n,e,{minLength:t=0}={})=>Array.isArray(n)&&n.length>=t&&n.every(e),ka=n=>!Number.isNaN(+n)&&+n>=0,jd=n=>!Number.isNaN(+n)&&+n>0,w0=(n,e)=>t=>n.indexOf(t)>=0?t:e,yR=(n,e=!1,t=V0)=>new Promise((i,r)=>{let s=new Image;e&&(s.crossOrigin="anonymous"),s.src=n,s.onload=()=>{i(s)};let a=()=>{r(new Error(rC))};s.onerror=a,setTimeout(a,t)}),Wx=(n,e,t=V0)=>new Promise((i,r)=>{yR(e,e.indexOf(window.location.origin)!==0&&e.indexOf("base64")===-1,t).then(s=>{i(n.texture(s))}).catch(s=>{r(s)})}),SR=(n,e=!1)=>[...xR(n,e),255**!e],bR=/(^#[0-9A-F]{6}$)|(^#[0-9A-F]{3}$)/i,MR=n=>bR.test(n),ER=n=>n>=0&&n<=1,lp=n=>Array.isArray(n)&&n.every(ER);function Xx(n,e,t,i,r,s){return(t-n)*(s-e)-(r-n)*(i-e)}var AR=(n,[e,t]=[])=>{let i=0;for(let r=0,s=n.length-2;r<n.length;r+=2){let a=n[r],o=n[r+1],c=n[s],l=n[s+1];o<=t?l>t&&Xx(a,o,c,l,e,t)>0&&i++:l<=t&&Xx(a,o,c,l,e,t)<0&&i--,s=r}return i!==0},F0=n=>typeof n=="string"||n instanceof String,TR=n=>Number.isInteger(n)&&n>=0&&n<=255,uy=n=>Array.isArray(n)&&n.every(TR),wR=n=>n.length===3&&(lp(n)||uy(n)),CR=n=>n.length===4&&(lp(n)||uy(n)),Ga=n=>Array.isArray(n)&&n.length>0&&(Array.isArray(n[0])||F0(n[0])),RR=(n,e)=>!(Array.isArray(n)&&Array.isArray(e))||n.length!==e.length?!1:n.length===0?!0:Array.isArray(n[0])&&Array.isArray(e[0])?n.every(([t,i,r,s],a)=>{let[o,c,l,u]=e[a];return t===o&&i===c&&r===l&&s===u}):!1,Mu=(n,e)=>n>e?n:e,$x=(n,e)=>n<e?n:e,Zi=(n,e)=>{if(CR(n)){let t=lp(n);return e&&t||!(e||t)?n:e&&!t?n.map(i=>i/255):n.map(i=>i*255)}if(wR(n)){let t=255**!e,i=lp(n);return e&&i||!(e||i)?[...n,t]:e&&!i?[...n.map(r=>r/255),t]:[...n.map(r=>r*255),t]}return MR(n)?SR(n,e):(console.warn("Only HEX, RGB, and RGBA are handled by this function. Returning white instead."),e?[1,1,1,1]:[255,255,255,255])},IR=n=>Object.entries(n).reduce((e,[t,i])=>(e[i]?e[i]=[...e[i],t]:e[i]=t,e),{}),Yx=n=>.21*n[0]+.72*n[1]+.07*n[2],PR=(n,e,t)=>Math.min(t,Math.max(e,n)),LR=n=>new Promise((e,t)=>{if(!n||Array.isArray(n))e(n);else{let i=Array.isArray(n.x)||ArrayBuffer.isView(n.x)?n.x.length:0,r=(Array.isArray(n.x)||ArrayBuffer.isView(n.x))&&(d=>n.x[d]),s=(Array.isArray(n.y)||ArrayBuffer.isView(n.y))&&(d=>n.y[d]),a=(Array.isArray(n.line)||ArrayBuffer.isView(n.line))&&(d=>n.line[d]),o=(Array.isArray(n.lineOrder)||ArrayBuffer.isView(n.lineOrder))&&(d=>n.lineOrder[d]),c=Object.keys(n),l=(()=>{let d=c.find(h=>ry.has(h));return d&&(Array.isArray(n[d])||ArrayBuffer.isView(n[d]))&&(h=>n[d][h])})(),u=(()=>{let d=c.find(h=>sy.has(h));return d&&(Array.isArray(n[d])||ArrayBuffer.isView(n[d]))&&(h=>n[d][h])})();r&&s&&l&&u&&a&&o?e(n.x.map((d,h)=>[d,s(h),l(h),u(h),a(h),o(h)])):r&&s&&l&&u&&a?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h),u(h),a(h)])):r&&s&&l&&u?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h),u(h)])):r&&s&&l?e(Array.from({length:i},(d,h)=>[r(h),s(h),l(h)])):r&&s?e(Array.from({length:i},(d,h)=>[r(h),s(h)])):t(new Error("You need to specify at least x and y"))}}),DR=n=>Number.isFinite(n.y)&&!("x"in n),NR=n=>Number.isFinite(n.x)&&!("y"in n),OR=n=>Number.isFinite(n.x)&&Number.isFinite(n.y)&&Number.isFinite(n.width)&&Number.isFinite(n.height),FR=n=>Number.isFinite(n.x1)&&Number.isFinite(n.y1)&&Number.isFinite(n.x2)&&Number.isFinite(n.x2),UR=n=>"vertices"in n&&n.vertices.length>1,BR=n=>{if(!Array.isArray(n)||n.length<3)return!1;for(let e of n)if(!Array.isArray(e)||e.length!==2||typeof e[0]!="number"||typeof e[1]!="number")return!1;return!0},zR=n=>{let e=[...n],t=n.at(0),i=n.at(-1);return(t[0]!==i[0]||t[1]!==i[1])&&e.push(t),e},qx=n=>{let e=n.length;for(let t=1;t<e;t++){let i=n[t],r=t-1;for(;r>-1&&i<n[r];)n[r+1]=n[r],r--;n[r+1]=i}return n},kR=(n={})=>{let{regl:e,canvas:t=document.createElement("canvas"),gamma:i=R1}=n,r=!1;e||(e=mR(t));let s=pR(e),a=[t.width,t.height],o=e.framebuffer({width:a[0],height:a[1],colorFormat:"rgba",colorType:"float"}),c=e({vert:`
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
      }`,attributes:{xy:[-4,-4,4,-4,0,4]},uniforms:{src:()=>o,srcRes:()=>a,gamma:()=>i},count:3,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"one",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}}}),l=M=>{let C=M.getContext("2d");C.clearRect(0,0,M.width,M.height),C.drawImage(t,(t.width-M.width)/2,(t.height-M.height)/2,M.width,M.height,0,0,M.width,M.height)},u=(M,C)=>{e.clear(Bx),o.use(()=>{e.clear(Bx),M()}),c(),l(C)},d=()=>{e.poll()},h=new Set,p=M=>(h.add(M),()=>{h.delete(M)}),v=e.frame(()=>{let M=h.values(),C=M.next();for(;!C.done;)C.value(),C=M.next()}),S=(M,C)=>{let E=M===void 0?Math.min(window.innerWidth,window.screen.availWidth):M,U=C===void 0?Math.min(window.innerHeight,window.screen.availHeight):C;t.width=E*window.devicePixelRatio,t.height=U*window.devicePixelRatio,a[0]=t.width,a[1]=t.height,o.resize(...a)},g=()=>{S()};return n.canvas||(window.addEventListener("resize",g),window.addEventListener("orientationchange",g),S()),{get canvas(){return t},get regl(){return e},get gamma(){return i},set gamma(M){i=+M},get isSupported(){return s},get isDestroyed(){return r},render:u,resize:S,onFrame:p,refresh:d,destroy:()=>{r=!0,window.removeEventListener("resize",g),window.removeEventListener("orientationchange",g),v.cancel(),t=void 0,e.destroy(),e=void 0}}},GR=function(){let e=(l,u,d,h,p)=>{let v=(h-u)*.5,S=(p-d)*.5;return(2*d-2*h+v+S)*l*l*l+(-3*d+3*h-2*v-S)*l*l+v*l+d},t=(l,u,d)=>{let h=d*l,p=Math.floor(h),v=h-p,S=u[Math.max(0,p-1)],g=u[p],_=u[Math.min(d,p+1)],M=u[Math.min(d,p+2)];return[e(v,S[0],g[0],_[0],M[0]),e(v,S[1],g[1],_[1],M[1])]},i=(l,u,d,h)=>(l-d)**2+(u-h)**2;let r=(l,u,d)=>{let h=u[0],p=u[1],v=d[0]-h,S=d[1]-p;if(v!==0||S!==0){let g=((l[0]-h)*v+(l[1]-p)*S)/(v*v+S*S);g>1?(h=d[0],p=d[1]):g>0&&(h+=v*g,p+=S*g)}return v=l[0]-h,S=l[1]-p,v*v+S*S};let s=(l,u,d,h,p)=>{let v=h,S;for(let g=u+1;g<d;g++){let _=r(l[g],l[u],l[d]);_>v&&(S=g,v=_)}v>h&&(S-u>1&&s(l,u,S,h,p),p.push(l[S]),d-S>1&&s(l,S,d,h,p))};let a=(l,u)=>{let d=l.length-1,h=[l[0]];return s(l,0,d,u,h),h.push(l[d]),h},o=(l,{maxIntPointsPerSegment:u=100,tolerance:d=.002}={})=>{let h=l.length,p=h-1,v=p*u+1,S=d**2,g=[],_;for(let M=0;M<h-1;M++){let C=[l[M].slice(0,2)];_=l[M];for(let E=1;E<u;E++){let U=(M*u+E)/v,N=t(U,l,p);i(_[0],_[1],N[0],N[1])>S&&(C.push(N),_=N)}C.push(l[M+1]),C=a(C,S),g=g.concat(C.slice(0,C.length-1))}return g.push(l[l.length-1].slice(0,2)),g.flat()},c=l=>{let u={},d=!Number.isNaN(+l[0][5]);return l.forEach(h=>{let p=h[4];u[p]||(u[p]=[]),d?u[p][h[5]]=h:u[p].push(h)}),Object.entries(u).forEach(h=>{u[h[0]]=h[1].filter(p=>p),u[h[0]].reference=h[1][0]}),u};self.onmessage=function(u){u.data.points&&+u.data.points.length||self.postMessage({error:new Error("No points provided")}),u.data.points;let h=c(u.data.points);self.postMessage({points:Object.entries(h).reduce((p,v)=>(p[v[0]]=o(v[1],u.data.options),p[v[0]].reference=v[1].reference,p),{})})}},VR=(n,e={tolerance:.002,maxIntPointsPerSegment:100})=>new Promise((t,i)=>{let r=Cw(GR);r.onmessage=s=>{s.data.error?i(s.data.error):t(s.data.points),r.terminate()},r.postMessage({points:n,options:e})}),C0={showRecticle:{replacement:"showReticle",removalVersion:"2",translation:ys},recticleColor:{replacement:"reticleColor",removalVersion:"2",translation:ys},keyMap:{replacement:"actionKeyMap",removalVersion:"2",translation:IR}},R0=n=>{let e=Object.keys(n).filter(t=>C0[t]);for(let t of e){let{replacement:i,removalVersion:r,translation:s}=C0[t];console.warn(`regl-scatterplot: the "${t}" property is deprecated and will be removed in v${r}. Please use "${i}" instead.`),n[C0[t].replacement]=n[t]!==ay?s(n[t]):n[t],delete n[t]}return n},Nr=(n,e,{allowSegment:t=!1,allowDensity:i=!1,allowInherit:r=!1}={})=>ry.has(n)?"valueZ":sy.has(n)?"valueW":n==="segment"?t?"segment":e:n==="density"?i?"density":e:n==="inherit"&&r?"inherit":e,I0=n=>{switch(n){case"valueZ":return 2;case"valueW":return 3;default:return null}},hy=(n={})=>{let e=Rx({async:!n.syncEvents,caseInsensitive:!0}),t=new Float32Array(16),i=new Float32Array(16),r=[0,0];R0(n);let{renderer:s,antiAliasing:a=xC,pixelAligned:o=yC,backgroundColor:c=Y1,backgroundImage:l=sC,canvas:u=document.createElement("canvas"),colorBy:d=bu,deselectOnDblClick:h=lC,deselectOnEscape:p=cC,lassoColor:v=m1,lassoLineWidth:S=g1,lassoMinDelay:g=v1,lassoMinDist:_=x1,lassoClearEvent:M=y1,lassoInitiator:C=_1,lassoInitiatorParentElement:E=document.body,lassoLongPressIndicatorParentElement:U=document.body,lassoOnLongPress:N=S1,lassoLongPressTime:x=ep,lassoLongPressAfterEffectTime:T=tp,lassoLongPressEffectDelay:Z=np,lassoLongPressRevertEffectTime:X=ip,lassoType:Y=SC,lassoBrushSize:re=b1,actionKeyMap:pe=A1,mouseMode:G=f1,showReticle:ve=aC,reticleColor:ye=oC,pointColor:ne=W1,pointColorActive:Le=X1,pointColorHover:de=$1,showPointConnections:Re=uC,pointConnectionColor:ie=q1,pointConnectionColorActive:je=Z1,pointConnectionColorHover:Bt=j1,pointConnectionColorBy:Me=y0,pointConnectionOpacity:Xe=U1,pointConnectionOpacityBy:wt=v0,pointConnectionOpacityActive:$t=B1,pointConnectionSize:nt=O1,pointConnectionSizeActive:en=F1,pointConnectionSizeBy:Rn=_0,pointConnectionMaxIntPointsPerSegment:jt=hC,pointConnectionTolerance:Cn=fC,pointSize:mt=P1,pointSizeSelected:Ot=L1,pointSizeMouseDetection:rn=dC,pointOutlineWidth:Wt=D1,opacity:ln=xs,opacityBy:sn=x0,opacityByDensityFill:hi=k1,opacityInactiveMax:Xn=V1,opacityInactiveScale:w=H1,sizeBy:ni=g0,pointOrder:Qn=N1,pointScaleMode:j=I1,height:Gn=C1,width:vn=w1,annotationLineColor:Nn=K1,annotationLineWidth:et=J1,annotationHVLineLimit:_t=Q1,cameraIsFixed:kt=vC}=n,Jt=vn===xs?1:vn,D=Gn===xs?1:Gn,{performanceMode:y=pC,opacityByDensityDebounceTime:se=G1,spatialIndexUseWorker:Ye=_C}=n,Ne=!!(n.renderPointsAsSquares||y),ut=!!(n.disableAlphaBlending||y);G=w0(zx,Qd)(G),s||(s=kR({regl:n.regl,gamma:n.gamma})),c=Zi(c,!0),v=Zi(v,!0),ye=Zi(ye,!0);let ht=!1,Te=!1,De=Yx(c),Ae,O,ue,oe=!1,Ie=null,Fe=[0,0],Be=-1,tt=[],Vt=new Set,ze=new Set,Pt=!1,qt=new Set,rt=[],un=0,Zn=0,An=!1,Or=[],Ss,bs,Ms=n.aspectRatio||T1,Zs,Gi,hr,ji,Vi,Kr,Jr,Qr,Fr,es,ts,ns,Ha=!1,Vn=!0,Ur=!1,Es;ne=Ga(ne)?[...ne]:[ne],Le=Ga(Le)?[...Le]:[Le],de=Ga(de)?[...de]:[de],ne=ne.map(f=>Zi(f,!0)),Le=Le.map(f=>Zi(f,!0)),de=de.map(f=>Zi(f,!0)),ln=!Array.isArray(ln)&&Number.isNaN(+ln)?ne[0][3]:ln,ln=za(ln,ka,{minLength:1})?[...ln]:[ln],mt=za(mt,ka,{minLength:1})?[...mt]:[mt];let b=m0/mt[0];ie==="inherit"?ie=[...ne]:(ie=Ga(ie)?[...ie]:[ie],ie=ie.map(f=>Zi(f,!0))),je==="inherit"?je=[...Le]:(je=Ga(je)?[...je]:[je],je=je.map(f=>Zi(f,!0))),Bt==="inherit"?Bt=[...de]:(Bt=Ga(Bt)?[...Bt]:[Bt],Bt=Bt.map(f=>Zi(f,!0))),Xe==="inherit"?Xe=[...ln]:Xe=za(Xe,ka,{minLength:1})?[...Xe]:[Xe],nt==="inherit"?nt=[...mt]:nt=za(nt,ka,{minLength:1})?[...nt]:[nt],d=Nr(d,bu),sn=Nr(sn,x0,{allowDensity:!0}),ni=Nr(ni,g0),Me=Nr(Me,y0,{allowSegment:!0,allowInherit:!0}),wt=Nr(wt,v0,{allowSegment:!0}),Rn=Nr(Rn,_0,{allowSegment:!0});let $,Se,ce,ge,ft=0,Xt=0,dt,zt,Zt,an=null,mn=null,Ht,Tn,jn,zn,Fn=!1,ci=null,Yt,Hn,xn=ve,xi,ai=0,zi,Di=0,Ki=!1,pn=!1,ii=!1,yi=!1,kn=Tu,Kn=Tu,$n,Br=!1,Ni=n.xScale||null,mi=n.yScale||null,Wa=0,Xa=0,fr=0,$a=0;Ni&&(Wa=Ni.domain()[0],Xa=Ni.domain()[1]-Ni.domain()[0],Ni.range([0,Jt])),mi&&(fr=mi.domain()[0],$a=mi.domain()[1]-mi.domain()[0],mi.range([D,0]));let Pu=f=>-1+f/Jt*2,Ya=f=>1+f/D*-2,Dl=()=>[Pu(r[0]),Ya(r[1])],Er=(f,P)=>{let J=[f,P,1,1],be=P0(t,ir(t,Zs,ir(t,Ae.view,hr)));return Eu(J,J,be),J.slice(0,2)},Nl=(f=0)=>{let P=kr(),be=(ts[1]-ns[1])/u.height;return(Fr*P+f)*be},Ol=()=>Pt?rt.filter((f,P)=>qt.has(P)):rt,qa=(f,P,J,be)=>{let He=Ss.range(f,P,J,be);return Pt?He.filter(Et=>qt.has(Et)):He},Mo=()=>{let[f,P]=Dl(),[J,be]=Er(f,P),He=Nl(4),Et=qa(J-He,be-He,J+He,be+He),Rt=He,St=-1;for(let st of Et){let[fn,fi]=rt[st],gi=T0(fn,fi,J,be);gi<Rt&&(Rt=gi,St=st)}return St},is=(f,P)=>{Or=f,O.setPoints(P),e.publish("lassoExtend",{coordinates:f})},Eo=f=>{let P=gR(f);if(!_R(P))return[];let J=qa(...P),be=[];for(let He of J)AR(f,rt[He])&&be.push(He);return be},Za=()=>{Or=[],O&&O.clear()},js=f=>f&&f.length>4,As=(f,P)=>{if(Kr||!Re||!js(rt[f[0]]))return;let J=P===0,be=P===1?St=>ze.add(St):ys,He=Object.keys(f.reduce((St,st)=>{let fn=rt[st],gi=Array.isArray(fn[4])?fn[4][0]:fn[4];return St[gi]=!0,St},{})),Et=ji.getData().opacities,Rt=He.filter(St=>!ze.has(+St));for(let St of Rt){let st=Vi[St][0],fn=Vi[St][2],fi=Vi[St][3],gi=st*4+fi*2,Ps=gi+fn*2+4;Et.__original__===void 0&&(Et.__original__=Et.slice());for(let wr=gi;wr<Ps;wr++)Et[wr]=J?Et.__original__[wr]:$t;be(St)}ji.getBuffer().opacities.subdata(Et,0)},Ts=f=>[f%ft/ft+Xt,Math.floor(f/ft)/ft+Xt],_p=f=>Pt&&!qt.has(f),Ao=({preventEvent:f=!1}={})=>{M===O0&&Za(),tt.length>0&&(f||e.publish("deselect"),ze.clear(),As(tt,0),tt=[],Vt.clear(),Vn=!0)},vp=f=>{if(!(Ni&&mi))return console.warn("xScale and yScale must be defined for programmatic lasso selection"),null;let P=[];for(let[J,be]of f){let He=(J-Wa)/Xa,Et=(be-fr)/$a,Rt=He*2-1,St=Et*2-1,[st,fn]=Er(Rt,St);P.push(st,fn)}return P},Ks=(f,{merge:P=!1,remove:J=!1,preventEvent:be=!1}={})=>{let He=Array.isArray(f)?f:[f],Et=[...tt];if(P){if(tt=Ew(tt,He),Et.length===tt.length){Vn=!0;return}}else if(J){let St=new Set(He);if(tt=tt.filter(st=>!St.has(st)),Et.length===tt.length){Vn=!0;return}}else{if(tt?.length>0&&As(tt,0),Et.length>0&&He.length===0){Ao({preventEvent:be});return}tt=He}if(u0(Et,tt)){Vn=!0;return}let Rt=[];Vt.clear(),ze.clear();for(let St=tt.length-1;St>=0;St--){let st=tt[St];if(st<0||st>=un||_p(st)){tt.splice(St,1);continue}Vt.add(st),Rt.push.apply(Rt,Ts(st))}zt({usage:"dynamic",type:"float",data:Rt}),As(tt,1),be||e.publish("select",{points:tt}),Vn=!0},xp=(f,{merge:P=!1,remove:J=!1,isGl:be=!1}={})=>{if(!BR(f))throw new Error("Lasso selection requires at least 3 vertices as [x, y] coordinate pairs");let He=zR(f),Et,Rt;if(be)Et=He,Rt=He.flat();else{if(Rt=vp(He),!Rt)throw new Error("xScale and yScale must be defined to convert lasso vertices from data space to GL space");Et=[];for(let St=0;St<Rt.length;St+=2)Et.push([Rt[St],Rt[St+1]])}Js(Et,Rt,{merge:P,remove:J})},rr=(f,{showReticleOnce:P=!1,preventEvent:J=!1}={})=>{let be=!1;if(!(Pt&&!qt.has(f))&&f>=0&&f<un){be=!0;let Et=$n,Rt=f!==$n;+Et>=0&&Rt&&!Vt.has(Et)&&As([Et],0),$n=f,Zt.subdata(Ts(f)),Vt.has(f)||As([f],2),Rt&&!J&&e.publish("pointover",$n)}else be=+$n>=0,be&&(Vt.has($n)||As([$n],0),J||e.publish("pointout",$n)),$n=void 0;be&&(Vn=!0,Ur=P)},Fl=f=>{let P=u.getBoundingClientRect();return r[0]=f.clientX-P.left,r[1]=f.clientY-P.top,[...r]},yp=()=>{Ae.config({isFixed:!0}),oe=!0,An=!0,Za(),Be>=0&&(clearTimeout(Be),Be=-1),e.publish("lassoStart")},Js=(f,P,{merge:J=!1,remove:be=!1}={})=>{Ae.config({isFixed:kt}),Or=[...f];let He=Eo(P);Ks(He,{merge:J,remove:be}),e.publish("lassoEnd",{coordinates:Or}),M===B0&&Za()},ri=cy(u,{onStart:yp,onDraw:is,onEnd:Js,enableInitiator:C,initiatorParentElement:E,longPressIndicatorParentElement:U,pointNorm:([f,P])=>Er(Pu(f),Ya(P)),minDelay:g,minDist:Y==="brush"?Math.max(Vx,_):_,type:Y}),Qs=()=>G===ty,ea=(f,P)=>{switch(pe[P]){case op:return f.altKey;case k0:return f.metaKey;case ny:return f.ctrlKey;case iy:return f.metaKey;case G0:return f.shiftKey;default:return!1}},ta=f=>document.elementsFromPoint(f.clientX,f.clientY).some(P=>P===u),Ul=f=>{!pn||f.buttons!==1||(oe=!0,Ie=performance.now(),Fe=Fl(f),An=Qs()||ea(f,z0),!An&&N&&(ri.showLongPressIndicator(f.clientX,f.clientY,{time:x,extraTime:T,delay:Z}),Be=setTimeout(()=>{Be=-1,An=!0},x)))},zr=f=>{pn&&(oe=!1,Be>=0&&(clearTimeout(Be),Be=-1),An&&(f.preventDefault(),An=!1,ri.end({merge:ea(f,sp),remove:ea(f,ap)})),N&&ri.hideLongPressIndicator({time:X}))},To=f=>{if(!pn)return;f.preventDefault();let P=Fl(f);if(T0(...P,...Fe)>=_)return;let J=performance.now()-Ie;if(!C||J<gC){let be=Mo();be>=0?(tt.length>0&&M===O0&&Za(),Ks([be],{merge:ea(f,sp),remove:ea(f,ap)})):es||(es=setTimeout(()=>{es=null,ri.showInitiator(f)},mC))}},Lu=f=>{ri.hideInitiator(),es&&(clearTimeout(es),es=null),h&&(f.preventDefault(),Ao())},Du=f=>{if(yi||(Br=ta(f),yi=!0),!(pn&&(Br||oe)))return;let P=Fl(f),be=T0(...P,...Fe)>=_;Br&&!An&&rr(Mo()),An?(f.preventDefault(),ri.extend(f,!0)):oe&&N&&be&&ri.hideLongPressIndicator({time:X}),Be>=0&&be&&(clearTimeout(Be),Be=-1),oe&&(Vn=!0)},Nu=()=>{$n=void 0,Br=!1,yi=!1,pn&&(+$n>=0&&!Vt.has($n)&&As([$n],0),zr(),Vn=!0)},wo=()=>{let f=Math.max(mt.length,ln.length);Di=Math.max(2,Math.ceil(Math.sqrt(f)));let P=new Float32Array(Di**2*4);for(let J=0;J<f;J++){P[J*4]=mt[J]||0,P[J*4+1]=Math.min(1,ln[J]||0);let be=Number((Le[J]||Le[0])[3]);P[J*4+2]=Math.min(1,Number.isNaN(be)?1:be);let He=Number((de[J]||de[0])[3]);P[J*4+3]=Math.min(1,Number.isNaN(He)?1:He)}return s.regl.texture({data:P,shape:[Di,Di,4],type:"float"})},Bl=(f=ne,P=Le,J=de)=>{let be=f.length,He=P.length,Et=J.length,Rt=[];if(be===He&&He===Et)for(let St=0;St<be;St++)Rt.push(f[St],P[St],J[St],c);else for(let St=0;St<be;St++){let st=[f[St][0],f[St][1],f[St][2],1],fn=d===bu?P[0]:st,fi=d===bu?J[0]:st;Rt.push(f[St],fn,fi,c)}return Rt},zl=()=>{let f=Bl(),P=f.length;ai=Math.max(2,Math.ceil(Math.sqrt(P)));let J=new Float32Array(ai**2*4);return f.forEach((be,He)=>{J[He*4]=be[0],J[He*4+1]=be[1],J[He*4+2]=be[2],J[He*4+3]=be[3]}),s.regl.texture({data:J,shape:[ai,ai,4],type:"float"})},Ou=(f,P)=>{Gi[0]=f/bs,Gi[5]=P},ei=()=>{bs=Jt/D,Zs=Kd([],[1/bs,1,1]),Gi=Kd([],[1/bs,1,1]),hr=Kd([],[Ms,1,1])},Fu=f=>{+f<=0||(Ms=f)},kl=(f,P)=>J=>{if(!J||J.length===0)return;let He=[...f()],Et=Ga(J)?J:[J];if(Et=Et.map(Rt=>Zi(Rt,!0)),!RR(He,Et)){xi&&xi.destroy();try{P(Et),xi=zl()}catch{console.error("Invalid colors. Switching back to default colors."),P(He),xi=zl()}}},Ar=kl(()=>ne,f=>{ne=f}),Gl=kl(()=>Le,f=>{Le=f}),Co=kl(()=>de,f=>{de=f}),ws=()=>{let f=Er(-1,-1),P=Er(1,1),J=(f[0]+1)/2,be=(P[0]+1)/2,He=(f[1]+1)/2,Et=(P[1]+1)/2,Rt=[Wa+J*Xa,Wa+be*Xa],St=[fr+He*$a,fr+Et*$a];return[Rt,St]},Tr=()=>{if(!(Ni||mi))return;let[f,P]=ws();Ni&&Ni.domain(f),mi&&mi.domain(P)},na=(f,P)=>{D=Math.max(1,f),u.height=Math.floor(D*window.devicePixelRatio),mi&&(mi.range([D,0]),P||Tr())},Cs=f=>{if(f===xs){Gn=f,u.style.height="100%",window.requestAnimationFrame(()=>{u&&na(u.getBoundingClientRect().height)});return}!+f||+f<=0||(Gn=+f,na(Gn),u.style.height=`${Gn}px`)},ia=()=>{Fr=rn,rn===xs&&(Fr=Array.isArray(mt)?Mw(mt):mt)},Ro=f=>{let P=Array.isArray(mt)?[...mt]:mt;za(f,ka,{minLength:1})?mt=[...f]:jd(+f)&&(mt=[+f]),!(P===mt||u0(P,mt))&&(zi&&zi.destroy(),b=m0/mt[0],zi=wo(),ia())},Vl=f=>{!+f||+f<0||(Ot=+f)},Uu=f=>{!+f||+f<0||(Wt=+f)},Hl=(f,P)=>{Jt=Math.max(1,f),u.width=Math.floor(Jt*window.devicePixelRatio),Ni&&(Ni.range([0,Jt]),P||Tr())},Wl=f=>{if(f===xs){vn=f,u.style.width="100%",window.requestAnimationFrame(()=>{u&&Hl(u.getBoundingClientRect().width)});return}!+f||+f<=0||(vn=+f,Hl(vn),u.style.width=`${Jt}px`)},Sp=f=>{let P=Array.isArray(ln)?[...ln]:ln;za(f,ka,{minLength:1})?ln=[...f]:jd(+f)&&(ln=[+f]),!(P===ln||u0(P,ln))&&(zi&&zi.destroy(),zi=wo())},Xl=f=>{switch(f){case"valueZ":return kn;case"valueW":return Kn;default:return null}},ja=(f,P)=>f===vs?J=>Math.round(J*(P.length-1)):ys,Io=f=>{d=Nr(f,bu)},$l=f=>{sn=Nr(f,x0,{allowDensity:!0})},Yl=f=>{ni=Nr(f,g0)},ra=f=>{if(f==null)Qn=null;else if(Array.isArray(f))Qn=f;else return;if(pn)if(ss(),Pt){let P=[];if(an!==null)for(let J=0;J<an.length;J++)qt.has(an[J])&&P.push.apply(P,Ts(an[J]));else{let J=qx([...qt]);for(let be of J)P.push.apply(P,Ts(be))}dt.subdata(P)}else dt.subdata(Fo(un))},ql=f=>{Me=Nr(f,y0,{allowSegment:!0,allowInherit:!0})},Zl=f=>{wt=Nr(f,v0,{allowSegment:!0})},jl=f=>{Rn=Nr(f,_0,{allowSegment:!0})},Kl=()=>a,Bu=()=>[u.width,u.height],zu=()=>l,ku=()=>xi,Gu=()=>ai,Vu=()=>.5/ai,Hu=()=>window.devicePixelRatio,Wu=()=>dt,Po=()=>zt,sa=()=>zi,Jl=()=>Di,Ql=()=>.5/Di,aa=()=>0,bp=()=>ce||$,Mp=()=>ft,Ep=()=>.5/ft,Ka=()=>Gi,ec=()=>Ae.view,tc=()=>hr,nc=()=>ir(i,Gi,ir(i,Ae.view,hr)),Lo=()=>window.devicePixelRatio,Xu=()=>Mu(b,Ae.scaling[0])*window.devicePixelRatio,Do=()=>Ae.scaling[0]>1?Math.asinh(Mu(1,Ae.scaling[0]))/Math.asinh(1)*window.devicePixelRatio:Mu(b,Ae.scaling[0])*window.devicePixelRatio,kr=Do;j==="linear"?kr=Xu:j==="constant"&&(kr=Lo);let ic=()=>Pt?qt.size:un,Rs=()=>tt.length,Ap=()=>Rs()>0?Xn:1,No=()=>Rs()>0?w:1,Tp=()=>+(d==="valueZ"),wp=()=>+(d==="valueW"),Cp=()=>+(sn==="valueZ"),Rp=()=>+(sn==="valueW"),Ip=()=>+(sn==="density"),Pp=()=>+(ni==="valueZ"),Lp=()=>+(ni==="valueW"),$u=()=>+o,Ja=()=>d==="valueZ"?kn===vs?ne.length-1:1:Kn===vs?ne.length-1:1,Dp=()=>sn==="valueZ"?kn===vs?ln.length-1:1:Kn===vs?ln.length-1:1,Oo=()=>ni==="valueZ"?kn===vs?mt.length-1:1:Kn===vs?mt.length-1:1,sr=f=>{if(sn!=="density")return 1;let P=kr(),J=mt[0]*P,be=2/(2/Ae.view[0])*(2/(2/Ae.view[5])),He=f.viewportHeight,Et=f.viewportWidth,Rt=hi*Et*He/(Zn*J*J)*$x(1,be);Rt*=Ne?1:1/(.25*Math.PI);let St=Mu(m0,J)+.5;return Rt*=(J/St)**2,$x(1,Mu(0,Rt))},oa=s.regl({framebuffer:()=>ge,vert:dR,frag:fR,attributes:{position:[-4,0,4,4,4,-4]},uniforms:{startStateTex:()=>Se,endStateTex:()=>$,t:(f,P)=>P.t},count:3}),rs=(f,P,J,be=l1,He=Ap,Et=No)=>s.regl({frag:Ne?hR:cR,vert:uR(be),blend:{enable:!ut,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},depth:{enable:!1},attributes:{stateIndex:{buffer:J,size:2}},uniforms:{antiAliasing:Kl,resolution:Bu,modelViewProjection:nc,devicePixelRatio:Hu,pointScale:()=>kr(),encodingTex:sa,encodingTexRes:Jl,encodingTexEps:Ql,pointOpacityMax:He,pointOpacityScale:Et,pointSizeExtra:f,globalState:be,colorTex:ku,colorTexRes:Gu,colorTexEps:Vu,stateTex:bp,stateTexRes:Mp,stateTexEps:Ep,isColoredByZ:Tp,isColoredByW:wp,isOpacityByZ:Cp,isOpacityByW:Rp,isOpacityByDensity:Ip,isSizedByZ:Pp,isSizedByW:Lp,isPixelAligned:$u,colorMultiplicator:Ja,opacityMultiplicator:Dp,opacityDensity:sr,sizeMultiplicator:Oo,numColorStates:u1,drawingBufferWidth:Rt=>Rt.drawingBufferWidth,drawingBufferHeight:Rt=>Rt.drawingBufferHeight},count:P,primitive:"points"}),Yu=rs(aa,ic,Wu),qu=rs(aa,()=>1,()=>Zt,c1,()=>1,()=>1),Zu=rs(()=>(Ot+Wt*2)*window.devicePixelRatio,Rs,Po,p0,()=>1,()=>1),ju=rs(()=>(Ot+Wt)*window.devicePixelRatio,Rs,Po,Ux,()=>1,()=>1),Ku=rs(()=>Ot*window.devicePixelRatio,Rs,Po,p0,()=>1,()=>1),Np=()=>{Wt>0&&(Zu(),ju()),Ku()},la=s.regl({frag:a1,vert:o1,attributes:{position:[0,1,0,0,1,0,0,1,1,1,1,0]},uniforms:{modelViewProjection:nc,texture:zu},count:6}),Ai=s.regl({vert:`
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
      }`,depth:{enable:!1},blend:{enable:!0,func:{srcRGB:"src alpha",srcAlpha:"one",dstRGB:"one minus src alpha",dstAlpha:"one minus src alpha"}},attributes:{position:()=>Or},uniforms:{modelViewProjection:nc,color:()=>v},elements:()=>zw(O.getPoints())}),Ju=()=>{if(!($n>=0))return;let[f,P]=rt[$n].slice(0,2),J=[f,P,0,1];ir(t,Gi,ir(t,Ae.view,hr)),Eu(J,J,t),Jr.setPoints([-1,J[1],1,J[1]]),Qr.setPoints([J[0],1,J[0],-1]),Jr.draw(),Qr.draw(),rs(()=>(Ot+Wt*2)*window.devicePixelRatio,()=>1,Zt,p0)(),rs(()=>(Ot+Wt)*window.devicePixelRatio,()=>1,Zt,Ux)()},Qu=f=>{let P=new Float32Array(f*2),J=0;for(let be=0;be<f;++be){let He=Ts(be);P[J]=He[0],P[J+1]=He[1],J+=2}return P},ss=()=>{if(Qn===null){an=null,mn=null;return}let f=new Set,P=[];for(let be=0;be<Qn.length;be++){let He=Qn[be];Number.isFinite(He)&&He>=0&&He<un&&!f.has(He)&&(P.push(He),f.add(He))}for(let be=0;be<un;be++)f.has(be)||P.push(be);an=P,mn=new Float32Array(P.length*2);let J=0;for(let be=0;be<P.length;be++){let He=Ts(P[be]);mn[J]=He[0],mn[J+1]=He[1],J+=2}},Fo=f=>mn!==null?mn:Qu(f),rc=(f,P={})=>{let J=f.length;ft=Math.max(2,Math.ceil(Math.sqrt(J))),Xt=.5/ft;let be=new Float32Array(ft**2*4),He=!0,Et=!0,Rt=0,St=0,st=0;for(let fn=0;fn<J;++fn)Rt=fn*4,be[Rt]=f[fn][0],be[Rt+1]=f[fn][1],St=f[fn][2]||0,st=f[fn][3]||0,be[Rt+2]=St,be[Rt+3]=st,He&&(He=Number.isInteger(St)),Et&&(Et=Number.isInteger(st));return P.z&&Gx.includes(P.z)?kn=P.z:kn=He?Tu:vs,P.w&&Gx.includes(P.w)?Kn=P.w:Kn=Et?Tu:vs,s.regl.texture({data:be,shape:[ft,ft,4],type:"float"})},Op=(f,P={})=>{if(!$)return!1;if(Fn){let J=Se;Se=ce,J.destroy()}else Se=$;return ce=rc(f,P),ge=s.regl.framebuffer({color:ce,depth:!1,stencil:!1}),$=void 0,!0},Fp=()=>!!(Se&&ce),Up=()=>{Se&&(Se.destroy(),Se=void 0),ce&&(ce.destroy(),ce=void 0)},eh=(f,P={})=>new Promise(J=>{pn=!1;let be=P?.preventFilterReset&&f.length===un,He=un;un=f.length,Zn=un,He>0&&un!==He&&(Qn=null,an=null,mn=null),$&&$.destroy(),$=rc(f,{z:P.zDataType,w:P.wDataType}),be||(ss(),dt({usage:"static",type:"float",data:Fo(un)})),TC(P.spatialIndex||f,{useWorker:Ye}).then(Et=>{Ss=Et,rt=f,pn=!0}).then(J)}),Uo=(f,P)=>{Ht=Ae.target,Tn=f,jn=Ae.distance[0],zn=P},th=()=>Ht!==void 0&&Tn!==void 0&&jn!==void 0&&zn!==void 0,Bp=()=>{Ht=void 0,Tn=void 0,jn=void 0,zn=void 0},nh=f=>{let P=Me==="inherit"?d:Me;if(P==="segment"){let J=ie.length-1;return J<1?[]:f.reduce((be,He,Et)=>{let Rt=0,St=[];for(let fn=2;fn<He.length;fn+=2){let fi=Math.sqrt((He[fn-2]-He[fn])**2+(He[fn-1]-He[fn+1])**2);St.push(fi),Rt+=fi}be[Et]=[0];let st=0;for(let fn=0;fn<He.length/2-1;fn++)st+=St[fn],be[Et].push(Math.floor(st/Rt*J)*4);return be},[])}if(P){let J=I0(P),be=ja(Xl(P),Me==="inherit"?ne:ie);return Vi.reduce((He,[Et,Rt])=>(He[Et]=be(Rt[J])*4,He),[])}return new Array(Vi.length).fill(0)},ih=()=>{let f=wt==="inherit"?sn:wt;if(f==="segment"){let P=Xe.length-1;return P<1?[]:Vi.reduce((J,[be,He,Et])=>(J[be]=Px(Et,Rt=>Xe[Math.floor(Rt/(Et-1)*P)]),J),[])}if(f){let P=I0(f),J=wt==="inherit"?ln:Xe,be=ja(Xl(f),J);return Vi.reduce((He,[Et,Rt])=>(He[Et]=J[be(Rt[P])],He),[])}},zp=()=>{let f=Rn==="inherit"?ni:Rn;if(f==="segment"){let P=nt.length-1;return P<1?[]:Vi.reduce((J,[be,He,Et])=>(J[be]=Px(Et,Rt=>nt[Math.floor(Rt/(Et-1)*P)]),J),[])}if(f){let P=I0(f),J=Rn==="inherit"?mt:nt,be=ja(Xl(f),J);return Vi.reduce((He,[Et,Rt])=>(He[Et]=J[be(Rt[P])],He),[])}},Bo=f=>{Vi=[];let P=0;Object.keys(f).forEach((J,be)=>{Vi[J]=[be,f[J].reference,f[J].length/2,P],P+=f[J].length/2})},Qa=f=>new Promise(P=>{ji.setPoints([]),f?.length>0?(Kr=!0,VR(f,{maxIntPointsPerSegment:jt,tolerance:Cn}).then(J=>{Bo(J);let be=Object.values(J);ji.setPoints(be.length===1?be[0]:be,{colorIndices:nh(be),opacities:ih(),widths:zp()}),Kr=!1,P()})):P()}),as=({preventEvent:f=!1}={})=>(Pt=!1,qt.clear(),dt.subdata(Fo(un)),new Promise(P=>{let J=()=>{e.subscribe("draw",()=>{f||e.publish("unfilter"),P()},1),Vn=!0};Re||js(rt[0])?Qa(Ol()).then(()=>{f||e.publish("pointConnectionsDraw"),J()}):J()})),eo=(f,{preventEvent:P=!1}={})=>{Pt=!0,qt.clear();let J=Array.isArray(f)?f:[f],be=[],He=[],Et=[];for(let St of J)!Number.isFinite(St)||St<0||St>=un||(be.push(St),qt.add(St),Vt.has(St)&&Et.push(St));let Rt;if(an!==null){Rt=[];for(let St=0;St<an.length;St++)qt.has(an[St])&&Rt.push(an[St])}else Rt=qx([...be]);for(let St of Rt)He.push.apply(He,Ts(St));return dt.subdata(He),Ks(Et,{preventEvent:P}),qt.has($n)||rr(-1,{preventEvent:P}),new Promise(St=>{let st=()=>{e.subscribe("draw",()=>{P||e.publish("filter",{points:be}),St()},1),Vn=!0};Re||js(rt[0])?Qa(Ol()).then(()=>{P||e.publish("pointConnectionsDraw"),Ks(Et,{preventEvent:P}),st()}):st()})},sc=()=>qa(ns[0],ns[1],ts[0],ts[1]),rh=Kx(()=>{Zn=sc().length},se),sh=f=>{let[P,J]=Ht,[be,He]=Tn,Et=1-f,Rt=P*Et+be*f,St=J*Et+He*f,st=jn*Et+zn*f;Ae.lookAt([Rt,St],st)},ah=()=>Fp(),oh=()=>th(),lh=(f,P)=>{ci||(ci=performance.now());let J=performance.now()-ci,be=PR(P(J/f),0,1);return ah()&&oa({t:be}),oh()&&sh(be),J<f},ch=()=>{Fn=!1,ci=null,Yt=void 0,Hn=void 0,ve=xn,Up(),Bp(),e.publish("transitionEnd")},zo=({duration:f=500,easing:P=kx})=>{Fn&&e.publish("transitionEnd"),Fn=!0,ci=null,Yt=f,Hn=F0(P)?d1[P]||kx:P,xn=ve,ve=!1,e.publish("transitionStart")},dr=(f,P={})=>Te?Promise.reject(new Error(S0)):ht?Promise.reject(new Error(bC)):(ht=!0,LR(f).then(J=>new Promise(be=>{if(Te){be();return}let He=!1;(!P.preventFilterReset||J?.length!==un)&&(Pt=!1,qt.clear());let Et=J&&js(J[0])&&(Re||P.showPointConnectionsOnce),{zDataType:Rt,wDataType:St}=P;new Promise(st=>{J?(P.transition&&(J.length===un?He=Op(J,{z:Rt,w:St}):console.warn("Cannot transition! The number of points between the previous and current draw call must be identical.")),eh(J,{zDataType:Rt,wDataType:St,preventFilterReset:P.preventFilterReset,spatialIndex:P.spatialIndex}).then(()=>{P.hover!==void 0&&rr(P.hover,{preventEvent:!0}),P.select!==void 0&&Ks(P.select,{preventEvent:!0}),P.filter!==void 0&&eo(P.filter,{preventEvent:!0}),Et?Qa(J).then(()=>{e.publish("pointConnectionsDraw"),Vn=!0,Ur=P.showReticleOnce}).then(()=>be()):st()})):st()}).then(()=>{P.transition&&He?(Et?Promise.all([new Promise(st=>{e.subscribe("transitionEnd",()=>{Vn=!0,Ur=P.showReticleOnce,st()},1)}),new Promise(st=>{e.subscribe("pointConnectionsDraw",st,1)})]).then(()=>be()):e.subscribe("transitionEnd",()=>{Vn=!0,Ur=P.showReticleOnce,be()},1),zo({duration:P.transitionDuration,easing:P.transitionEasing})):(Et?Promise.all([new Promise(st=>{e.subscribe("draw",st,1)}),new Promise(st=>{e.subscribe("pointConnectionsDraw",st,1)})]).then(()=>be()):e.subscribe("draw",()=>be(),1),Vn=!0,Ur=P.showReticleOnce)})}).finally(()=>{ht=!1}))),ac=f=>Te?Promise.reject(new S0):(ii=!1,f.length===0?new Promise(P=>{ue.clear(),e.subscribe("draw",P,1),ii=!0,Vn=!0}):new Promise(P=>{let J=[],be=new Map,He=[],Et=[],Rt=-1,St=st=>{Et.push(st.lineWidth||et);let fn=Zi(st.lineColor||Nn,!0),fi=`[${fn.join(",")}]`;if(be.has(fi)){let{idx:gi}=be.get(fi);He.push(gi)}else{let gi=++Rt;be.set(fi,{idx:gi,color:fn}),He.push(gi)}};for(let st of f){if(DR(st)){J.push([st.x1??-_t,st.y,st.x2??_t,st.y]),St(st);continue}if(NR(st)){J.push([st.x,st.y1??-_t,st.x,st.y2??_t]),St(st);continue}if(FR(st)){J.push([st.x1,st.y1,st.x2,st.y1,st.x2,st.y2,st.x1,st.y2,st.x1,st.y1]),St(st);continue}if(OR(st)){J.push([st.x,st.y,st.x+st.width,st.y,st.x+st.width,st.y+st.height,st.x,st.y+st.height,st.x,st.y]),St(st);continue}UR(st)&&(J.push(st.vertices.flatMap(ys)),St(st))}ue.setStyle({color:Array.from(be.values()).sort((st,fn)=>st.idx>fn.idx?1:-1).map(({color:st})=>st)}),ue.setPoints(J.length===1?J.flat():J,{colorIndices:He,widths:Et}),e.subscribe("draw",P,1),ii=!0,Vn=!0})),to=f=>(...P)=>{let J=f(...P);return Vn=!0,new Promise(be=>{e.subscribe("draw",()=>be(J),1)})},Gr=f=>{let P=Number.POSITIVE_INFINITY,J=Number.NEGATIVE_INFINITY,be=Number.POSITIVE_INFINITY,He=Number.NEGATIVE_INFINITY;for(let Et of f){let[Rt,St]=rt[Et];P=Math.min(P,Rt),J=Math.max(J,Rt),be=Math.min(be,St),He=Math.max(He,St)}return{x:P,y:be,width:J-P,height:He-be}},ko=(f,P={})=>new Promise(J=>{let be=Eu([],[f.x+f.width/2,f.y+f.height/2,0,0],hr).slice(0,2),He=2*Math.atan(1),Et=bs/Ms,Rt=f.height*Et>=f.width?f.height/2/Math.tan(He/2):f.width/2/Math.tan(He/2)/Et;P.transition?(Ae.config({isFixed:!0}),Uo(be,Rt),e.subscribe("transitionEnd",()=>{J(),Ae.config({isFixed:kt})},1),zo({duration:P.transitionDuration,easing:P.transitionEasing})):(Ae.lookAt(be,Rt),e.subscribe("draw",J,1),Vn=!0)}),Is=(f,P={})=>{if(!pn)return Promise.reject(new Error(Hx));let J=Gr(f),be=J.x+J.width/2,He=J.y+J.height/2,Et=Nl(),Rt=1+(P.padding||0),St=Math.max(J.width,Et)*Rt,st=Math.max(J.height,Et)*Rt,fn=be-St/2,fi=He-st/2;return ko({x:fn,y:fi,width:St,height:st},P)},no=(f,P,J={})=>new Promise(be=>{J.transition?(Ae.config({isFixed:!0}),Uo(f,P),e.subscribe("transitionEnd",()=>{be(),Ae.config({isFixed:kt})},1),zo({duration:J.transitionDuration,easing:J.transitionEasing})):(Ae.lookAt(f,P),e.subscribe("draw",be,1),Vn=!0)}),uh=(f={})=>no([0,0],1,f),hh=f=>{if(!pn)throw new Error(Hx);let P=rt[f];if(!P)return;let J=[P[0],P[1],0,1];ir(t,Zs,ir(t,Ae.view,hr)),Eu(J,J,t);let be=Jt*(J[0]+1)/2,He=D*(.5-J[1]/2);return[be,He]},Go=()=>{ji.setStyle({color:Bl(ie,je,Bt),opacity:Xe===null?null:Xe[0],width:nt[0]})},oc=()=>{let f=Math.round(De)>.5?0:255;ri.initiator.style.border=`1px dashed rgba(${f}, ${f}, ${f}, 0.33)`,ri.initiator.style.background=`rgba(${f}, ${f}, ${f}, 0.1)`},lc=()=>{let f=Math.round(De)>.5?0:255;ri.longPressIndicator.style.color=`rgb(${f}, ${f}, ${f})`,ri.longPressIndicator.dataset.color=`rgb(${f}, ${f}, ${f})`;let P=v.map(J=>Math.round(J*255));ri.longPressIndicator.dataset.activeColor=`rgb(${P[0]}, ${P[1]}, ${P[2]})`},Gp=f=>{f&&(c=Zi(f,!0),De=Yx(c),oc(),lc())},Vp=f=>{f?F0(f)?Wx(s.regl,f).then(P=>{l=P,Vn=!0,e.publish("backgroundImageReady")}).catch(()=>{console.error(`Count not create texture from ${f}`),l=null}):f._reglType==="texture2d"?l=f:l=null:l=null},Hp=f=>{f>0&&Ae.lookAt(Ae.target,f,Ae.rotation)},Wp=f=>{f!==null&&Ae.lookAt(Ae.target,Ae.distance[0],f)},Xp=f=>{f&&Ae.lookAt(f,Ae.distance[0],Ae.rotation)},fh=f=>{f&&Ae.setView(f)},$p=f=>{kt=!!f,Ae.config({isFixed:kt})},dh=f=>{if(!f)return;v=Zi(f,!0),O.setStyle({color:v});let P=v.map(J=>Math.round(J*255));ri.longPressIndicator.dataset.activeColor=`rgb(${P[0]}, ${P[1]}, ${P[2]})`},ph=f=>{Number.isNaN(+f)||+f<1||(S=+f,O.setStyle({width:S}))},Yp=f=>{+f&&(g=+f,ri.set({minDelay:g}))},qp=f=>{+f&&(_=+f,ri.set({minDist:_}))},cc=f=>{M=w0(p1,M)(f)},Vo=f=>{C=!!f,ri.set({enableInitiator:C})},Zp=f=>{E=f,ri.set({initiatorParentElement:E})},jp=f=>{U=f,ri.set({longPressIndicatorParentElement:U})},Kp=f=>{N=!!f},Jp=f=>{x=Number(f)},Qp=f=>{T=Number(f)},mh=f=>{Z=Number(f)},em=f=>{X=Number(f)},tm=f=>{f==="brush"?ri.set({type:f,minDist:Math.max(Vx,_)}):ri.set({type:f,minDist:_}),Y=ri.get("type")},nm=f=>{re=Number(f)||re,ri.set({brushSize:re})},im=()=>{pe[rp]?Ae.config({isRotate:!0,mouseDownMoveModKey:pe[rp]}):Ae.config({isRotate:!1})},rm=f=>{pe=Object.entries(f).reduce((P,[J,be])=>(E1.includes(be)&&M1.includes(J)&&(P[J]=be),P),{}),im()},ca=f=>{G=w0(zx,Qd)(f),Ae.config({defaultMouseDownMoveAction:G===N0?"rotate":"pan"})},sm=f=>{f!==null&&(ve=f)},am=f=>{f&&(ye=Zi(f,!0),Jr.setStyle({color:ye}),Qr.setStyle({color:ye}))},gh=f=>{f&&(Ni=f,Wa=f.domain()[0],Xa=f?f.domain()[1]-f.domain()[0]:0,Ni.range([0,Jt]),Tr())},Ho=f=>{f&&(mi=f,fr=mi.domain()[0],$a=mi?mi.domain()[1]-mi.domain()[0]:0,mi.range([D,0]),Tr())},_h=f=>{h=!!f},uc=f=>{p=!!f},om=f=>{Re=!!f,Re?pn&&js(rt[0])&&Qa(Ol()).then(()=>{e.publish("pointConnectionsDraw"),Vn=!0}):Qa()},Wo=(f,P)=>J=>{if(J==="inherit")f([...P()]);else{let be=Ga(J)?J:[J];f(be.map(He=>Zi(He,!0)))}Go()},lm=Wo(f=>{ie=f},()=>ne),cm=Wo(f=>{je=f},()=>Le),um=Wo(f=>{Bt=f},()=>de),hm=f=>{za(f,ka,{minLength:1})&&(Xe=[...f]),jd(+f)&&(Xe=[+f]),ie=ie.map(P=>(P[3]=Number.isNaN(+Xe[0])?P[3]:+Xe[0],P)),Go()},fm=f=>{!Number.isNaN(+f)&&+f&&($t=+f)},io=f=>{za(f,ka,{minLength:1})&&(nt=[...f]),jd(+f)&&(nt=[+f]),Go()},dm=f=>{!Number.isNaN(+f)&&+f&&(en=Math.max(0,f))},Xo=f=>{jt=Math.max(0,f)},pm=f=>{Cn=Math.max(0,f)},ua=f=>{rn=f,ia()},ha=f=>{switch(f){case"linear":{j=f,kr=Xu;break}case"constant":{j=f,kr=Lo;break}default:{j="asinh",kr=Do;break}}},mm=f=>{hi=+f},fa=f=>{Xn=+f},vh=f=>{w=+f},da=f=>{Nn=Zi(f)},hc=f=>{et=+f},fc=f=>{_t=+f},dc=f=>{s.gamma=f},ro=f=>{a=Number(f)||.5},so=f=>{o=!!f},$o=f=>{let[P]=Object.keys(R0({[f]:ay}));if(P==="aspectRatio")return Ms;if(P==="background"||P==="backgroundColor")return c;if(P==="backgroundImage")return l;if(P==="camera")return Ae;if(P==="cameraTarget")return Ae.target;if(P==="cameraDistance")return Ae.distance[0];if(P==="cameraRotation")return Ae.rotation;if(P==="cameraView")return Ae.view;if(P==="cameraIsFixed")return kt;if(P==="canvas")return u;if(P==="colorBy")return d;if(P==="sizeBy")return ni;if(P==="pointOrder")return Qn!==null?[...Qn]:null;if(P==="deselectOnDblClick")return h;if(P==="deselectOnEscape")return p;if(P==="height")return Gn;if(P==="lassoColor")return v;if(P==="lassoLineWidth")return S;if(P==="lassoMinDelay")return g;if(P==="lassoMinDist")return _;if(P==="lassoClearEvent")return M;if(P==="lassoInitiator")return C;if(P==="lassoInitiatorElement")return ri.initiator;if(P==="lassoInitiatorParentElement")return E;if(P==="lassoLongPressIndicatorParentElement")return U;if(P==="lassoOnLongPress")return N;if(P==="lassoType")return Y;if(P==="lassoBrushSize")return re;if(P==="mouseMode")return G;if(P==="opacity")return ln.length===1?ln[0]:ln;if(P==="opacityBy")return sn;if(P==="opacityByDensityFill")return hi;if(P==="opacityByDensityDebounceTime")return se;if(P==="opacityInactiveMax")return Xn;if(P==="opacityInactiveScale")return w;if(P==="points")return rt;if(P==="hoveredPoint")return $n;if(P==="selectedPoints")return[...tt];if(P==="filteredPoints")return Pt?Array.from(qt):Array.from({length:rt.length},(J,be)=>be);if(P==="pointsInView")return sc();if(P==="pointColor")return ne.length===1?ne[0]:ne;if(P==="pointColorActive")return Le.length===1?Le[0]:Le;if(P==="pointColorHover")return de.length===1?de[0]:de;if(P==="pointOutlineWidth")return Wt;if(P==="pointSize")return mt.length===1?mt[0]:mt;if(P==="pointSizeSelected")return Ot;if(P==="pointSizeMouseDetection")return rn;if(P==="showPointConnections")return Re;if(P==="pointConnectionColor")return ie.length===1?ie[0]:ie;if(P==="pointConnectionColorActive")return je.length===1?je[0]:je;if(P==="pointConnectionColorHover")return Bt.length===1?Bt[0]:Bt;if(P==="pointConnectionColorBy")return Me;if(P==="pointConnectionOpacity")return Xe.length===1?Xe[0]:Xe;if(P==="pointConnectionOpacityBy")return wt;if(P==="pointConnectionOpacityActive")return $t;if(P==="pointConnectionSize")return nt.length===1?nt[0]:nt;if(P==="pointConnectionSizeActive")return en;if(P==="pointConnectionSizeBy")return Rn;if(P==="pointConnectionMaxIntPointsPerSegment")return jt;if(P==="pointConnectionTolerance")return Cn;if(P==="pointScaleMode")return j;if(P==="reticleColor")return ye;if(P==="regl")return s.regl;if(P==="showReticle")return ve;if(P==="version")return s1;if(P==="width")return vn;if(P==="xScale")return Ni;if(P==="yScale")return mi;if(P==="performanceMode")return y;if(P==="renderPointsAsSquares")return Ne;if(P==="disableAlphaBlending")return ut;if(P==="gamma")return s.gamma;if(P==="renderer")return s;if(P==="isDestroyed")return Te;if(P==="isDrawing")return ht;if(P==="isPointsDrawn")return pn;if(P==="isPointsFiltered")return Pt;if(P==="isAnnotationsDrawn")return ii;if(P==="zDataType")return kn;if(P==="wDataType")return Kn;if(P==="spatialIndex")return Ss?.data;if(P==="annotationLineColor")return Nn;if(P==="annotationLineWidth")return et;if(P==="annotationHVLineLimit")return _t;if(P==="antiAliasing")return a;if(P==="pixelAligned")return o;if(P==="actionKeyMap")return{...pe}},pc=(f={})=>Te?Promise.reject(new Error(S0)):(R0(f),(f.backgroundColor!==void 0||f.background!==void 0)&&Gp(f.backgroundColor||f.background),f.backgroundImage!==void 0&&Vp(f.backgroundImage),f.cameraTarget!==void 0&&Xp(f.cameraTarget),f.cameraDistance!==void 0&&Hp(f.cameraDistance),f.cameraRotation!==void 0&&Wp(f.cameraRotation),f.cameraView!==void 0&&fh(f.cameraView),f.cameraIsFixed!==void 0&&$p(f.cameraIsFixed),f.colorBy!==void 0&&Io(f.colorBy),f.pointColor!==void 0&&Ar(f.pointColor),f.pointColorActive!==void 0&&Gl(f.pointColorActive),f.pointColorHover!==void 0&&Co(f.pointColorHover),f.pointSize!==void 0&&Ro(f.pointSize),f.pointSizeSelected!==void 0&&Vl(f.pointSizeSelected),f.pointSizeMouseDetection!==void 0&&ua(f.pointSizeMouseDetection),f.sizeBy!==void 0&&Yl(f.sizeBy),f.pointOrder!==void 0&&ra(f.pointOrder),f.opacity!==void 0&&Sp(f.opacity),f.showPointConnections!==void 0&&om(f.showPointConnections),f.pointConnectionColor!==void 0&&lm(f.pointConnectionColor),f.pointConnectionColorActive!==void 0&&cm(f.pointConnectionColorActive),f.pointConnectionColorHover!==void 0&&um(f.pointConnectionColorHover),f.pointConnectionColorBy!==void 0&&ql(f.pointConnectionColorBy),f.pointConnectionOpacityBy!==void 0&&Zl(f.pointConnectionOpacityBy),f.pointConnectionOpacity!==void 0&&hm(f.pointConnectionOpacity),f.pointConnectionOpacityActive!==void 0&&fm(f.pointConnectionOpacityActive),f.pointConnectionSize!==void 0&&io(f.pointConnectionSize),f.pointConnectionSizeActive!==void 0&&dm(f.pointConnectionSizeActive),f.pointConnectionSizeBy!==void 0&&jl(f.pointConnectionSizeBy),f.pointConnectionMaxIntPointsPerSegment!==void 0&&Xo(f.pointConnectionMaxIntPointsPerSegment),f.pointConnectionTolerance!==void 0&&pm(f.pointConnectionTolerance),f.pointScaleMode!==void 0&&ha(f.pointScaleMode),f.opacityBy!==void 0&&$l(f.opacityBy),f.lassoColor!==void 0&&dh(f.lassoColor),f.lassoLineWidth!==void 0&&ph(f.lassoLineWidth),f.lassoMinDelay!==void 0&&Yp(f.lassoMinDelay),f.lassoMinDist!==void 0&&qp(f.lassoMinDist),f.lassoClearEvent!==void 0&&cc(f.lassoClearEvent),f.lassoInitiator!==void 0&&Vo(f.lassoInitiator),f.lassoInitiatorParentElement!==void 0&&Zp(f.lassoInitiatorParentElement),f.lassoLongPressIndicatorParentElement!==void 0&&jp(f.lassoLongPressIndicatorParentElement),f.lassoOnLongPress!==void 0&&Kp(f.lassoOnLongPress),f.lassoLongPressTime!==void 0&&Jp(f.lassoLongPressTime),f.lassoLongPressAfterEffectTime!==void 0&&Qp(f.lassoLongPressAfterEffectTime),f.lassoLongPressEffectDelay!==void 0&&mh(f.lassoLongPressEffectDelay),f.lassoLongPressRevertEffectTime!==void 0&&em(f.lassoLongPressRevertEffectTime),f.lassoType!==void 0&&tm(f.lassoType),f.lassoBrushSize!==void 0&&nm(f.lassoBrushSize),f.actionKeyMap!==void 0&&rm(f.actionKeyMap),f.mouseMode!==void 0&&ca(f.mouseMode),f.showReticle!==void 0&&sm(f.showReticle),f.reticleColor!==void 0&&am(f.reticleColor),f.pointOutlineWidth!==void 0&&Uu(f.pointOutlineWidth),f.height!==void 0&&Cs(f.height),f.width!==void 0&&Wl(f.width),f.aspectRatio!==void 0&&Fu(f.aspectRatio),f.xScale!==void 0&&gh(f.xScale),f.yScale!==void 0&&Ho(f.yScale),f.deselectOnDblClick!==void 0&&_h(f.deselectOnDblClick),f.deselectOnEscape!==void 0&&uc(f.deselectOnEscape),f.opacityByDensityFill!==void 0&&mm(f.opacityByDensityFill),f.opacityInactiveMax!==void 0&&fa(f.opacityInactiveMax),f.opacityInactiveScale!==void 0&&vh(f.opacityInactiveScale),f.gamma!==void 0&&dc(f.gamma),f.annotationLineColor!==void 0&&da(f.annotationLineColor),f.annotationLineWidth!==void 0&&hc(f.annotationLineWidth),f.annotationHVLineLimit!==void 0&&fc(f.annotationHVLineLimit),f.antiAliasing!==void 0&&ro(f.antiAliasing),f.pixelAligned!==void 0&&so(f.pixelAligned),new Promise(P=>{window.requestAnimationFrame(()=>{Te||!u||(ei(),Ae.refresh(),s.refresh(),ma(),P())})})),xh=(f,{preventEvent:P=!1}={})=>{fh(f),Vn=!0,Ha=P},mc=()=>{Ae||(Ae=Bw(u,{isFixed:kt,isPanInverted:[!1,!0],defaultMouseDownMoveAction:G===N0?"rotate":"pan"})),n.cameraView?Ae.setView(Dx(n.cameraView)):n.cameraTarget||n.cameraDistance||n.cameraRotation?Ae.lookAt([...n.cameraTarget||eC],n.cameraDistance||tC,n.cameraRotation||nC):Ae.setView(Dx(iC)),ts=Er(1,1),ns=Er(-1,-1)},yh=({preventEvent:f=!1}={})=>{mc(),Tr(),!f&&e.publish("view",{view:Ae.view,camera:Ae,xScale:Ni,yScale:mi})},gc=({key:f})=>{f==="Escape"&&p&&Ao()},Yo=()=>{Br=!0,yi=!0},qo=()=>{rr(),Br=!1,yi=!0,Vn=!0},_c=()=>{Vn=!0},vc=()=>{eh([]),ji.clear()},Sh=()=>{ji.clear()},xc=()=>{ac([])},yc=()=>{vc(),xc()},pa=()=>{let f=vn===xs,P=Gn===xs;if(f||P){let{width:J,height:be}=u.getBoundingClientRect();f&&Hl(J,!0),P&&na(be,!0),ei(),Tr(),Vn=!0}Ae.refresh()},bh=async f=>{u.style.userSelect="none";let P=window.devicePixelRatio,J=mt,be=vn,He=Gn,Et=s.canvas.width/P,Rt=s.canvas.height/P,St=o,st=a,fn=f?.scale||1,fi=Array.isArray(mt)?mt.map(pr=>pr*fn):mt*fn,gi=Jt*fn,Ps=D*fn;Ro(fi),Wl(gi),Cs(Ps),so(f?.pixelAligned||o),ro(f?.antiAliasing||a),s.resize(vn,Gn),s.refresh(),await new Promise(pr=>{e.subscribe("draw",pr,1),ma()});let wr=u.getContext("2d").getImageData(0,0,u.width,u.height);return s.resize(Et,Rt),s.refresh(),Ro(J),Wl(be),Cs(He),so(St),ro(st),await new Promise(pr=>{e.subscribe("draw",pr,1),ma()}),u.style.userSelect=null,wr},Sc=f=>f===void 0?u.getContext("2d").getImageData(0,0,u.width,u.height):bh(f),bc=()=>{ei(),mc(),Tr(),O=Su(s.regl,{color:v,width:S,is2d:!0}),ji=Su(s.regl,{color:Bl(ie,je,Bt),opacity:Xe===null?null:Xe[0],width:nt[0],is2d:!0}),Jr=Su(s.regl,{color:ye,width:1,is2d:!0}),Qr=Su(s.regl,{color:ye,width:1,is2d:!0}),ue=Su(s.regl,{color:Nn,width:et,is2d:!0}),ia(),u.addEventListener("wheel",_c),dt=s.regl.buffer(),zt=s.regl.buffer(),Zt=s.regl.buffer({usage:"dynamic",type:"float",length:h1*2}),xi=zl(),zi=wo();let f=pc({backgroundImage:l,width:vn,height:Gn,actionKeyMap:pe});oc(),lc(),window.addEventListener("keyup",gc,!1),window.addEventListener("blur",Nu,!1),window.addEventListener("mouseup",zr,!1),window.addEventListener("mousemove",Du,!1),u.addEventListener("mousedown",Ul,!1),u.addEventListener("mouseenter",Yo,!1),u.addEventListener("mouseleave",qo,!1),u.addEventListener("click",To,!1),u.addEventListener("dblclick",Lu,!1),"ResizeObserver"in window?(Es=new ResizeObserver(pa),Es.observe(u)):(window.addEventListener("resize",pa),window.addEventListener("orientationchange",pa)),f.then(()=>{e.publish("init")})},Mh=s.onFrame(()=>{if(Ki=Ae.tick(),!((pn||ii)&&(Vn||Fn)))return;Fn&&!lh(Yt,Hn)&&ch(),Ki&&(ts=Er(1,1),ns=Er(-1,-1),sn==="density"&&rh()),s.render(()=>{let P=u.width/s.canvas.width,J=u.height/s.canvas.height;Ou(P,J),l?._reglType&&la(),Or.length>2&&Ai(),Fn||ji.draw({projection:Ka(),model:tc(),view:ec()});let be=ic();pn&&be>0&&Yu(),!oe&&(ve||Ur)&&Ju(),$n>=0&&qu(),tt.length>0&&Np(),ue.draw({projection:Ka(),model:tc(),view:ec()}),O.draw({projection:Ka(),model:tc(),view:ec()})},u);let f={view:Ae.view,isViewChanged:Ki,camera:Ae,xScale:Ni,yScale:mi};Ki&&(Tr(),Ha?Ha=!1:e.publish("view",f)),Vn=!1,Ur=!1,e.publish("drawing",f,{async:!1}),e.publish("draw",f)}),ma=()=>{Vn=!0},Eh=()=>{pn=!1,ii=!1,Te=!0,Mh(),window.removeEventListener("keyup",gc,!1),window.removeEventListener("blur",Nu,!1),window.removeEventListener("mouseup",zr,!1),window.removeEventListener("mousemove",Du,!1),u.removeEventListener("mousedown",Ul,!1),u.removeEventListener("mouseenter",Yo,!1),u.removeEventListener("mouseleave",qo,!1),u.removeEventListener("click",To,!1),u.removeEventListener("dblclick",Lu,!1),u.removeEventListener("wheel",_c,!1),Es?Es.disconnect():(window.removeEventListener("resize",pa),window.removeEventListener("orientationchange",pa)),u=void 0,Ae.dispose(),Ae=void 0,O.destroy(),ri.destroy(),ji.destroy(),Jr.destroy(),Qr.destroy(),xi&&xi.destroy(),zi&&zi.destroy(),n.renderer||s.isDestroyed||s.destroy(),e.publish("destroy"),e.clear()};return bc(),{get isSupported(){return s.isSupported},clear:to(yc),clearPoints:to(vc),clearPointConnections:to(Sh),clearAnnotations:to(xc),createTextureFromUrl:(f,P=V0)=>Wx(s.regl,f,P),deselect:Ao,destroy:Eh,draw:dr,drawAnnotations:ac,filter:eo,get:$o,getScreenPosition:hh,hover:rr,lassoSelect:xp,redraw:ma,refresh:s.refresh,reset:to(yh),select:Ks,set:pc,export:Sc,subscribe:e.subscribe,unfilter:as,unsubscribe:e.unsubscribe,view:xh,zoomToLocation:no,zoomToArea:ko,zoomToPoints:Is,zoomToOrigin:uh}};var HR=.95,WR=5e5,up=class{constructor(e,t){let{width:i,height:r}=e.getBoundingClientRect();this.plot=hy({canvas:e,width:i,height:r,pointSize:2,pointSizeSelected:2,pointOutlineWidth:0,opacity:.8,backgroundColor:"#111418",lassoColor:"#00aaff",performanceMode:!1,pointColorActive:"#ff3b30",deselectOnDblClick:!0}),this.count=0,this.offset=[0,0],this.scale=1,this.x=new Float32Array(0),this.y=new Float32Array(0),this.plot.subscribe("select",({points:s})=>t(Uint32Array.from(s))),this.plot.subscribe("deselect",()=>t(new Uint32Array(0))),new ResizeObserver(()=>{let s=e.getBoundingClientRect();this.plot.set({width:s.width,height:s.height})}).observe(e)}async show(e,t){let i=e.length/2,[r,s,a,o]=[1/0,-1/0,1/0,-1/0];for(let l=0;l<i;l+=1){let u=e[2*l],d=e[2*l+1];u<r&&(r=u),u>s&&(s=u),d<a&&(a=d),d>o&&(o=d)}this.offset=[(r+s)/2,(a+o)/2],this.scale=2*HR/Math.max(s-r,o-a,1e-12),this.x=new Float32Array(i),this.y=new Float32Array(i);for(let l=0;l<i;l+=1)this.x[l]=(e[2*l]-this.offset[0])*this.scale,this.y[l]=(e[2*l+1]-this.offset[1])*this.scale;this.count=i;let c=i>WR?1:2;this.plot.set({pointSize:c,pointSizeSelected:c}),await this.paint(t,!1)}async paint(e,t=!0){let i=t?this.plot.get("selectedPoints"):[],r={x:this.x,y:this.y};if(!e)this.plot.set({colorBy:null,pointColor:"#9aa5b1"});else if(e.kind==="category")r.valueA=e.values,this.plot.set({colorBy:"valueA",pointColor:i0(e.categories.length)});else{let s=e.max>e.min?e.max-e.min:1;r.valueB=e.values.map(a=>Number.isFinite(a)?(a-e.min)/s:0),this.plot.set({colorBy:"valueB",pointColor:r0()})}await this.plot.draw(r,{zDataType:"categorical",wDataType:"continuous",select:i,preventFilterReset:!1})}select(e){e.length?this.plot.select(Array.from(e),{preventEvent:!0}):this.plot.deselect({preventEvent:!0})}setTool(e){e==="pan"?this.plot.set({mouseMode:"panZoom"}):this.plot.set({mouseMode:"lasso",lassoType:e==="box"?"rectangle":"freeform"})}drawPath(e){let t=Array.from(e,i=>[this.x[i],this.y[i]]);return this.plot.drawAnnotations(t.length>1?[{vertices:t,lineColor:[1,.85,.2,1],lineWidth:2}]:[])}lassoData(e,t=!1){let i=e.map(([r,s])=>[(r-this.offset[0])*this.scale,(s-this.offset[1])*this.scale]);this.plot.lassoSelect(i,{isGl:!0,merge:t})}};function fy(n,e){let t=new Uint8Array(e);for(let i=0;i<n.length;i+=1)t[n[i]]=1;return t}function dy(n){let e=0;for(let r=0;r<n.length;r+=1)e+=n[r];let t=new Uint32Array(e),i=0;for(let r=0;r<n.length;r+=1)n[r]&&(t[i++]=r);return t}function py(n,e,t,i){let r=fy(e,i),s=fy(t,i),a=new Uint8Array(i);for(let o=0;o<i;o+=1)if(n==="union")a[o]=r[o]|s[o];else if(n==="intersection")a[o]=r[o]&s[o];else if(n==="invert")a[o]=1-r[o];else throw new Error(`unknown selection operation ${n}`);return dy(a)}function my(n,e){let t=new Uint8Array(e);for(let i of n)for(let r=0;r<i.length;r+=1)t[i[r]]=1;return dy(t)}var We=n=>document.getElementById(n),Tt={summary:null,selected:new Uint32Array(0),stored:new Uint32Array(0),map:null,view:null,regions:[],anchors:[],movie:{frames:[],meshes:[],voxels:[],index:0,timer:null},previewBox:64,previewAboveSeconds:.9,fullMapSeconds:null};function Pn(n,e=!1){let t=We("status");t.textContent=n,t.className=e?"error":""}function bo(){let n=Tt.summary?Tt.summary.particles:0;We("count").textContent=`${Tt.selected.length.toLocaleString()} of ${n.toLocaleString()} selected`,We("stored-count").textContent=`${Tt.stored.length.toLocaleString()} stored`}function _y(n){Tt.selected=n,bo(),Ay().catch(e=>Pn(e.message,!0)),n.length===1&&mp({row:n[0]}).catch(e=>Pn(e.message,!0))}var Mr=new up(We("scatter"),_y);function Y0(n){Tt.selected=Uint32Array.of(n),Mr.select(Tt.selected),_y(Tt.selected)}var qs=new Xd(We("map3d"),[We("slice-z"),We("slice-y"),We("slice-x")]),Va=new zh({select:We("cmd-name"),summary:We("cmd-summary"),fields:We("cmd-fields"),line:We("cmd-line"),missing:We("cmd-missing")}),ur=null,XR=["occupancy-pane","landscape-pane","convergence-pane","gallery-pane","pairs-pane","latent3d-pane","commands-pane"],Ll="\0regions";function $R(){let n=new Float32Array(Tt.summary.particles);return Tt.regions.forEach((e,t)=>{for(let i of e)n[i]=t+1}),{name:"regions",kind:"category",values:n,min:0,max:Tt.regions.length,categories:["none",...Tt.regions.map((e,t)=>`region ${t+1}`)]}}function vy(){let n=Tt.regions.map(i=>i.length.toLocaleString());We("regions").textContent=Tt.regions.length?`${Tt.regions.length} regions: ${n.join(" + ")}`:"no regions";let e=We("colour"),t=[...e.options].find(i=>i.value===Ll);if(Tt.regions.length&&!t){let i=document.createElement("option");i.value=Ll,i.textContent="regions",e.appendChild(i)}else!Tt.regions.length&&t&&(e.value===Ll&&(e.value=""),t.remove())}async function xy(){if(!Tt.selected.length){Pn("select particles first, then add them as a region",!0);return}Tt.regions.push(Tt.selected),vy(),We("colour").value=Ll,await X0()}async function yy(){if(!Tt.regions.length){Pn("no regions to save",!0);return}let n=We("save-name").value.trim(),e=We("save-mode").value,t=[];for(let[r,s]of Tt.regions.entries())t.push((await Bh(`/api/selection?name=${encodeURIComponent(`${n}-${r+1}`)}&mode=${e}`,s)).keep);let i=my(Tt.regions,Tt.summary.particles);return t.push((await Bh(`/api/selection?name=${encodeURIComponent(`${n}-all`)}&mode=${e}`,i)).keep),Va.provide("ind",`${Tt.summary.workdir}/${t[t.length-1]}`),Pn(`saved ${Tt.regions.length} regions and their union: ${t.join(", ")}`),t}async function pp(){let n=We("colour").value;if(!n)return null;if(n===Ll)return $R();let e=Tt.summary.quantities.find(i=>i.name===n),t=await Uh(`/api/quantity?name=${encodeURIComponent(n)}`);return{...e,values:t}}async function Sy(){let n=performance.now();Tt.view=We("view").value;let e=await Uh(`/api/view/${encodeURIComponent(Tt.view)}`);await Mr.show(e,await pp()),Mr.select(Tt.selected),Pn(`${Tt.view}: ${(e.length/2).toLocaleString()} particles drawn in ${Math.round(performance.now()-n)} ms`)}async function X0(){await Mr.paint(await pp()),Mr.select(Tt.selected),await Ay(),We("pairs-pane").hidden||await dp()}var fp=0;async function gy(n,e,t){let[i,r]=await Promise.all([q0(n,n.level),Tm(`/api/map/${n.key}/voxels`)]);if(t!==fp)return!1;Tt.map=n;let s=We("level");s.min=n.min,s.max=n.max,s.step=(n.max-n.min)/200,s.value=n.level,qs.showMesh(i,n.box*n.apix/2),We("level-value").textContent=Number(n.level).toPrecision(3),qs.setSlices(r.bytes,n.box),We("download").href=`/api/map/${n.key}/mrc`,We("download").hidden=!1;let a="row"in e?`particle row ${e.row}`:"a latent point";return We("map-title").textContent=`map at ${a}, ${n.box}\xB3`,qs.settle(),!0}async function H0(n,e){for(let t=0;;t+=1)try{let i=await wm("/api/map",n);return e===fp?i:null}catch(i){if(e!==fp)return null;if(i.status!==409||t===3)throw i}}async function mp(n){let e=++fp,t=performance.now(),i=Number(We("map-box").value)||Tt.summary.box_size,r={preview:null,full:null,server:null},s=Tt.previewBox,a=Tt.fullMapSeconds===null?null:Tt.fullMapSeconds*(i/Tt.summary.box_size)**3,o;if(i>s&&(a===null||a>Tt.previewAboveSeconds)){Pn(`decoding the map (a ${s}\xB3 preview first)\u2026`);let u=await H0({...n,box:s},e);if(!u||(o=H0({...n,box:i},e),o.catch(()=>{}),!await gy(u,n,e)))return null;r.preview=performance.now()-t,Pn(`preview ${s}\xB3 shown in ${Math.round(r.preview)} ms; decoding ${i}\xB3\u2026`)}else Pn("decoding the map\u2026"),o=H0({...n,box:i},e);let c=await o;if(!c||(c.full_map_seconds!=null&&(Tt.fullMapSeconds=c.full_map_seconds),!await gy(c,n,e)))return null;r.full=performance.now()-t,r.server=c.server_seconds*1e3;let l=r.preview===null?"":` (${Tt.previewBox}\xB3 preview after ${Math.round(r.preview)} ms)`;return Pn(`map ${i}\xB3 ready in ${Math.round(r.full)} ms${l}`),r}async function q0(n,e){return(await us(await fetch(`/api/map/${n.key}/mesh?level=${e}`))).arrayBuffer()}async function YR(n,e=Tt.map){qs.showMesh(await q0(e,n),e.box*e.apix/2),We("level-value").textContent=Number(n).toPrecision(3)}function W0(){We("anchors").textContent=Tt.anchors.length?Tt.anchors.join(" \u2192 "):"none yet"}async function by(n){let e=performance.now();Pn("computing the trajectory and its maps\u2026"),Z0();let t=await wm("/api/trajectory",n),i=t.frames.map(c=>c.level).sort((c,l)=>c-l),r=i[i.length>>1],s=[],a=[];for(let c of t.frames){let[l,u]=await Promise.all([q0(c,r),Tm(`/api/map/${c.key}/voxels`)]);s.push(l),a.push(u.bytes)}Tt.movie={frames:t.frames,meshes:s,voxels:a,index:0,timer:null};let o=We("frame");return o.max=s.length-1,o.value=0,gp(0),await Mr.drawPath(t.rows||n.anchors),Pn(`trajectory ${t.name}: ${s.length} maps in ${Math.round(performance.now()-e)} ms, saved in ${t.folder}`),s.length}function gp(n){let{frames:e,meshes:t,voxels:i}=Tt.movie;t.length&&(Tt.movie.index=n,qs.showMesh(t[n],e[n].box*e[n].apix/2),qs.setSlices(i[n],e[n].box),We("frame").value=n,We("frame-label").textContent=`${n+1} / ${t.length}`,We("map-title").textContent=`trajectory frame ${n+1}`)}function Z0(){Tt.movie.timer&&clearInterval(Tt.movie.timer),Tt.movie.timer=null,We("play").textContent="play"}function qR(){if(Tt.movie.timer){Z0();return}Tt.movie.meshes.length&&(We("play").textContent="pause",Tt.movie.timer=setInterval(()=>gp((Tt.movie.index+1)%Tt.movie.meshes.length),1e3/8))}async function ZR(){let n=await xa("/api/occupancy"),e=We("occupancy-classes");if(e.innerHTML="",!n.available){We("occupancy-note").textContent="No occupancy analysis for this run: run cryoscape occupancy on analyze.E/kmeansK, then start the dashboard with --occupancy DIR.";return}We("occupancy-note").textContent=`${n.classes.length} classes of ${n.map_class.length} maps \xD7 ${n.elements.length} elements (${n.folder}); click a class for its centroid map and particles`;let t=e.insertRow();for(let i of["class","maps","particles","centroid map"])t.insertCell().outerHTML=`<th>${i}</th>`;for(let i of n.classes){let r=e.insertRow(),s=document.createElement("button");s.textContent=i.class,s.onclick=()=>jR(i).catch(a=>Pn(a.message,!0)),r.insertCell().appendChild(s),r.insertCell().textContent=i.maps,r.insertCell().textContent=i.particles,r.insertCell().textContent=i.centroid_map}n.heatmap&&(We("occupancy-heatmap").src="/api/occupancy/heatmap",We("occupancy-heatmap").hidden=!1)}async function jR(n){let e=await Am(`/api/occupancy/class/${n.class}`);Tt.selected=e,Mr.select(e),bo(),await mp({row:n.centroid_row}),We("map-title").textContent=`class ${n.class}: centroid map ${n.centroid_map}`}async function KR(){let n=await xa("/api/landscape"),e=We("landscape-states"),t=We("landscape-plots");if(e.innerHTML="",t.innerHTML="",!n.available)return We("landscape-note").textContent="No landscape analysis for this epoch: run cryoscape analyze_landscape WORKDIR EPOCH, then open this page again (no restart needed).",0;We("landscape-note").textContent=`${n.states.length} states of ${n.folder}/${n.clustering}; click a state for its particles and its mean map (colour by "landscape state" on the particles page)`;let i=e.insertRow();for(let r of["state","particles"])i.insertCell().outerHTML=`<th>${r}</th>`;for(let r of n.states){let s=e.insertRow(),a=document.createElement("button");a.textContent=r.state,a.onclick=()=>My(r.state).catch(o=>Pn(o.message,!0)),s.insertCell().appendChild(a),s.insertCell().textContent=r.particles.toLocaleString()}for(let r of n.plots){let s=document.createElement("img");s.src=`/api/file/${r}`,s.alt=r,t.appendChild(s)}return n.states.length}async function My(n){let e=await Am(`/api/landscape/state/${n}`);Tt.selected=e,Mr.select(e),bo();let t=await mp({landscape_state:n});return We("map-title").textContent=`landscape state ${n}: its mean map (${e.length.toLocaleString()} particles)`,t}async function JR(){let{plots:n}=await xa("/api/convergence"),e=We("convergence-plots");e.innerHTML="",We("convergence-note").textContent=n.length?`${n.length} plots of ${n[0].split("/")[0]}`:"No convergence analysis yet: run cryoscape analyze_convergence WORKDIR EPOCH.";for(let t of n){let i=document.createElement("img");i.src=`/api/file/${t}`,i.alt=t,e.appendChild(i)}}async function dp(){let n=We("pairs-space").value,e=We("pairs-coloured").checked?We("colour").value:"",t=e===Ll?"":e,i=We("pairs-image");Pn("drawing the pair grid\u2026");let r=await us(await fetch(`/api/pairgrid?space=${n}&colour=${encodeURIComponent(t)}`));i.src&&URL.revokeObjectURL(i.src),i.src=URL.createObjectURL(await r.blob()),await i.decode(),Pn(`pair grid of ${n==="z"?"the latent dimensions":"the principal components"}`)}function Ey(){let n=We("l3-space").value==="z"||We("l3-space").value==="pca"?Tt.summary.zdim:2,e=We("l3-space").value==="z"?"z":"PC";["l3-x","l3-y","l3-z"].forEach((t,i)=>{Iu(We(t),Array.from({length:n},(r,s)=>[String(s),`${e}${s+1}`])),We(t).value=String(Math.min(i,n-1))})}async function $0(){ur||(ur=new Wd(We("latent3d")),ur.onPick=Y0,Ey());let n=["l3-x","l3-y","l3-z"].map(t=>We(t).value).join(","),e=await Uh(`/api/columns?space=${We("l3-space").value}&dims=${n}`);return ur.show(e,s0(e.length/3,await pp(),Tt.selected)),Pn(`3D view: ${(e.length/3).toLocaleString()} particles`),ur.count}async function Ay(){ur&&!We("latent3d-pane").hidden&&ur.setColours(s0(ur.count,await pp(),Tt.selected))}var hp=null;async function Ty(){if(!hp){hp=await xa("/api/gallery");let r=Object.keys(hp);if(!r.length)return We("gallery").textContent="no k-means maps in this analyze folder (run cryoscape analyze with --ksample)",0;Iu(We("gallery-k"),r.map(s=>[s,s])),We("gallery-k").value=r[r.length-1]}let n=We("gallery-k").value;if(!n)return 0;let{count:e,rows:t}=hp[n],i=We("gallery");i.innerHTML="";for(let r=0;r<e;r+=1){let s=document.createElement("figure"),a=document.createElement("img");a.loading="lazy",a.src=`/api/gallery/${n}/${r}.png`,a.alt=`k-means ${n} map ${r}`;let o=document.createElement("figcaption"),c=t[r]??-1;o.textContent=c>=0?`centre ${r} \xB7 particle row ${c}`:`centre ${r}`,s.append(a,o),c>=0&&(s.onclick=()=>Y0(c)),i.appendChild(s)}return Pn(`${e} k-means maps (K = ${n})`),e}async function QR(){Va.commands.length||Va.load(await xa("/api/commands"))}function wy(n){for(let t of document.querySelectorAll(".tab"))t.classList.toggle("active",t.dataset.pane===n);for(let t of XR)We(t).hidden=t!==n;let e={"occupancy-pane":ZR,"landscape-pane":KR,"convergence-pane":JR,"gallery-pane":Ty,"pairs-pane":dp,"latent3d-pane":$0,"commands-pane":QR}[n];return e?e().catch(t=>Pn(t.message,!0)):Promise.resolve()}async function Cy(){if(!Tt.selected.length){Pn("nothing selected",!0);return}let n=We("save-name").value.trim(),e=We("save-mode").value,t=await Bh(`/api/selection?name=${encodeURIComponent(n)}&mode=${e}`,Tt.selected);Va.provide("ind",`${Tt.summary.workdir}/${t.keep}`),Pn(`saved ${t.keep} and ${t.bad}`)}async function eI(){if(!Tt.selected.length){Pn("nothing selected",!0);return}let n=We("montage");n.src&&URL.revokeObjectURL(n.src),n.src=await __("/api/montage?count=24",Tt.selected),We("montage-wrap").hidden=!1}function Iu(n,e){n.innerHTML="";for(let[t,i]of e){let r=document.createElement("option");r.value=t,r.textContent=i,n.appendChild(r)}}function tI(){let n=We("centres");n.innerHTML="";let e=Object.keys(Tt.summary.kmeans).map(Number).sort((i,r)=>i-r);if(!e.length)return;Tt.summary.kmeans[String(e[e.length-1])].forEach((i,r)=>{if(i<0)return;let s=document.createElement("button");s.textContent=r,s.title=`k-means ${e[e.length-1]} centre ${r} (particle row ${i})`,s.onclick=()=>Y0(i),n.appendChild(s)})}function nI(){We("view").onchange=()=>Sy().catch(n=>Pn(n.message,!0)),We("colour").onchange=()=>X0().catch(n=>Pn(n.message,!0));for(let n of["pan","lasso","box"])We(`tool-${n}`).onchange=()=>Mr.setTool(n);We("store").onclick=()=>{Tt.stored=Tt.selected,bo()};for(let n of["union","intersection","invert"])We(`op-${n}`).onclick=()=>{Tt.selected=py(n,Tt.selected,Tt.stored,Tt.summary.particles),Mr.select(Tt.selected),bo()};We("clear").onclick=()=>{Tt.selected=new Uint32Array(0),Mr.select(Tt.selected),bo()},We("save").onclick=()=>Cy().catch(n=>Pn(n.message,!0)),We("add-region").onclick=()=>xy().catch(n=>Pn(n.message,!0)),We("clear-regions").onclick=()=>{Tt.regions=[],vy(),X0().catch(n=>Pn(n.message,!0))},We("save-regions").onclick=()=>yy().catch(n=>Pn(n.message,!0)),We("montage-button").onclick=()=>eI().catch(n=>Pn(n.message,!0)),We("montage-close").onclick=()=>{We("montage-wrap").hidden=!0},We("level").oninput=()=>YR(We("level").value).catch(n=>Pn(n.message,!0)),We("add-anchor").onclick=()=>{if(Tt.selected.length!==1){Pn("select one point (click it) to add it as an anchor",!0);return}Tt.anchors.push(Tt.selected[0]),W0()},We("tour-anchors").onclick=()=>xa("/api/tour").then(n=>{Tt.anchors=n.rows,W0(),Pn(`anchors: the ${n.rows.length} centres of k-means ${n.k}, in the order of a short path`)}).catch(n=>Pn(n.message,!0)),We("clear-anchors").onclick=()=>{Tt.anchors=[],W0(),Mr.drawPath([])},We("compute-path").onclick=()=>by({name:We("path-name").value.trim(),anchors:Tt.anchors,kind:We("path-kind").value,points:Number(We("path-points").value),box:Number(We("map-box").value)||null}).catch(n=>Pn(n.message,!0)),We("play").onclick=qR,We("gallery-k").onchange=()=>Ty().catch(n=>Pn(n.message,!0)),We("pairs-space").onchange=()=>dp().catch(n=>Pn(n.message,!0)),We("pairs-coloured").onchange=()=>dp().catch(n=>Pn(n.message,!0)),We("l3-space").onchange=()=>{Ey(),$0().catch(n=>Pn(n.message,!0))};for(let n of["l3-x","l3-y","l3-z"])We(n).onchange=()=>$0().catch(e=>Pn(e.message,!0));We("cmd-copy").onclick=()=>navigator.clipboard.writeText(We("cmd-line").value).then(()=>Pn("command line copied"),()=>{We("cmd-line").select(),Pn("select and copy the line (no clipboard access)")});for(let n of document.querySelectorAll(".tab"))n.onclick=()=>wy(n.dataset.pane);We("frame").oninput=()=>{Z0(),gp(Number(We("frame").value))};for(let n of["z","y","x"])We(`pos-${n}`).oninput=()=>qs.drawSlices(["z","y","x"].map(e=>Number(We(`pos-${e}`).value)))}async function iI(){nI(),Tt.summary=await xa("/api/summary"),Tt.fullMapSeconds=Tt.summary.full_map_seconds??null;let n=Tt.summary;We("title").textContent=`${n.workdir} \xB7 epoch ${n.epoch} \xB7 ${n.particles.toLocaleString()} particles \xB7 zdim ${n.zdim}`,Iu(We("view"),n.views.map(t=>[t,t.toUpperCase()])),Iu(We("colour"),[["","no colour"],...n.quantities.map(t=>[t.name,t.name])]);let e=n.quantities.find(t=>t.name.startsWith("k-means"));e&&(We("colour").value=e.name),Iu(We("map-box"),[n.box_size,n.box_size/2].filter(t=>t>=8&&t%2===0).map(t=>[String(t),`${t}\xB3`])),tI(),await Sy(),bo(),setTimeout(()=>qs.warm(),0)}window.cryoscape={state:Tt,lasso:(n,e=!1)=>Mr.lassoData(n,e),selected:()=>Array.from(Tt.selected),showMap:n=>mp({row:n}),landscapeState:My,meshTriangles:()=>qs.triangles,save:(n,e)=>(We("save-name").value=n,We("save-mode").value=e,Cy()),trajectory:(n,e,t,i)=>by({anchors:n,kind:e,points:t,name:i}),frame:gp,showPane:wy,commandLine:(n,e={})=>{Va.select.value=n,Va.showForm();for(let{argument:t,input:i}of Va.inputs)t.dest in e&&(t.switch?i.checked=!!e[t.dest]:i.value=e[t.dest]);return Va.update()},addRegion:xy,saveRegions:(n,e)=>(We("save-name").value=n,We("save-mode").value=e,yy()),latent3dCount:()=>ur?ur.count:0,latent3dPixel:n=>{let e=ur.points.geometry.getAttribute("position"),t=new ur.camera.position.constructor(e.getX(n),e.getY(n),e.getZ(n)).project(ur.camera),i=ur.renderer.domElement.getBoundingClientRect();return[i.left+(t.x+1)/2*i.width,i.top+(1-t.y)/2*i.height]}};window.cryoscape.ready=iI().catch(n=>{throw Pn(n.message,!0),n});
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
