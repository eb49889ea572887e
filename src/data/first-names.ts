/**
 * English first names (the stdlib first-name data sets, public domain, and the rarer names of
 * gender-detection-from-name, MIT), lower case, that wink's English lexicon does not know as a
 * word: a capitalised "Rose", "Grace" or "Will" may be a word, "Daphne" or "Errol" is a name.
 * Written by scripts/build-given-names.mjs; do not edit.
 */

/**
 * 7542 first names, one space apart (one string: cheaper to load than an array literal);
 * `+` marks a name borne by men only, `-` one borne by women only.
 */
export const FIRST_NAME_LIST =
  'aaren- aarika- aaron+ abagael- abagail- abba+ abbi- abbie abbott+ abby abbye- abdel+ abdul+ abe+ abel+ abelard+ '
  + 'abeu+ abey+ abie+ abigael- abigail- abigale- abner+ abra- abraham+ abrahan+ abram+ abramo+ abran+ adah- adair+ adaline- '
  + 'adam+ adamo+ adams+ adan adara- adda- addi- addia- addie addison+ addy adel- adela- adelaida- adelaide- adelbert+ '
  + 'adele- adelheid- adelice- adelina- adelind- adeline- adella- adelle- adena- adey- adham+ adi- adiana- adina- adlai+ adler+ '
  + 'adolf+ adolph+ adolphe+ adolpho+ adolphus+ adora- adoree- adorne- adrea- adria- adriaens- adrian adriana- adriane- adrianna- adrianne- '
  + 'adriano+ adrien+ adriena- adrienne- aeriel- aeriela- aeriell- afton- ag- agace- agata- agatha- agathe- aggi- aggie- aggy- '
  + 'agna- agnella- agnes- agnese- agnesse- agneta- agnola- agosto+ agretha- aguie+ aguistin+ aguste+ agustin+ aharon+ ahmad+ ahmed+ '
  + 'aida- aidan- aigneis- aila- ailbert+ aile- ailee- aileen- ailene- ailey- aili- ailina- ailis- ailsun- ailyn- aime- '
  + 'aimee- aimil- aindrea- ainslee- ainsley- ainslie- ajay- akim+ aksel+ alain+ alaine- alair+ alameda- alan+ alana- alanah- '
  + 'aland+ alane- alanna- alano+ alanson+ alard+ alaric+ alasdair+ alastair+ alasteir+ alaster+ alayne- alberik+ albert+ alberta- albertina- '
  + 'albertine- alberto+ albie+ albina- albrecht+ alden+ aldin+ aldis+ aldo+ aldon+ aldous+ aldric+ aldrich+ aldridge+ aldus+ aldwin+ '
  + 'alec+ alecia- aleda- aleece- aleen- alejandra- alejandrina- alejandro+ alejoa+ aleksandr+ alena- alene- alessandra- alessandro+ aleta- alethea- '
  + 'alex alexa- alexander+ alexandr+ alexandra- alexandre+ alexandrina- alexandro+ alexandros+ alexei+ alexi- alexina- alexine- alexio+ alexis alf+ '
  + 'alfi- alfie alfons+ alfonse+ alfonso+ alford+ alfred+ alfreda- alfredo+ alfy algernon+ ali alia- alic+ alica- alice- '
  + 'alicea- alicia- alick+ alida- alidia- alie- alika- alikee- alina- alis- alisa- alisander+ alisha- alison- alissa- alistair+ '
  + 'alister+ alisun- alix aliza- alla- allan+ allard+ allayne+ alleen- allegra- allen+ allene- alleyn+ alli- allianora- allie '
  + 'allin+ allina- allison- allissa- allister+ allistir+ allix- allsun- allx- allyce- allyn allys- allyson- alma- almeda- almeria- '
  + 'almeta- almira- almire- aloin+ aloise- aloisia- alon+ alonso+ alonzo+ aloysia- aloysius+ alphard+ alphonse+ alphonso+ alric+ alta- '
  + 'aluin+ aluino+ alva+ alvan+ alvera- alverta- alvie+ alvin+ alvina- alvinia- alvira- alvis+ alvy+ alwin+ alwyn+ alyce- '
  + 'alyda- alyosha+ alys- alysa- alyse- alysia- alyson- alyss- alyssa- amabel- amabelle- amalea- amalee- amaleta- amalia- amalie- '
  + 'amalita- amalle- amanda- amandi- amandie- amandy- amara- amargo- amata- amberly- ambros+ ambrose+ ambrosi+ ambrosio+ ambrosius+ ambur- '
  + 'amby+ ame- amelie- amelina- ameline- amelita- amerigo+ amery+ ami- amie- amii- amil- amitie- ammamaria- amory+ amos+ '
  + 'amy- amye- ana- anabal- anabel- anabella- anabelle- analiese- analise- anallese- anallise- anastasia- anastasie- anastassia- anatol+ anatola- '
  + 'anatole+ anatollo+ ancell+ andee- andeee- anderea- anders+ anderson+ andi- andie andonis+ andra- andras+ andre+ andrea andreana- '
  + 'andreas+ andree- andrei- andrej+ andres+ andrew+ andrey+ andria- andriana- andriette- andris+ andromache- andros+ andrus+ andy anestassia- '
  + 'anet- anett- anetta- anette- ange angela- angele- angeli+ angelia- angelico+ angelika- angelina- angeline- angelita- angelle- angelo+ '
  + 'angie angil- angy- ania- anica- anissa- anita- anitra- anjanette- anjela- ann- annabal- annabel- annabela- annabell- annabella- '
  + 'annabelle- annadiana- annadiane- annalee- annaliese- annalise- annamaria- annamarie- anne- annecorinne- anneliese- annelise- annemarie- annetta- annette- anni- '
  + 'annice- annie- annis- annissa- annmaria- annmarie- annnora- annora- anny- ansel+ ansell+ anselm+ anselma- ansley- anson+ anstice- '
  + 'anthe- anthea- anthia- anthiathia- antin+ antoine+ antoinette- anton+ antone+ antonella- antonetta- antoni+ antonia- antonie- antonietta- antonin+ '
  + 'antonina- antonino+ antonio+ antons+ antony+ anya- appolonia- aprilette- ara arabel- arabela- arabele- arabella- arabelle- araldo+ archaimbaud+ '
  + 'archambault+ archibald+ archibaldo+ archibold+ archie+ archy+ ardath- ardeen- ardelia- ardelis- ardella- ardelle- arden- ardene- ardenia- ardine- '
  + 'ardis- ardisj- ardith- ardra- ardyce- ardys- ardyth- arel+ aretha- ari+ ariadne- ariana- aridatha- arie+ ariel ariela- '
  + 'ariella- arielle- arin+ ario+ aristotle+ arlan+ arlana- arlee- arleen- arlen arlena- arlene- arleta- arlette- arley+ arleyne- '
  + 'arlie- arliene- arlin+ arlina- arlinda- arline- arluene- arly- arlyn- arlyne- arman+ armand+ armando+ armstrong+ arnaldo+ arne+ '
  + 'arney+ arni+ arnie+ arnold+ arnoldo+ arnuad+ arny+ aron+ arri+ arron+ artair+ arte+ artemas+ artemis+ artemus+ arther+ '
  + 'arthur+ artie+ artur+ arturo+ artus+ arv+ arvie+ arvin+ arvy+ aryn- asa+ ase+ ashbey+ ashby+ ashely- asher+ '
  + 'ashia- ashien- ashil- ashla- ashlan- ashlee- ashleigh- ashlen- ashley ashli- ashlie- ashlin+ ashly- ashton+ asia- astra- '
  + 'astrid- astrix- atalanta- athena- athene- atlanta- atlante- aube+ auberon+ aubert+ auberta- aubine- aubree- aubrette- aubrey aubrie- '
  + 'aubry- audi- audie- audra- audre- audrey- audrie- audry- audrye- audy- augie+ augusta- auguste- augustin+ augustina- augustine '
  + 'augusto+ augustus+ augy+ aundrea- aurea- aurel- aurelea- aurelia- aurelie- auria- aurie- aurilia- aurlie- auroora- aurore- aurthur+ '
  + 'austen+ austin austina- austine- ava- ave+ aveline- averell+ averil averill+ avery+ averyl- avictor+ avie- avigdor+ avis- '
  + 'aviva- avivah- avram+ avril- avrit- avrom+ axel+ aylmar+ aylmer+ aymer+ ayn- bab- babara- babb- babbette- babbie- '
  + 'babette- babita- babs- bailey+ bailie+ baillie+ baily+ baird+ balduin+ baldwin+ bambi- bambie- bamby- bancroft+ banky+ barbabas+ '
  + 'barbabra- barbara- barbaraanne- barbe- barbee- barbey- barbi- barbie- barbra- barby- barclay+ bari- barnabas+ barnabe+ barnaby+ barnard+ '
  + 'barnebas+ barnett+ barney+ barnie+ barny+ barr+ barret+ barrett+ barri+ barrie barris+ barron+ barry bartel+ barth+ barthel+ '
  + 'bartholemy+ bartholomeo+ bartholomeus+ bartholomew+ bartie+ bartlet+ bartlett+ bartolemo+ bartolomeo+ barton+ bartram+ barty+ bary+ baryram+ basile+ basilio+ '
  + 'basilius+ bastian+ bastien+ batholomew+ bathsheba- batsheva- baudoin+ bax+ baxie+ baxter+ baxy+ bayard+ bea- beale+ bealle+ bearnard+ '
  + 'beatrice- beatrisa- beatrix- beatriz- beaufort+ beauregard+ bebe- becca- becka- becki- beckie- becky- beilul- beitris- bekki- bel- '
  + 'belia- belicia- belinda- belita- bella- bellanca- bellina- beltran+ belva- belvia- bendick+ bendicty+ bendite- bendix+ benedetta- benedetto+ '
  + 'benedict+ benedicta- benedicto+ benedikt+ benedikta- benetta- bengt+ beniamino+ benita- benito+ benjamen+ benjamin+ benji+ benjie+ benjy+ benn+ '
  + 'bennett+ benny benoit+ benoite- benson+ bentlee+ bentley+ benton+ benyamin+ ber+ berenice- berget- berke+ berkeley+ berkie+ berkley+ '
  + 'berkly+ berky+ bern+ berna- bernadene- bernadette- bernadina- bernadine- bernard+ bernardina- bernardine- bernardo+ bernarr+ bernelle- bernete- bernetta- '
  + 'bernette- bernhard+ berni- bernice- bernie bernita- berny berri- berrie- bert berta- berte- bertha- berthe- berti bertie '
  + 'bertina- bertine- berton+ bertram+ bertrand+ bertrando+ berty beryle- bess- bessie- bessy- bethanne- bethany- bethena- bethina- betsey- '
  + 'betsy- betta- bette- betteann- betteanne- betti- bettina- bettine- betty- bettye- beulah- bev bevan+ beverie- beverlee- beverley- '
  + 'beverlie- beverly- bevin+ bevon+ bianca- bianka- bibbie- bibby- bibbye- bibi- biddie- bidget- bil+ bili- billi- billie '
  + 'billye- bink+ binky+ binni- binnie- binny- birgit- birgitta- birk+ biron+ bjorn+ blaine+ blair blaire- blake blakelee- '
  + 'blakeley- blanca- blancha- blanche- blane+ blayne+ blinni- blinnie- blinny- blisse- blondell- blondelle- blondie- blondy- blythe- bo+ '
  + 'bobbe- bobbee- bobbette- bobbi- bobbie bobbye- bobette- bobina- bobine- bobinette- bogart+ boigie+ bondie+ bondon+ bondy+ boniface+ '
  + 'bonita- bonnee- bonni- bonnibelle- boone+ boonie+ boony+ boote+ boothe+ bord+ borden+ bordie+ bordy+ borg+ boris+ bourke+ '
  + 'bowie+ boyce+ boycey+ boycie+ boyd+ bradan+ brade+ braden+ bradford+ bradley+ bradly+ bradney+ brady+ bram+ brana- brandais- '
  + 'brande- brandea- branden+ brander+ brandi- brandice- brandie- brandise- brandon+ brandtr+ brandyn+ brannon+ brantley+ breanne- brear- bree- '
  + 'breena- bren brena- brenda- brendan+ brenden+ brendin+ brendis+ brendon+ brenn- brenna- brennan+ brennen+ bret+ brett brewster+ '
  + 'bria- brian+ briana- brianna- brianne- briano+ briant+ brice+ bridget- bridgette- bridie- brien+ brietta- brigg+ briggs+ brigham+ '
  + 'brigida- brigit- brigitta- brigitte- brina- briney- brinn- brinna- brion+ brita- britney- britni- britta- brittan- brittaney- brittani- '
  + 'britte- britteny- brittne- brittney- brittni- brnaba+ brnaby+ brock+ brockie+ brocky+ brod+ broddie+ broddy+ broderic+ broderick+ brodie+ '
  + 'brody+ brok+ bron+ bronnie+ bronny+ bronson+ brooke brooks brose+ bruce+ brucie+ bruis+ brunhilda- brunhilde- bruno+ bryan+ '
  + 'bryana- bryant+ bryanty+ bryce+ bryn bryna- brynn- brynna- brynne- bryon+ buckie+ bucky+ budd+ buddie+ buffy- buiron+ '
  + 'bunni- bunnie- burch+ burk+ burlie+ burnaby+ burnard+ burt+ burtie+ burton+ burty+ byram+ byran+ byrann+ byrle+ byrom+ '
  + 'byron+ cacilia- cacilie- caddric+ caesar+ cahra- cairistiona- caitlin- caitrin- cal caldwell+ cale+ caleb+ calhoun+ calida- callean+ '
  + 'calley- callida- callie- cally- calv+ calvin+ calypso- cam camala- camella- cameron+ camey+ cami- camila- camile- camilla- '
  + 'camille- cammi- cammie- cammy candace- candi- candice- candide- candie- candis- candra- cara- caralie- carce+ caren- carena- '
  + 'caresa- caressa- caresse- carey cari- caria- carie- caril- carilyn- carin- carine- cariotta- carita- caritta- carl+ carla- '
  + 'carlee- carleen- carlen- carlene- carleton+ carley- carlie carlin carlina- carline- carling+ carlita- carlo+ carlota- carlotta- carly '
  + 'carlye- carlyle+ carlyn- carlynn- carlynne- carma- carmel- carmela- carmelia- carmelina- carmelita- carmella- carmelle- carmen- carmencita- carmina- '
  + 'carmita- carmon- carney+ caro- carola- carolan- carolann- carole- carolee- carolin- carolina- caroljean- carolyn- carolyne- carolynn- caron- '
  + 'carr+ carree- carri- carrie- carrissa- carrol+ carroll carson+ cary caryl caryn- casandra- casar+ casey casi- casie- '
  + 'caspar+ casper+ cass cassandra- cassandre- cassandry- cassaundra- cassey- cassi- cassius+ cassondra- cassy- catarina- cate- caterina- catha- '
  + 'catharina- catharine- cathe- cathee- catherin- catherina- cathi- cathie- cathleen- cathlene- cathrin- cathrine- cathryn- cathy- cathyleen- cati- '
  + 'catie- catina- catlaina- catlee- catlin- catrina- catriona- caty- caye- cayla- caz+ cazzie+ cchaddie+ cece+ cecelia- cecil '
  + 'cecile- ceciley- cecilia- cecilio+ cecilius+ cecilla- cecily- ced+ cedric+ ceil- cele- celene- celeste- celestia- celestina- celestine- '
  + 'celestyn- celestyna- celia- celie- celina- celinda- celine- celinka- celisse- celka- celle- cesar+ cesare+ cesaro+ cesya- chadd+ '
  + 'chaddie+ chaddy+ chadwick+ chaim+ chalmers+ chan+ chancey+ chanda- chandal- chandra- chane+ channa- chantal- chantalle- charil- charin- '
  + 'charis- charissa- charisse- charita- charla- charlean- charleen- charlena- charlene- charles+ charley+ charlie+ charline- charlot- charlotta- charlotte- '
  + 'charlton+ charmain- charmaine- charmane- charmian- charmine- charmion- charo- charyl- chas+ chaunce+ chauncey+ che+ chelsae- chelsea- chelsey- '
  + 'chelsie- chelsy- chen+ cher- chere- cherey- cheri- cherianne- cherice- cherida- cherie- cherilyn- cherilynn- cherin- cherise- cherlyn- '
  + 'cherri- cherrita- chery- cherye- cheryl- ches+ cheslie- chester+ cheston+ chet+ chev+ chiarra- chickie chicky chilton+ chiquia- '
  + 'chiquita- chlo- chloe- chloette- chloris- chris chrisse+ chrissie chrissy christa- christabel- christabella- christal- christalle- christan- christean- '
  + 'christel- christi- christiana- christiane- christiano+ christie christin- christina- christine- christoffer+ christoforo+ christoper+ christoph+ christophe+ christopher+ christophorus+ '
  + 'christos+ christy christye- christyna- chrisy+ chrotoem+ chrysa- chrysler- chrystal- chryste- chrystel- chucho+ cicely- cicily- ciel- cilka- '
  + 'cinda- cindee- cindelyn- cinderella- cindi- cindie- cindra- cindy- cirillo+ cirilo+ ciro+ cissiee- claiborn+ claiborne+ clair claire '
  + 'clara- clarabelle- clarance+ clare claresta- clareta- claretta- clarette- clarey- clari- claribel- clarice- clarie- clarinda- clarine- clarissa- '
  + 'clarisse- clarita- clark+ clarke+ claude- claudell+ claudelle- claudetta- claudette- claudia- claudian+ claudianus+ claudie- claudina- claudine- claudio+ '
  + 'claudius+ claus+ clayborn+ clayborne+ claybourne+ clayson+ clayton+ clea- cleavland+ clemence- clemens+ clemente+ clementia- clementina- clementius+ clemmie '
  + 'clemmy cleo- cleon+ cleopatra- clerc+ clerissa- cletis+ cletus+ cleve+ cleveland+ clevey+ clevie+ clifford+ clim+ clint+ clio- '
  + 'clive+ clo- cloe- cloris- clotilda- clovis- cly+ clyde+ clyve+ clywd+ cobb+ cobbie+ cobby+ codee- codi codie '
  + 'cody cointon+ colan+ colas+ colby+ coleen- coleman+ colene- colet+ coletta- colette- colin+ collen- collete- collette- collin+ '
  + 'colline- colman+ colver+ conan+ conant+ concettina- conchita- concordia- conney+ conni- connie connor+ conny conrad+ conrade+ conrado+ '
  + 'conroy+ consalve+ consolata- constance- constancia- constanta- constantia- constantin+ constantina- constantine constantino+ consuela- consuelo- conway+ corabel- corabella- '
  + 'corabelle- coralie- coraline- coralyn- corbet+ corbett+ corbie+ corbin+ corby+ cordelia- cordelie- cordell+ cordey- cordi- cordie cordula- '
  + 'cordy coreen- corella- corenda- corene- coretta- corette- corey cori corie- corilla- corina- corine- corinna- corinne- coriss- '
  + 'corissa- corliss- corly- cornall+ cornela- cornelia- cornelius+ cornell+ cornelle- corney+ cornie correna- correy corri- corrianne- corrina- '
  + 'corrine- corrinne- corry- cort+ cortie+ cortney- corty+ cory cos+ cosetta- cosette- cosimo+ cosme+ cosmo+ costanza- courtenay- '
  + 'courtnay courtney cozmo+ craggie+ craig+ crawford+ creigh+ creight+ creighton+ crichton+ crin- cris crissie- crissy- cristabel- cristen- '
  + 'cristi- cristian+ cristiano+ cristie- cristin- cristina- cristine- cristionna- cristobal+ cristy- crosby+ crysta- crystie- cthrine- cullan+ cullen+ '
  + 'culley+ cullie+ cullin+ cully+ culver+ curcio+ curr+ curran+ currey+ currie+ curtice+ curtis+ cy+ cyb- cybil- cybill- '
  + 'cymbre- cynde- cyndi- cyndia- cyndie- cyndy- cynthea- cynthie- cynthy- cyril+ cyrill+ cyrille+ cyrillus+ cyrus+ dacey- dacia- '
  + 'dacie- dacy- dael daffi- daffie- dagmar- dagny+ daile- daisey- daisi- daisie- dalenna- dalia- dalila- dalis+ dall+ '
  + 'dallas dalli+ dallis+ dallon+ daloris- dalston+ dalt+ dalton+ damara- damaris- damian+ damiano+ damien+ damita- damon+ dan+ '
  + 'dane+ danell- danella- danette- dani dania- danica- danice- danie+ daniel+ daniela- daniele- daniella- danielle- danika- danila- '
  + 'danit- danita- danna- dannel+ danni- dannie danny dannye- dante+ danya danyelle- danyette- daphene- daphna- daphne- dar+ '
  + 'dara- darb darbee+ darbie- darby darcee- darcey- darci- darcie- darcy darda- dareen- darell- darelle- daren+ dari- '
  + 'daria- darice- darill+ darin+ dario+ darius+ darla- darleen- darlene- darline- darlleen- darnall+ darnell+ daron darrel+ darrell+ '
  + 'darrelle- darren+ darrick+ darrin+ darryl darsey- darsie- darwin+ darya- daryl daryle+ daryn- dasha- dasi- dasie- dasya- '
  + 'datha- daune- dav+ dave+ daveen- daven+ daveta- davey+ david+ davida- davidde+ davide+ davidson+ davie+ davin+ davina- '
  + 'davine- davis+ davita- davon+ davy+ dawna- dayle- dayna- ddene- deana- deane deanna- deanne- debbi- debbie- debby- '
  + 'debee- debera- debi- debor- debora- deborah- debra- decca+ dede- dedie- dedra- dee- deeann- deeanne- deedee- deena- '
  + 'deerdre- deeyn- dehlia- deidre- deina- deirdre- del dela- delainey+ delaney+ delano+ delbert+ delcina- delcine- delia- delila- '
  + 'delilah- delinda- della- delly- delmar+ delmer+ delmor+ delmore+ delora- delores- deloria- deloris- delphine- demeter- demetra- demetre+ '
  + 'demetri+ demetria- demetris demetrius+ demott+ dena- dene+ deni- denice- denis+ denise- denna- dennet+ denney+ denni- dennie '
  + 'dennis+ dennison+ denny denver+ denys denyse- deonne- der+ derek+ derick+ derk+ dermot+ derrek+ derrik+ derril+ derron+ '
  + 'derry+ derward+ derwin+ des+ desdemona- desi+ desirae- desiree- desiri- desmond+ desmund+ dev+ deva- devan- devi- devin '
  + 'devina- devinne- devland+ devlen+ devlin+ devon- devondra- devonna- devonne- devora- devy+ dewain+ dewey+ dewie+ dewitt+ dex+ '
  + 'di- diahann- dian- diana- diandra- diane- dianemarie- diann- dianna- dianne- diannne- diarmid+ didi- diego+ diena- dierdre- '
  + 'dietrich+ dilan+ dillie+ dillon+ dilly+ dimitri+ dimitry+ dina- dinah- dinnie- dinny- dino+ dion dione- dionis- dionisio+ '
  + 'dionne- dionysus+ dix- dmitri+ dniren- dode- dodi- dodie- dody- dolf+ dolley- dolli- dollie- dolores- dolorita- doloritas- '
  + 'dolph+ dom+ domenic+ domenico+ domeniga- dominga- domingo+ domini- dominic+ dominik+ dominique dona- donal+ donall+ donalt+ donaugh+ '
  + 'donavon+ donella- donelle- donetta- donia- donica- donielle- donn+ donnamarie- donnell+ donni- donnie donny donovan+ dora- doralia- '
  + 'doralin- doralyn- doralynn- doralynne- dore doreen- dorelia- dorella- dorelle- dorena- dorene- doretta- dorette- dorey dori- doria- '
  + 'dorice- dorie dorine- doris- dorisa- dorise- dorita- doro- dorolice- dorolisa- dorotea- doroteya- dorothea- dorothee- dorothy- dorree- '
  + 'dorri- dorrie- dorris- dorry- dorthea- dorthy- dosi- doti- dotti- dottie- doug+ dougie+ douglas+ douglass+ dougy+ dov+ '
  + 'doy+ doyle+ drake+ dre- dreddy- dredi- drona- dru druci- drucie- drucill- drucy- drud+ drugi+ drusi- drusie- '
  + 'drusilla- drusy- duane+ dudley+ duffie+ duffy+ dugald+ dukey+ dukie+ duky+ dulce- dulcea- dulci- dulcia- dulcie- dulcine- '
  + 'dulcy- dulsea- dunc+ duncan+ dunn+ dunstan+ dur+ durand+ durant+ durante+ durward+ dwain+ dwayne+ dwight+ dyan- dyana- '
  + 'dyane- dyann- dyanna- dyanne- dylan+ dyna- dynah- eachelle- eada- eadie- eadith- eadmund+ eal+ ealasaid- eamon+ earle+ '
  + 'earlie+ eartha- earvin+ easter- eb+ eba- ebba- eben+ ebeneser+ ebenezer+ eberhard+ eberto+ ebonee- ed+ eda- edan+ '
  + 'eddi- eddie ede- edee- edeline- eden- edgar+ edgard+ edgardo+ edi- edie- edik+ edin- edita- edith- editha- '
  + 'edithe- ediva- edlin+ edmon+ edmund+ edna- edouard+ edsel+ eduard+ eduardo+ eduino+ edvard+ edwin+ edwina- edy- edyth- '
  + 'edythe- effie- efrem+ efren+ egan+ egbert+ egon+ egor+ eileen- eilis- eimile- eirena- ekaterina- elaina- elaine- elana- '
  + 'elane- elayne- elbert+ elberta- elbertina- elbertine- elden+ eldin+ eldon+ eldredge+ eldridge+ eleanor- eleanora- eleanore- electra- eleen- '
  + 'elena- elene- eleni- elenore- eleonora- eleonore- elfie- elfreda- elfrida- elfrieda- elga- eli+ elianora- elianore- elias+ elicia- '
  + 'elie- elihu+ elijah+ elinor- elinore- eliot+ elisabet- elisabeth- elisabetta- elise- elisha elissa- elita- eliza- elizabet- elka- '
  + 'elke- ella- elladine- ellary+ elle- ellen- ellene- ellerey+ ellery+ ellette- elli- ellie- elliot+ elliott+ ellis+ ellissa- '
  + 'ellswerth+ ellsworth+ ellwood+ elly- ellyn- ellynn- elmer+ elmira- elmo+ elmore+ elna- elnar+ elnora- elnore- eloisa- eloise- '
  + 'elonore- elora- elroy+ elsa- elsbeth- elset- elsey- elsi- elsie- elsinore- elspeth- elston+ elsworth+ elsy- elton+ elva- '
  + 'elvera- elvin+ elvina- elvira- elvyn+ elwin+ elwira- elwood+ elwyn+ ely+ elyn- elyse- elysee- elysha- elysia- elyssa- '
  + 'ema- emalee- emalia- emanuel+ emanuele+ emelda- emelen+ emelia- emelina- emeline- emelita- emelyne- emera- emerson+ emile+ emilee- '
  + 'emili- emilia- emilie- emiline- emilio+ emily- emlen+ emlyn emlynn- emlynne- emma- emmalee- emmaline- emmalyn- emmalynn- emmalynne- '
  + 'emmanuel+ emmeline- emmerich+ emmery+ emmett+ emmey- emmi- emmie- emmit+ emmott+ emmy emmye- emogene- emory+ emyle- emylee- '
  + 'engelbert+ englebert+ engracia- enid- ennis+ enoch+ enos+ enrica- enrichetta- enrico+ enrika- enrique+ enriqueta- eolanda- eolande- ephraim+ '
  + 'ephrayim+ ephrem+ eran- erasmus+ erastus+ erda- erek+ erena- erhard+ erhart+ eric+ erich+ ericha- erick+ ericka- erie+ '
  + 'erik+ erika- erin erina- erinn- erinna- erl+ erma- ermanno+ ermengarde- ermentrude- ermin+ ermina- erminia- erminie- erna- '
  + 'ernaline- ernest+ ernesta- ernestine- ernesto+ ernestus+ ernie+ ernst+ erny+ errick+ errol+ erroll+ erskine+ ertha- erv+ ervin+ '
  + 'erwin+ eryn- esdras+ esma- esmaria- esme esmeralda- esra+ essa- essie- essy- esta- esteban+ estel- estele- estell- '
  + 'estella- estelle- estevan+ esther- estrella- estrellita- etan+ ethan+ ethe+ ethel- ethelbert+ ethelda- ethelin- ethelind- etheline- ethelyn- '
  + 'etienne+ etta- etti- ettie- ettore+ etty- eudora- euell+ eugen+ eugene+ eugenia- eugenie- eugenio+ eugenius+ eugine- eula- '
  + 'eulalie- eunice- euphemia- eustace+ eustacia- eva- evaleen- evan+ evangelia- evangelin- evangelina- evangeline- evania- evanne- eveleen- evelin+ '
  + 'evelina- eveline- evelyn everard+ evered+ everett+ evey- evie- evin+ evita- evonne- evvie- evvy- evy- evyn+ ewan+ '
  + 'eward+ ewart+ ewell+ ewen+ eyde- eydie- ezekiel+ ezequiel+ eziechiele+ ezmeralda- ezra+ ezri+ fabe+ faber+ fabiano+ fabien+ '
  + 'fabio+ faina- fairfax+ fairleigh+ fairlie+ falito+ fallon- fanchette- fanchon- fancie- fanechka- fania- fanni- fannie- fanya- fara- '
  + 'farah- farand- farica- farlay+ farlee+ farleigh+ farley+ farlie+ farly+ farr+ farra- farrah- farrand- farrel+ farrell+ farris+ '
  + 'faulkner+ faunie- faustina- faustine- fawne- fawnia- faydra- faye- fayette- fayina- fayre- fayth- faythe- federica- federico+ felecia- '
  + 'felic+ felicdad- felice felicia- felicio+ felicle- felike+ feliks+ felipa- felipe+ felisha- felita- felix+ feliza- felizio+ fenelia- '
  + 'feodor+ feodora- ferd+ ferdie+ ferdinand+ ferdinanda- ferdinande- ferdy+ fergus+ ferguson+ fernanda- fernande- fernandina- fernando+ ferne- ferrel+ '
  + 'ferrell+ ferris+ fiann- fianna- fidel+ fidela- fidelia- fidelio+ fidole+ fifi- fifine- filberte+ filberto+ filia- filide- filip+ '
  + 'filippa- filippo+ filmer+ filmore+ fina- findlay+ findley+ finlay+ finley+ finn+ fiona- fionna- fionnula- fiorenze- fitz+ fitzgerald+ '
  + 'flem+ fleming+ flemming+ fletch+ fletcher+ fleur- fleurette- flin+ flinn+ flo- flor- florance- flore- florella- florencia- florentia- '
  + 'florenza- florette- flori- floria- florian+ florie- florina- florinda- floris- florri- florrie- florry- flory flossi- flossie- floyd+ '
  + 'flss- flynn+ fons+ fonsie+ fonz+ fonzie+ forbes+ forrest+ forrester+ forster+ foss+ fran francene- frances- francesca- francesco+ '
  + 'franchot+ francine- francis+ francisca- francisco+ franciska- franciskus+ francklin+ francklyn+ francois+ francoise- francyne- frankie franklyn+ franky franni- '
  + 'frannie franny frans+ fransisco+ frants+ franz+ franzen+ frasco+ fraser+ frasier+ frasquito+ frayda- fraze+ frazer+ frazier+ fred '
  + 'freda- freddi- freddie freddy fredek+ fredelia- frederic+ frederica- frederich+ frederick+ fredericka- frederico+ frederigo+ frederik+ frederique- fredi- '
  + 'fredia- fredra- fredric+ fredrick+ fredrika- freeland+ freemon+ freida- fremont+ frieda- friederike- friedrich+ friedrick+ fritz+ fulton+ fulvia- '
  + 'gabbey- gabbi- gabbie gabe+ gabey- gabi gabie gabriel gabriela- gabriele+ gabriell- gabriella- gabrielle- gabriellia- gabriello+ gabrila- '
  + 'gaby gae- gael gaelan+ gail gaile+ galen+ galina- gallagher+ gallard+ galvan+ galven+ galvin+ gamaliel+ gan+ gannie+ '
  + 'gannon+ ganny+ garald+ gard+ gardie+ gardiner+ gardner+ gardy+ gare+ garek+ gareth+ garey+ garfield+ garik+ garnette- garold+ '
  + 'garrard+ garrek+ garreth+ garrett+ garrick+ garrik+ garrot+ garrott+ garry+ garth+ garv+ garvey+ garvin+ garvy+ garwin+ garwood+ '
  + 'gary+ gaspard+ gasparo+ gasper+ gaston+ gaultiero+ gauthier+ gav+ gavan+ gaven+ gavin+ gavra- gavrielle- gawain+ gawen+ gaye- '
  + 'gayel- gayelord+ gayla- gayle gayleen- gaylene- gayler+ gaylor+ gaylord+ gaynor- gearalt+ gearard+ gelya- gena- geneva- genevieve- '
  + 'genevra- genia- genna- genni- gennie- gennifer- genny- geno+ genovera- genvieve- geoff+ geoffrey+ geoffry+ georas+ geordie+ georg+ '
  + 'george georgeanna- georgeanne- georgena- georges+ georgeta- georgetta- georgi+ georgiana- georgianna- georgianne- georgie georgina- georgine- georgy+ gerald+ '
  + 'geralda- geraldine- gerard+ gerardo+ gerda- gerek+ gerhard+ gerhardine- gerhardt+ geri gerianna- gerianne- gerick+ gerik+ gerladina- germain '
  + 'germaine germana- germayne+ gerome+ gerrard+ gerri gerrie gerrilee- gerry gert- gerta- gerti- gertie- gertrud- gertruda- gertrude- '
  + 'gertrudis- gerty- gery+ gherardo+ giacinta- giacobo+ giacomo+ giacopo+ gian+ giana- gianina- gianna- gianni+ giavani+ gibb+ gibbie+ '
  + 'gibby+ gideon+ giff+ giffard+ giffer+ giffie+ gifford+ giffy+ gigi- gil+ gilbert+ gilberta- gilberte- gilbertina- gilbertine- gilberto+ '
  + 'gilburt+ gilda- gilemette- giles+ gillan- gilles+ gilli- gillian- gilligan- gilly- gina- ginelle- ginevra- ginni- ginnie- ginnifer- '
  + 'ginny- gino+ giordano+ giorgi+ giorgia- giorgio+ giovanna- giovanni+ giralda- giraldo+ giraud+ gisela- giselbert+ gisele- gisella- giselle- '
  + 'giuditta- giulia- giulietta- giulio+ giuseppe+ giustina- giustino+ giusto+ gizela- gladi- gladys- gleda- glenda- glenden+ glendon+ glenine- '
  + 'glenn glenna- glennie- glennis- glori- gloria- gloriana- gloriane- glyn glynda- glynis- glynn+ glynnis- gnni- godard+ godart+ '
  + 'goddard+ goddart+ godfree+ godfrey+ godfry+ godiva- godwin+ golda- goldarina- goldi- goldia- goldie- goldina- goldy- gonzales+ gonzalo+ '
  + 'goran+ goraud+ gordan+ gorden+ gordie+ gordon+ gordy+ gothart+ gottfried+ gracia- gradeigh+ gradey+ grady+ graehme+ graeme+ graham+ '
  + 'graig+ grantham+ granthem+ grantley+ granville+ grata- gratia- gratiana- grayce- grazia- greer- greg+ gregg+ greggory+ gregoire+ gregoor+ '
  + 'gregor+ gregorio+ gregorius+ gregory+ grenville+ greta- gretal- gretchen- grete- gretel- grethel- gretna- gretta- grier- griff+ griffie+ '
  + 'griffith+ griffy+ gris+ griselda- grissel- griswold+ griz+ grover+ gualterio+ guendolen- guenna- guglielma- guglielmo+ guido+ guilbert+ guillaume+ '
  + 'guillema- guillemette- guillermo+ guinevere- guinna- gunar+ gunilla- guntar+ gunter+ gunther+ gus gusella- guss+ gussi- gussie- gussy- '
  + 'gusta- gustaf+ gustav+ gustave+ gustavo+ gustavus+ gusti- gustie- guthrey+ guthrie+ guthry+ gwen- gwendolen- gwendolin- gwendolyn- gweneth- '
  + 'gwenette- gwenneth- gwenni- gwennie- gwenny- gwenora- gwenore- gwyn- gwyneth- gwynne- hadlee+ hadleigh+ hadley+ hadria- hadrian+ hagan+ '
  + 'hagen+ hailee- hailey+ haily hal+ haleigh halette- haley hali- halie- halimeda- halley- halli- hallie- hallsy+ hally- '
  + 'halsey+ halsy+ hamel+ hamid+ hamil+ hamilton+ hamish+ hamlen+ hamlin+ hammad+ hamnet+ hana- hanan+ hanna- hannah- hanni- '
  + 'hannie- hannis- hanny- hans+ hansiain+ hanson+ harald+ harbert+ harcourt+ harlan+ harland+ harlen+ harlene- harley harli- harlie- '
  + 'harlin+ harman+ harmon+ harmonia- harmonie- harold+ haroun+ harri- harrie- harriet- harriett- harrietta- harriette- harriot- harriott- harris+ '
  + 'hart+ hartley+ hartwell+ harv+ harvey+ harwell+ harwilll+ hasheem+ hashim+ haskel+ haskell+ haslett+ hastie+ hastings+ hatti- hattie- '
  + 'hatty- hayden+ haydon+ hayes+ hayley- hayward+ haywood+ hayyim+ hazlett+ heall+ hebert+ heda- hedda- heddi- heddie- hedi- '
  + 'hedvig- hedvige- hedwig- hedwiga- hedy- heida- heidi- heidie- heindrick+ heinrick+ heinrik+ helaina- helaine- helen- helena- helene- '
  + 'helenka- helga- helge- helli- heloise- helsa- helyn- henderson+ hendrick+ hendrik+ hendrika- henka- henri+ henrie- henrieta- henrietta- '
  + 'henriette- henrik+ henry+ henryetta- hephzibah- herbert+ herbie+ herc+ hercule+ hercules+ herculie+ heriberto+ herman+ hermia- hermie+ hermina- '
  + 'hermine- herminia- hermione- hermon+ hermy+ hernando+ herold+ herrick+ hersch+ herschel+ hersh+ hershel+ herta- herve+ hervey+ hester- '
  + 'hesther- hestia- hetti- hettie- hetty- hewe+ hewet+ hewett+ hewie+ hewitt+ heywood+ hilario+ hilarius+ hilary hilda- hildagard- '
  + 'hildagarde- hilde- hildegaard- hildegarde- hildy- hillard+ hillary hillel+ hillery+ hilliard+ hilliary- hillie+ hillier+ hillyer+ hilton+ hinda- '
  + 'hinze+ hiram+ hirsch+ hobard+ hobart+ hobey+ hobie+ hodge+ hoebart+ hogan+ holden+ holli- hollie- hollis+ holly hollyanne- '
  + 'holt+ homere+ homerus+ honoria- horace+ horacio+ horatia- horatio+ horatius+ hort+ horten+ hortense- horton+ howard+ howey+ howie+ '
  + 'hoyt+ hube+ hubert+ huberto+ hubey+ hubie+ huey+ hugh+ hughie+ hugibert+ hugo+ hugues+ hulda- humbert+ humberto+ humfrey+ '
  + 'humfrid+ humfried+ humphrey+ hunfredo+ huntington+ huntlee+ huntley+ hurlee+ hurleigh+ hurley+ husein+ hussein+ hy+ hyacintha- hyacinthe- hyacinthia- '
  + 'hyacinthie- hyatt+ hyman+ hynda- iago+ iain+ ian+ ianthe- ibbie- ibby- ichabod+ idalia- idalina- idaline- idell- idelle- '
  + 'idette- iggie+ iggy+ ignace+ ignacio+ ignacius+ ignatius+ ignaz+ ignazio+ igor+ ikey+ ilaire+ ilario+ ileana- ileane- ilene- '
  + 'ilise- ilka- illa- ilsa- ilse- ilysa- ilyse- ilyssa- imelda- immanuel+ imogen- imogene- imojean- ina- indira- ines- '
  + 'inesita- inessa- inez- ingaberg- ingaborg- ingamar+ ingar+ inge- ingeberg- ingeborg- ingelbert+ ingemar+ inglebert+ inglis+ ingmar+ ingra+ '
  + 'ingram+ ingrid- ingrim+ ingunna- inigo+ inna- inness+ innis+ iolande- iolanthe- iona- iorgo+ iorgos+ iormina- iosep+ ira '
  + 'irena- irene- irina- irita- irma- irv+ irvin+ irvine+ irving+ irwin+ irwinn+ isa isaac+ isaak+ isabel- isabelita- '
  + 'isabella- isabelle- isac+ isacco+ isador+ isadora- isadore+ isahella- isaiah+ isak+ iseabal- isiahi+ isidor+ isidora- isidore+ isidoro+ '
  + 'isidro+ isis- isobel- issi- issiah+ issie- issy- ivan+ ivar+ iver+ ives+ ivett- ivette- ivie- ivonne- ivor+ '
  + 'izaak+ izabel- izak+ izzy+ jabez+ jacenta- jacinda- jacinta- jacintha- jacinthe- jackelyn- jacki- jackie jacklin- jacklyn- jackquelin- '
  + 'jackqueline- jackson+ jacky jaclin- jaclyn- jacob+ jacobo+ jacquelin- jacqueline- jacquelyn- jacquelynn- jacquenetta- jacquenette- jacques+ jacquetta- jacquette- '
  + 'jacqui- jacquie- jacynth- jada- jae+ jaime jaimie jaine- jake+ jakie+ jakob+ jamaal+ jamal+ james+ jameson+ jamesy+ '
  + 'jamey+ jami- jamie jamil+ jamill+ jamima- jamison+ jammal+ jammie- jana- janaya- janaye- jandy- jane- janean- janeczka- '
  + 'janeen- janek+ janel- janela- janella- janelle- janene- janenna- janessa- janet- janeta- janetta- janette- janeva- janey- jania- '
  + 'janice- janie- janifer- janina- janine- janis- janith- janka- janna- jannel- jannelle- janos+ janot- jany- jaquelin- jaquelyn- '
  + 'jaquenetta- jaquenette- jaquith- jarad+ jard+ jareb+ jared+ jarib+ jarid+ jarrad+ jarret+ jarrett+ jarrid+ jarrod+ jarvis+ jase+ '
  + 'jasen+ jasmin- jasmina- jason+ jasun+ javier+ jay+ jaye+ jayme jaymee- jaymie+ jayne- jaynell- jayson+ jazmin- jdavie+ '
  + 'jeana- jeane- jeanelle- jeanette- jeanie- jeanine- jeanna- jeanne- jeannette- jeannie- jeannine- jecho+ jed+ jedd+ jeddy+ jedediah+ '
  + 'jedidiah+ jeff+ jefferey+ jefferson+ jeffie+ jeffrey+ jeffry+ jeffy+ jehanna- jehu+ jelene- jemie- jemima- jemimah- jemmie- jen- '
  + 'jena- jenda- jenelle- jeni- jenica- jeniece- jenifer- jeniffer- jenilee- jenine- jenn- jenna- jennee- jennette- jenni- jennica- '
  + 'jennie- jennifer- jennilee- jennine- jenny- jeno+ jens+ jephthah+ jerad+ jerald+ jeralee- jeramey+ jeramie+ jere jereme+ jeremiah+ '
  + 'jeremias+ jeremie+ jeremy+ jeri- jermain+ jermaine jermayne+ jerome+ jeromy+ jerri+ jerrie jerrilee- jerrilyn- jerrine- jerrold+ jerrome+ '
  + 'jerrylee- jervis+ jess jessa- jessalin- jessalyn- jessamyn- jesse jessee+ jesselyn- jessey+ jessi- jessica- jessie jessika- jessy- '
  + 'jeth+ jethro+ jewell- jewelle- jill- jillana- jillane- jillayne- jilleen- jillene- jilli- jillian- jillie- jilly- jim+ jimmie+ '
  + 'jinny- joachim+ joan- joana- joane- joanie- joann- joanna- joanne- joannes- joaquin+ jobey- jobi- jobie- jobina- joby- '
  + 'jobye- jobyna- jocelin- joceline- jocelyn- jocelyne- jocko+ jodee- jodi jodie jody joe+ joeann- joel+ joela- joelie- '
  + 'joell- joella- joelle- joellen- joelly- joellyn- joelynn- joete- joey johan+ johann+ johanna- johannah- johannes+ john+ johna- '
  + 'johnath- johnathan+ johnathon+ johnette- johnna- johnnie+ johny+ joice- jojo- jolee- joleen- jolene- joletta- joli- jolie- joline- '
  + 'joly- jolyn- jolynn- jon+ jonah+ jonas+ jonathan+ jonathon+ jone+ jonell- joni- jonie- jonis- jordain- jordana- jordanna- '
  + 'jordon+ jorey- jorgan+ jorge+ jori- jorie- jorrie- jorry- jory+ joscelin- jose+ josee- josefa- josefina- joseito+ josepha- '
  + 'josephina- josephine- josey- joshia+ joshua+ joshuah+ josi- josiah+ josias+ josie- josselyn- josy- jourdain+ jourdan- joya- joyan- '
  + 'joyann- joyce- joycelin- joye- jozef+ jsandye- juan+ juana- juanita- jud+ judah+ judas+ judd+ jude+ judi- judie- '
  + 'judith- juditha- judon+ judy- judye- juieta- jule+ julee- jules+ juli- julia- juliana- juliane- juliann- julianna- julianne- '
  + 'julie juliet- julieta- julietta- juliette- julina- juline- julio+ julissa- julita- julius+ junette- junia- junie- junina- justen+ '
  + 'justin+ justina- justine- justinian+ justinn- justino+ justis+ justus+ jyoti- kacey- kacie- kacy- kaela- kahaleel+ kahlil+ kai- '
  + 'kaia- kaila- kaile- kailey- kain+ kaine+ kaiser+ kaitlin- kaitlyn- kaitlynn- kaja- kakalina- kala- kaleb+ kaleena- kali- '
  + 'kalie- kalil+ kalila- kalina- kalinda- kalindi- kalle+ kalli- kally- kalvin+ kameko- kamila- kamilah- kamillah- kandace- kandy- '
  + 'kane+ kania- kanya- kara- karalee- karalynn- kare- karee- kareem+ karel karen- karena- kari- karia- karie- karil- '
  + 'karilynn- karim+ karin- karina- karine- kariotta- karisa- karissa- karita- karl+ karla- karlan+ karlee- karleen- karlen- karlene- '
  + 'karlens+ karlie- karlik+ karlis+ karlotta- karlotte- karly- karlyn- karmen- karna- karney+ karol- karola- karole- karolina- karoline- '
  + 'karoly karon- karrah- karrie- karry- kary- karyl- karylin- karyn- kasey- kaspar+ kasper+ kass- kassandra- kassey- kassi- '
  + 'kassia- kassie- kata- katalin- kate- katee- katerina- katerine- katey- kath- katha- katharina- katharine- katharyn- kathe- katherina- '
  + 'katherine- katheryn- kathi- kathie- kathleen- kathlin- kathrine- kathryn- kathryne- kathy- kathye- kati- katie- katina- katine- katinka- '
  + 'katleen- katlin- katrina- katrine- katrinka- katti- kattie- katuscha- katusha- katy- katya- kay- kaycee- kaye- kayla- kayle- '
  + 'kaylee- kayley- kaylil- kaylyn- kayne+ kean+ keane+ kearney+ keary+ keefe+ keefer+ keelby+ keeley- keelia- keely- keenan+ '
  + 'keene+ keir+ keith+ kelbee+ kelby+ kelcey- kelci- kelcie- kelcy- kele+ kelila- kellby+ kellen kelley kelli- kellia- '
  + 'kellie- kellina- kellsie- kelly kellyann- kelsey kelsi- kelsy- kelvin+ kelwin+ kendall+ kendell+ kendra- kendre- kendrick+ kendricks+ '
  + 'kenn+ kenna- kennan+ kennedy+ kenneth+ kennett+ kennie+ kennith+ kenny+ kenon+ kent+ kenton+ kenyon+ ker+ kerby+ keri- '
  + 'keriann- kerianne- kerk+ kermie+ kermit+ kermy+ kerr+ kerri- kerrie- kerrill- kerrin- kerry kerstin- kerwin+ kerwinn+ kesley- '
  + 'keslie- kessia- kessiah- ketti- kettie- ketty- kev+ kevan+ keven+ kevin+ kevina- kevon+ kevyn- khalil+ ki- kiah- '
  + 'kial- kiel+ kiele- kienan+ kiersten- kikelia- kile+ kilian+ killian+ killie+ killy+ kim kimball+ kimbell+ kimberlee- kimberley- '
  + 'kimberli- kimberly- kimberlyn- kimble+ kimbra- kimmi- kimmie- kimmy- kincaid+ kingsley+ kingsly+ kingston+ kinna- kinnie+ kinny+ kinsley+ '
  + 'kipp kippar+ kippie kippy kira- kirbee- kirbie- kirby kiri- kirsten- kirsteni- kirsti- kirstin- kirstyn- kissee- kissiah- '
  + 'kissie- kitti- kittie- kizzee- kizzie- klara- klarika- klarrisa- klaus+ klemens+ klement+ kleon+ kliment+ knox+ koenraad+ konrad+ '
  + 'konstance- konstantin+ konstantine+ konstanze- koo- kora- koral- koralle- kordula- korella- koren- koressa- korey+ kori- korie- korney- '
  + 'korrie- korry- kort+ kory+ krisha+ krishna+ krishnah+ krispin+ krissie- krissy- krista- kristal- kristan- kriste- kristel- kristen- '
  + 'kristi- kristian+ kristien- kristin- kristina- kristine- kristo+ kristofer+ kristoffer+ kristofor+ kristoforo+ kristopher+ kristos+ kristy- kristyn- krysta- '
  + 'krystal- krystalle- krystle- krystyna- kurt+ kurtis+ ky+ kyla- kyle kylen- kylila- kylynn- kym- kynthia- kyrstin- la- '
  + 'lacee- lacey- lacie- ladonna- laetitia- laina- lainey- lalo+ lamar+ lambert+ lammond+ lamond+ lamont+ lana- lanae- lancelot+ '
  + 'lanette- laney langsdon+ langston+ lani- lanie lanita- lanna- lanni- lannie+ lanny lara- laraine- lari- larina- larine- '
  + 'larisa- larissa- larry+ lars+ laryssa- latashia- latia- latisha- latrena- latrina- laughton+ laura- lauraine- laural- lauralee- laure- '
  + 'lauree- laureen- laurella- lauren laurena- laurence+ laurene- laurens+ laurent+ lauretta- laurette- lauri- laurianne- laurice- laurie lauritz+ '
  + 'lauryn- lavena- laverna- laverne- lavina- lavinia- lavinie- lawrence+ lawry+ lawton+ layla- layne- layney- layton+ lazare+ lazaro+ '
  + 'lazarus+ leah- leandra- leann- leanna- leanor- leanora- lebbie- leda- leeann- leeanne- leela- leelah- leeland+ leena- leesa- '
  + 'leese- legra- leia- leicester+ leif+ leigh leigha- leighton+ leila- leilah- leisha- lela- lelah- leland lelia- lemar+ '
  + 'lemmie+ lemmy+ lemuel+ lena- lenard+ lenci+ lenee- lenette- lenka- lenna- lennard+ lennie+ lenora- lenore- leo+ leodora- '
  + 'leoine- leola- leoline- leon+ leona- leonanie- leonard+ leonardo+ leonelle- leonerd+ leonhard+ leonidas+ leonie- leonora- leonore- leontine- '
  + 'leontyne- leopold+ leora- leroi+ leroy+ les+ leshia- lesley lesli- leslie lesly- lester+ lesya- leta- lethia- leticia- '
  + 'letisha- letitia- letizia- letta- letti- lettie- letty- leupold+ levey+ levin+ levon+ lew+ lewes+ lewie+ lewiss+ lexi- '
  + 'lexie- lexine- lexy- leyla- lezley+ lezlie- lia- liam+ lian- liane- lianna- lianne- lib- libbey- libbi- libbie- '
  + 'libby- licha- lida- lidia- liesa- lil- lila- lilah- lilas- lilia- lilian- liliane- lilias- lilith- lilla- lilli- '
  + 'lillian- lillis- lilllie- lilly- lilyan- lin lina- linc+ lincoln+ lind linda- lindi- lindie- lindon+ lindsay lindsey '
  + 'lindsy- linea- linell- linet- linette- linn linnea- linnell- linnie- linoel+ linus+ linzy- lionel+ lionello+ lisa- lisabeth- '
  + 'lisbeth- lise- lisetta- lisette- lisha- lishe- lissa- lissi- lissie- lissy- lita- liuka- liva- livia- livvie- livvy- '
  + 'livvyy- livy- liz- lizabeth- lizbeth- lizette- lizzie- lizzy- llewellyn+ lloyd+ llywellyn+ locke+ lockwood+ lodovico+ loella- logan+ '
  + 'lois- loise- lola- loleta- lolita- lombard+ lon+ lona- lonee- loni- lonna- lonnard+ lonni- lonnie lonny+ lora- '
  + 'lorain- loraine- loralee- loralie- loralyn- lorant+ loree- loreen- lorelei- lorelle- loren lorena- lorene- lorens+ lorenza- lorenzo+ '
  + 'loretta- lorette- lori- loria- lorianna- lorianne- lorie- lorilee- lorilyn- lorin+ lorinda- lorine- lorita- lorna- lorne lorraine- '
  + 'lorrayne- lorri- lorrie lorrin- lothaire+ lothario+ lotta- lotti- lottie- lotty- lou louella- louie+ louis+ louisa- louise- '
  + 'louisette- loutitia- lovell+ lowe+ lowell+ lowrance+ loy+ loydie+ lu- luca+ lucais+ lucas+ luce lucho+ luci- lucian+ '
  + 'luciana- luciano+ lucias+ lucie- lucien+ lucienne- lucila- lucilia- lucille- lucina- lucinda- lucine- lucio+ lucita- lucius+ lucretia- '
  + 'lucy- ludovico+ ludovika- ludvig+ ludwig+ luella- luelle- luigi+ luis+ luisa- luise- lukas+ luke+ lula- lulita- lura- '
  + 'lurette- lurleen- lurlene- lurline- lusa- lutero+ luther+ luz- ly+ lyda- lydia- lydie- lydon+ lyell+ lyle+ lyman+ '
  + 'lyn lynda- lynde- lyndel- lyndell- lyndsay- lyndsey- lyndsie- lyndy- lynea- lynelle- lynett- lynette- lynn lynna- lynne- '
  + 'lynnea- lynnell- lynnelle- lynnet- lynnett- lynnette- lynsey- lyon+ mab- mabel- mabelle- mable- mace+ mackenzie+ mada- madalena- '
  + 'madalyn- maddalena- maddi- maddie maddy madel- madelaine- madeleine- madelena- madelene- madelin- madelina- madeline- madella- madelle- madelon- '
  + 'madelyn- madge- madison+ madlen- madlin- mady- mae- maegan- magda- magdaia- magdalena- magdalene- maggee- maggi- maggie- maggy- '
  + 'mahala- mahalia- mahmoud+ mahmud+ maible- maiga- maighdiln- mair- maire- maisey- maisie- maison+ maitilde- maje+ mal+ mala- '
  + 'malachi+ malanie- malchy+ malcolm+ malena- malia- malina- malinda- malinde- malissa- malissia- mallissa- mallorie- mallory malorie- malory- '
  + 'malva- malvin+ malvina- malynda- mame- mamie- manda- mandel+ mandi- mandie- mandy- manfred+ mannie+ manny+ mano+ manolo+ '
  + 'manon- manuel+ manya- mara- marabel- marcela- marcelia- marcella- marcelle- marcellina- marcelline- marcello+ marcellus+ marcelo+ marchall+ marchelle- '
  + 'marci- marcia- marcie- marcile- marcille- marco+ marcos+ marcus+ marcy- mareah- maren- marena- maressa- marga- margalit- margalo- '
  + 'margaret- margareta- margarete- margaretha- margarethe- margaretta- margarette- margaux- margeaux- margery- marget- margette- margi- margie- margit- margo- '
  + 'margot- margret- margy- maria- mariam- mariann- marianna- marianne- maribel- maribelle- maribeth- marice- maridel- marie- marieann- mariejeanne- '
  + 'mariel- mariele- marielle- mariellen- marietta- mariette- marijn+ marijo- marika- marilee- marilin- marillin- marilyn- marin- marinna- mario+ '
  + 'marion mariquilla- maris- marisa- mariska- marissa- marita- maritsa- marius+ mariya- marj- marja- marje- marji- marjie- marjorie- '
  + 'marjory- marjy- marketa- markos+ markus+ marla- marlane- marleah- marlee- marleen- marlena- marlene- marley- marlie- marlo marlon+ '
  + 'marlow+ marlowe+ marlyn- marmaduke+ marna- marne- marney- marni- marnia- marnie- marquita- marrilee- marris- marrissa- marsh+ marsha- '
  + 'marsiella- marta- martainn+ martelle- martguerita- martha- marthe- marthena- marti- martica- martie martin+ martina- martino+ martita- marty '
  + 'martyn+ martynne- marv+ marve+ marven+ marvin+ marwin+ mary- marya- maryann- maryanna- maryanne- marybelle- marybeth- maryellen- maryjane- '
  + 'maryjo- maryl- marylee- marylin- marylinda- marylou- marylynne- maryrose- marys- marysa- masha- massimiliano+ massimo+ mata+ matelda- mateo+ '
  + 'mathe+ mathew+ mathian+ mathias+ mathilda- mathilde- matias+ matilda- matilde- matteo+ matthaeus+ mattheus+ matthew+ matthias+ matthieu+ matthiew+ '
  + 'matthus+ matti- mattias+ mattie matty maud- maude- maudie- maura- maure- maureen- maureene- maurene- maurice+ mauricio+ maurie+ '
  + 'maurine- maurise maurita- maurits+ maurizia- maurizio+ maury+ mavra- maxie maxim+ maximilian+ maximilianus+ maximilien+ maximo+ maxine- maxwell+ '
  + 'maxy maybelle- maye- mayer+ maynard+ mayne+ maynord+ mead meade meagan- meaghan- meara- mechelle- megan- megen- meggi- '
  + 'meggie- meggy- meghan- meghann- mehetabel- meier+ meir+ mel mela- melamie- melania- melanie- melantha- melany- melba- melesa- '
  + 'melessa- melicent- melina- melinda- melinde- melisa- melisande- melisandra- melisenda- melisent- melissa- melisse- melita- melitta- mella- melli- '
  + 'mellicent- mellie- mellisa- mellisent- melloney- melly- melodee- melodie- melonie- melony- melva- melvin+ melvyn+ menard+ mendel+ mendie+ '
  + 'mendy+ mercedes- merci- mercie- meredeth+ meredith meredithe- merell+ meridel- meridith- meriel- merilee- merill+ merilyn- meris- merissa- '
  + 'merla- merlina- merline- merna- merola- merralee- merrel+ merrick+ merridie- merrie- merrielle- merrile- merrilee- merrili- merrill mersey- '
  + 'merv+ mervin+ merwin+ merwyn+ meryl meta- meyer+ mia- micaela- micah+ michael+ michaela- michaelina- michaeline- michaella- michail+ '
  + 'michal michale+ micheal+ micheil+ michel michele michelina- micheline- michell- michelle- micki- mickie micky mignon- mignonne- miguel+ '
  + 'miguela- miguelita- mikael+ mikaela- mikel+ mikey+ mikkel+ mikol+ mildred- mildrid- milena- milicent- milissent- milka- millard+ milli- '
  + 'millicent- millie- millisent- milly- miltie+ milton+ milty+ milzie- mimi- minda- mindy- minerva- minetta- minette- minna- minnaminnie- '
  + 'minne- minni- minnie- minnnie- minny- minta- miof- miquela- mira- mirabel- mirabella- mirabelle- miran- miranda- mireielle- mireille- '
  + 'mirella- mirelle- miriam- mirilla- mirna- mischa+ misha- missie- misti- mitch+ mitchael+ mitchel+ mitchell+ mitzi- modesta- modestia- '
  + 'modestine- moe+ mohammed+ mohandas+ mohandis+ moina- moira- moise+ moises+ moishe+ mollee- molli- monah- monica- monika- monique- '
  + 'monro+ monroe+ montague+ montgomery+ monti+ monty+ moore+ mord+ mordecai+ mordy+ morena- morey+ morgan morgana- morganica- morganne- '
  + 'morgun+ moria- morie+ morissa- moritz+ morlee+ morley+ morly+ morna- morrie+ morris+ morry+ mort+ morten+ mortie+ mortimer+ '
  + 'morton+ morty+ mose+ moselle- moses+ moshe+ moyna- moyra- mozelle- mozes+ mufi- mufinella- muire- munmro+ munroe+ murdoch+ '
  + 'murdock+ mureil- murial- muriel- murielle- murray+ murry+ murvyn+ myca+ mycah+ mychal+ myer+ myles+ mylo+ myra- myrah- '
  + 'myranda- myriam- myrilla- myrle- myrlene- myrna- myron+ myrta- myrtia- myrtice- myrtie- myrvyn+ myrwyn+ nadean- nadeen- nadia- '
  + 'nadine- nadiya- nady- nadya- nahum+ nalani- nan- nana- nananne- nancee- nancey- nanci- nancie- nancy- nanete- nanette- '
  + 'nani- nanice- nanine- nannette- nanni- nannie- nanon- naoma- naomi- napoleon+ nappie+ nari- nariko- nat nata- natala- '
  + 'natale+ natalee- natalie- natalina- nataline- natalya- nataniel+ natasha- natassia- nate+ nathalia- nathalie- nathan+ nathanael+ nathanial+ nathaniel+ '
  + 'nathanil+ natividad- natka- neal+ neala- neale+ neall+ nealon+ nealson+ nealy+ ned+ neda- nedda- neddie+ neddy+ nedi- '
  + 'neel+ neely- nefen+ nehemiah+ neil+ neila- neile- neill+ neilla- neille- neils+ nelia- nelie- nell- nelle- nelli- '
  + 'nellie- nelly- nels+ nelson+ nerissa- nero+ neron+ nert- nerta- nerte- nerti- nertie- nerty- nessa- nessi- nessy- '
  + 'nesta- nestor+ netta- netti- nettie- netty- nev+ nevil+ nevile+ neville+ nevin+ nevins+ nevsa- newton+ neysa- nial+ '
  + 'niall+ niccolo+ nichol- nicholas+ nichole nicholle- nichols+ nickey+ nicki- nickie nicko+ nickola+ nickolai+ nickolas+ nickolaus+ nicky '
  + 'nico+ nicol nicola nicolai+ nicolais+ nicolas+ nicole- nicolea- nicolette- nicoli- nicolina- nicoline- nicolis+ nicolle- niel+ niels+ '
  + 'nigel+ nikaniki- nike- niki nikita+ nikki nikkie- niko+ nikola+ nikolai+ nikolaos+ nikolas+ nikolaus+ nikoletta- nikolia- nikolos+ '
  + 'nikos+ niles+ nils+ nilson+ nina- ninetta- ninette- ninnetta- ninnette- nissa- nisse- nissie- nissy- nita- niven+ nixie- '
  + 'noach+ noah+ noak+ noam+ noami- nobe+ nobie+ noby+ noe+ noelani- noell- noella- noelle- noellyn- noelyn- nola- '
  + 'nolan+ nolana- noland+ nolie- noll+ nollie nolly+ nomi- nona- nonah- noni- nonie- nonna- nonnah- nora- norah- '
  + 'norbert+ norbie+ norby+ norean- noreen- norene- norina- norine- norma- normand+ normie+ normy+ norri- norrie norris+ norry '
  + 'northrop+ northrup+ norton+ novelia- nowell+ nydia- nye+ nyssa- oates+ obadiah+ obadias+ obed+ obediah+ oberon+ obidiah+ obie+ '
  + 'oby+ octavia- octavius+ odele- odelia- odelinda- odell+ odella- odelle- odessa- odetta- odette- odey+ odie+ odilia- odille- '
  + 'ody+ ofelia- ofella- ofilia- ogdan+ ogden+ ogdon+ olag+ olav+ ole+ olenka- olenolin+ olga- olia- olimpia- olin+ '
  + 'oliver+ olivero+ olivette- olivia- olivie- olivier+ oliviero+ oliy- ollie olly olva- olvan+ olwen- olympe- olympia- olympie- '
  + 'omar+ omero+ ondrea- oneida- onfre+ onfroi+ onida- onofredo+ oona- opalina- ophelia- ophelie- oralee- oralia- oralie- oralla- '
  + 'oralle- oran+ orazio+ orbadiah+ orel- orelee- orelia- orelie- orella- orelle- oren+ oriana- orin+ orion+ orlan+ orland+ '
  + 'orlando+ orly- orran+ orren+ orrin+ orsa- orsola- orson+ ortensia- orton+ orv+ orville+ osbert+ osborn+ osborne+ osbourn+ '
  + 'osbourne+ osgood+ osmond+ ossie+ oswald+ oswell+ otes+ otha- othelia- othella- othello+ othilia- othilie- otis+ ottilie- otto+ '
  + 'owen+ ozzie+ ozzy+ pablo+ packston+ paco+ pacorro+ paddie+ paddy+ padget+ padgett+ padraic+ padraig+ padriac+ paige palmer+ '
  + 'paloma- pam- pamela- pamelina- pamella- pammi- pammie- pammy- panchito+ pancho+ pandora- pansie- paola- paolina- paolo+ papagena- '
  + 'papageno+ paquito+ parke+ parker+ parnell+ parrnell+ parsifal+ pascal+ pascale+ pasquale+ paten+ patin+ paton+ patric+ patrica- patrice '
  + 'patricia- patricio+ patrick+ patrizia- patrizio+ patrizius+ patti- pattie pattin+ patton+ paul+ paula- paule- pauletta- paulette- pauli- '
  + 'paulie paulina- paulita- paulo+ pauly pavel+ pavia- pavla- pavlov+ paxon+ paxton+ payton+ peadar+ pearce+ pearla- pearle- '
  + 'pearline- pebrook+ peder+ pedro+ pegeen- peggi- peggie- peggy- peirce+ pembroke+ penelopa- penelope- penn+ pennie penrod+ pepe+ '
  + 'pepi- pepillo+ pepita- pepito+ perceval+ percival+ percy+ peria- perice+ perkin+ perl- perla- perle- pernell+ perren+ perri- '
  + 'perrine- perry persis- peta- pete+ peter+ peterus+ petey+ petr+ petra- petrina- petronella- petronia- petronilla- petronille- peyter+ '
  + 'peyton+ phaedra- phaidra- phebe- phedra- phelia- phil philbert+ philip+ philipa- philippa- philippe- philis- phillida- phillie- phillip+ '
  + 'phillipe+ phillipp+ phillis- philly- philomena- phineas+ phip+ phoebe- phylis- phyllida- phyllis- phyllys- phylys- pierette- pierre+ pierrette- '
  + 'pierson+ pieter+ pietra- pietrek+ pietro+ pincas+ pinchas+ pincus+ piotr+ piper- pippa- pippo+ pippy- polly- pollyanna- pooh '
  + 'portia- portie+ porty+ poul+ powell+ pren+ prent+ prentiss+ prescott+ preston+ prinz+ pris- prisca- priscella- priscilla- prissie- '
  + 'pru- prudi- prudy- prue- pryce+ purcell+ putnam+ putnem+ pyotr+ queenie- quent+ quentin querida- quillan+ quincey+ quincy+ '
  + 'quinlan+ quinn quinta- quintana- quintilla- quintin+ quintina- quinton+ quintus+ rab+ rabi+ rachael- rachel- rachele- rachelle- radcliffe+ '
  + 'raddie+ raddy+ rae- raeann- rafa- rafael+ rafaela- rafaelia- rafaelita- rafaellle+ rafaello+ rafe+ raff+ raffaello+ raffarty+ rafferty+ '
  + 'rafi+ ragnar+ rahal- rahel- raimondo+ raimund+ raimundo+ raina- raine- rainer+ rakel- raleigh+ ralf+ ralina- ralph+ ramon+ '
  + 'ramonda- ramsay+ ramsey+ rana- rance+ rancell+ rand+ randa- randal+ randall+ randee- randell+ randene- randi randie randolf+ '
  + 'randolph+ rania- ranice- ranique- ranna- ransell+ raoul+ raphael+ raphaela- raquel- raquela- rasia- rasla- raul+ ravi+ ravid+ '
  + 'raviv+ rawley+ raychel- raye- raymond+ raymund+ rayna- raynard+ raynell- rayner+ raynor+ rayshell- rea- reade+ reagan+ reagen+ '
  + 'reamonn+ reba- rebbecca- rebe- rebeca- rebecca- rebecka- rebeka- rebekkah- redd+ redford+ ree- reeba- reece+ reed+ reena- '
  + 'rees+ reese+ reeta- reeva- reg+ regan regen+ reggi- reggie reggis+ reggy+ regina- reginald+ reginauld+ regine- reid+ '
  + 'reidar+ reider+ reiko- reilly+ reina- reinald+ reinaldo+ reinaldos+ reine- reinhard+ reinhold+ reinold+ reinwald+ remington+ remus+ remy- '
  + 'rena- renado+ renae- renaldo+ renard+ renata- renate- renato+ renaud+ renault+ rene renee- renell- renelle- renie- rennie- '
  + 'reta- retha- reube+ reuben+ reuven+ revkah- rey reyna- reynard+ reynold+ reynolds+ rhea- rheba- rheta- rhett+ rhetta- '
  + 'rhiamon- rhianna- rhianon- rhoda- rhodia- rhodie- rhody- rhona- rhonda- rhys+ riane- riannon- rianon- ric+ ricard+ ricardo+ '
  + 'ricca- riccardo+ richard+ richardo+ richart+ richie+ richmond+ richmound+ richy+ rici- rickard+ rickert+ ricki rickie ricky ricoriki+ '
  + 'rik+ riki- rikki riley+ rina- rinaldo+ ringo+ riobard+ riordan+ ripley+ risa- rita- ritchie+ riva- rivalee- rivi- '
  + 'rivkah- rivy- roana- roanna- roanne- roarke+ robb+ robbert+ robbi- robbie robbin- robby robbyn- robena- robenia- robers+ '
  + 'robert+ roberta- roberto+ robina- robinet robinett- robinetta- robinette- robinia- robinson+ roby- robyn- roch- rochell- rochella- rochelle- '
  + 'rochester+ rochette- rockey+ rockie+ rockwell+ roda- rodd+ roddie+ roddy+ roderic+ roderich+ roderick+ roderigo+ rodge+ rodger+ rodi- '
  + 'rodie- rodina- rodney+ rodolfo+ rodolph+ rodolphe+ rodrick+ rodrigo+ rodrique+ rog+ roger+ rogerio+ rogers+ rois- roland+ rolando+ '
  + 'roldan+ roley+ rolfe+ rolland+ rollie+ rollin+ rollins+ rollo+ rolph+ romain+ romeo+ romola- romona- romonda- romy- ron+ '
  + 'rona- ronald+ ronalda- ronda- ronica- ronna- ronni- ronnica- ronnie ronny roobbie- rooney+ rora- rori- rorie- rorke+ '
  + 'rory ros- rosa- rosabel- rosabella- rosabelle- rosaleen- rosalia- rosalie- rosalind- rosalinda- rosalinde- rosaline- rosalyn- rosalynd- rosamond- '
  + 'rosamund- rosana- rosanna- rosanne- rosco+ roscoe+ roseann- roseanna- roseanne- roselia- roselin- roseline- rosella- rosemaria- rosemarie- rosemonde- '
  + 'rosene- rosetta- roshelle- rosie- rosina- roslyn- rosmunda- ross+ rossie+ rossy+ roth+ rourke+ rouvin+ rowe- rowen+ rowena- '
  + 'rowland+ rowney+ roxana- roxane- roxanna- roxanne- roxi- roxie- roxine- roxy- roy+ royall+ royce+ roz- rozalie- rozalin- '
  + 'rozamond- rozanna- rozanne- roze- rozele- rozella- rozina- rriocard+ ruben+ rubetta- rubi- rubia- rubie- rubin+ rubina- ruddie+ '
  + 'rudie+ rudiger+ rudolf+ rudolfo+ rudolph+ rudy+ rudyard+ rufe+ rufus+ ruggiero+ rupert+ ruperta- ruperto+ ruprecht+ rurik+ russ+ '
  + 'russell+ rustie+ rustin+ rutger+ ruth- ruthann- ruthanne- ruthe- rutherford+ ruthi- ruthie- ruthy- rutledge+ rutter+ ruttger+ ruy+ '
  + 'ryan+ ryann- rycca- ryley+ ryon+ ryun+ saba- sabina- sabrina- sacha- sada- sadella- sadie- sadye- saidee- sal '
  + 'salaidh- saleem+ salem+ sallee- salli- sallie- sallyann- sallyanne- saloma- salome- salomi- salomo+ salomon+ salomone+ salvatore+ salvidor+ '
  + 'samantha- samaria- sammie+ sammy sampson+ samson+ samuel+ samuele+ sancho+ sande- sanders+ sanderson+ sandi- sandie- sandor+ sandra- '
  + 'sandro+ sandye- sanford+ sanson+ sansone+ sapphira- sara- saraann- sarah- sarajane- sarena- sarene- sarette- sarge+ sargent+ sarina- '
  + 'sarine- sarita- sascha sasha sashenka- saudra- saul+ sauncho+ saunder+ saunders+ saunderson+ saundra sauveur+ savina- sawyere+ sax+ '
  + 'saxe+ sayer+ sayers+ sayre sayres+ scarlett- schuyler+ scot+ scott+ scotti+ scotty+ seamus+ sean seana- sebastian+ sebastiano+ '
  + 'sebastien+ seka- sela- selby+ selena- selene- selestina- selia- selie- selig+ selina- selinda- seline- sella- selle- selma- '
  + 'sena- sephira- serena- sergei+ sergent+ sergio+ seth+ seumas+ seward+ seymour+ shae shaina- shaine shalna- shalne- shalom+ '
  + 'shana- shanan+ shanda- shandee- shandeigh- shandie- shandra- shane shani- shanie- shanna- shannah- shannan+ shannen- shannon shanon- '
  + 'shanta- shantee- shara- sharai- shari- sharity- sharl- sharla- sharleen- sharlene- sharline- sharon- sharona- sharron- sharyl- shaughn+ '
  + 'shaun shauna- shaw+ shawn shawna- shawnee- shayla- shaylah- shaylyn- shaylynn- shayna- shayne shea sheba- sheela- sheelagh- '
  + 'sheelah- sheena- sheeree- sheff+ sheffie+ sheffield+ sheffy+ sheila- sheilah- shel- shela- shelagh- shelba- shelbi- shelby shelden+ '
  + 'shelia- shelley shelli- shellie- shelly- shelton+ shem+ shena- shep+ shepard+ sheppard+ shepperd+ sher- sheree- sheri- sheridan+ '
  + 'sherie- sherill- sherilyn- sherline- sherlocke+ sherm+ sherman+ shermie+ shermy+ sherri- sherrie- sherwin+ sherwood+ sherwynd+ sherye- sheryl- '
  + 'shina- shir- shirl- shirlee- shirleen- shirlene- shirley- shirline- sholom+ shoshana- shoshanna- shurlock+ shurlocke+ shurwood+ siana- sianna- '
  + 'sibbie- sibby- sibeal- sibel- sibella- sibelle- sibilla- sibley- sibylla- sibylle- sid+ sidnee+ sidney+ sidoney- sidonia- sidonnie- '
  + 'siegfried+ siffre+ sig+ sigfrid+ sigfried+ sigismond+ sigismondo+ sigismund+ sigismundo+ sigmund+ sigrid- sigvard+ silas+ sile- sileas- silvain+ '
  + 'silvana- silvano+ silvester+ silvia- silvie- silvio+ sim+ simeon+ simmonds+ simon+ simona- simone simonette- simonne- sinclair+ sinclare+ '
  + 'sindee- siobhan- sioux- siouxie- sisely- sisile- sissie- siusan- siward+ skell+ skipp+ skippie+ skippy+ skipton+ skye+ skylar+ '
  + 'skyler+ slade+ sloan+ sloane+ smitty+ sofia- sofie- sollie+ solly+ somerset+ sondra- sonia- sonja- sonni- sonnie sonnnie- '
  + 'sonya- sophey- sophi- sophia- sophie- sophronia- sorcha- sosanna- spence+ spencer+ spense+ spenser+ stace- stacee stacey- staci- '
  + 'stacia- stacie- stacy stafani- staffard+ stafford+ staford+ stan+ standford+ stanfield+ stanford+ stanislas+ stanislaus+ stanislaw+ stanleigh+ stanley+ '
  + 'stanly+ stanton+ stanwood+ starla- starlene- starlin- starr- stavro+ stavros+ stearn+ stearne+ stefa- stefan+ stefania- stefanie- stefano+ '
  + 'steffane- steffen+ steffi- steffie- stella- stepha- stephan+ stephana- stephani- stephanie- stephannie- stephanus+ stephen+ stephenie- stephi- stephie- '
  + 'stephine- sterne+ stesha- stevana- steve+ steven+ stevena- stevie+ stevy+ stewart+ stillman+ stillmann+ stirling+ stoddard- stormi- stormie- '
  + 'stu+ stuart+ suellen- sukey- suki- sula- sullivan+ sumner+ susan- susana- susanetta- susann- susanna- susannah- susanne- susette- '
  + 'susi- susie- susy- sutherlan+ sutherland+ sutton+ suzann- suzanna- suzanne- suzette- suzi- suzie- suzy- sven+ svend+ swen+ '
  + 'sybil- sybila- sybilla- sybille- sybyl- syd+ sydel- sydelle- sydney sylas+ sylvester+ sylvia- syman+ symon+ tabatha- tabb+ '
  + 'tabbatha- tabbi- tabbie tabbitha- taber+ tabina- tabitha- tadd+ taddeo+ taddeusz+ tadeas+ tadeo+ tades+ tadio+ tait+ taite+ '
  + 'talbert+ talbot+ talia- tallia- tallie tallou- tallulah- talya- talyah- tamar- tamara- tamarah- tamarra- tamas+ tamera- tami- '
  + 'tamiko- tamma- tammara- tammi- tammie tamqrah- tamra- tana- tandi- tandie- tandy- tanhya- tani- tania- tanitansy- tann+ '
  + 'tanney+ tannie+ tanny+ tanya- tara- tarah- tarra- tarrah- tarrance+ taryn- tasha- tasia- tate tatiana- tatiania- tatum- '
  + 'tawnya- tawsha- taylor+ teador+ tedd+ tedda- teddi- teddie tedi- tedie+ tedman+ tedmund+ tedra- teena- teirtza- templeton+ '
  + 'teodoor+ teodor+ teodora- teodorico+ teodoro+ tera- terence+ terencio+ teresa- terese- teresina- teresita- teressa- teri- teriann- terra- '
  + 'terrance+ terrel+ terrell+ terrence+ terri terrie- terrijo- terrill+ terry terrye- tersina- terza- tess- tessa- tessi- tessie- '
  + 'tessy- thacher+ thaddeus+ thaddus+ thadeus+ thain+ thaine+ thalia- thaxter+ thayne+ thea- theadora- thebault+ theda- thedric+ thedrick+ '
  + 'thekla- thelma- theo theobald+ theodor+ theodora- theodore+ theodoric+ theodosia- therese- theresina- theresita- theressa- therine- thia- thibaud+ '
  + 'thibaut+ thom+ thoma+ thomas+ thomasa- thomasin- thomasina- thomasine- thor+ thorin+ thorndike+ thornie+ thornton+ thorpe+ thorstein+ thorsten+ '
  + 'thorvald+ thurstan+ thurston+ tibold+ tiebold+ tiebout+ tiena- tierney- tiertza- tiffani- tiffanie- tiffany- tiffi- tiffie- tiffy- tilda- '
  + 'tildi- tildie- tildy- tillie- tilly- tim timi- timmi- timmie timmy timofei+ timoteo+ timothea- timothee+ timotheus+ timothy+ '
  + 'tina- tiphani- tiphanie- tiphany- tirrell+ tish- tisha- tito+ titos+ titus+ tobe tobey- tobi- tobiah+ tobias+ tobie+ '
  + 'tobin+ tobit+ tobye- todd+ toddie+ toiboid+ toinette- toma- tomas+ tomasina- tomasine- tomaso+ tomi- tomkin+ tomlin+ tommi- '
  + 'tommie tommy toni- tonia- tonie- tonnie+ tonya- tonye- tootsie- torey torie- torin+ torrance+ torre+ torrence+ torrey+ '
  + 'torrie- torrin+ torry+ tory- tova- tove- towney+ townsend+ tracee- tracey traci- tracie tracy traver+ travers+ travis+ '
  + 'travus+ trefor+ tremain+ tremaine+ tremayne+ trenna- trent+ trenton+ tresa- trescha- tressa- trev+ trevar+ trever+ trevor+ tricia- '
  + 'trina- tripp+ tris+ trish- trisha- trista- tristam+ tristan+ trix- trixi- trixie- trixy- troy+ trstram+ truda- trude- '
  + 'trudey- trudi- trudie- trudy- trueman+ trula- trumaine+ truman+ trumann+ tuckie+ tucky+ tull+ tulley+ twila- twyla- ty+ '
  + 'tybalt+ tybi- tybie- tye+ tyler+ tymon+ tymothy+ tynan+ tyne- tyrone+ tyrus+ tyson+ udale+ udall+ udell+ ugo+ '
  + 'ula- ulberto+ ulick+ ulises+ ulla- ulric+ ulrica- ulrich+ ulrick+ ulrika- ulrikaumeko- ulrike- ulysses+ umberto+ umeko- una- '
  + 'upton+ urbain+ urbano+ urbanus+ uri+ uriah+ uriel+ ursa- ursala- ursola- urson+ ursula- ursulina- ursuline- uta- vachel+ '
  + 'vaclav+ vail+ val valaree- valaria- valdemar+ valeda- valencia- valene- valenka- valentia- valentijn+ valentin+ valentina- valentino+ valera- '
  + 'valeria- valerie- valery- valerye- valida- valina- valle+ valli- vallie- vally- valma- valry- vance+ vanessa- vania- vanna- '
  + 'vanni- vannie- vanny- vanya vasili+ vasilis+ vasily+ vassili+ vassily+ vaughan+ vaughn+ velma- venita- venus- vera- veradis- '
  + 'vere- verena- verene- veriee- verile- verina- verine- verla- vern+ verna- verne vernen+ verney+ vernice- vernon+ vernor+ '
  + 'veronika- veronike- veronique- vevay- vi- vic+ vick+ vicki- vickie- vicky- victoir+ victoria- vida- vidovic+ vidovik+ viki- '
  + 'vikki- vikky- vilhelmina- vilma- vin vina- vince+ vincents+ vincenty+ vincenz+ vinita- vinni- vinnie vinny vinson+ violante- '
  + 'viole- violetta- violette- virge+ virgie virgil+ virgilio+ virgina- virginie- vite+ vitia- vito+ vitoria- vittoria- vittorio+ viv- '
  + 'vivi- vivia- vivian- viviana- vivianna- vivianne- vivie- vivien- viviene- vivienne- viviyan- vivyan- vivyanne- vlad+ vladamir+ vladimir+ '
  + 'von+ vonni- vonnie- vonny- vyky- wadsworth+ wain+ waite+ wakefield+ wald+ waldemar+ walden+ waldo+ waldon+ wallace+ wallache+ '
  + 'wallas+ wallie wallis walliw- walsh+ walt+ walther+ walton+ waly- wanda- wandie- wandis- waneta- wang+ wanids- warde+ '
  + 'waring+ warren+ wat+ waverley+ waverly+ waylan+ wayland+ waylen+ waylin+ waylon+ wayne+ webb+ weber+ webster+ weidar+ weider+ '
  + 'welbie+ welby+ wenda- wendall+ wendel+ wendeline- wendell+ wendi- wendie- wendy- wendye- wenona- wenonah- werner+ wernher+ wes+ '
  + 'wesley+ westbrook+ westbrooke+ westleigh+ westley+ weston+ weylin+ whitaker+ whitby+ whitman+ whitney whittaker+ wiatt+ wilbert+ wilbur+ wilburt+ '
  + 'wilden+ wildon+ wileen- wilek+ wiley+ wilfred+ wilfrid+ wilhelm+ wilhelmina- wilhelmine- wilie- willa- willabella- willamina- willard+ willdon+ '
  + 'willem+ willetta- willette- willey+ willi william+ willie willis+ willy willyt- wilma- wilmar+ wilmer+ wilmette- wilona- wilone- '
  + 'wilow- wilton+ windham+ winfield+ wini- winifield+ winifred- winn+ winna- winnah- winne- winni- winnie winnifred- winny winona- '
  + 'winonah- winslow+ winston+ winthrop+ witt+ wittie+ wolfgang+ wolfie+ wolfy+ woodie+ woodrow+ worden+ worthington+ wren- wrennie- wyatan+ '
  + 'wyatt+ wylie+ wylma- wyn+ wyndham+ wynn wynne- wynnie- wynny- xavier+ xaviera- xena- xenia- xenos+ xerxes+ xever+ '
  + 'ximenes+ ximenez+ xylia- xylina- xymenes+ yale+ yalonda- yanaton+ yance+ yancey+ yancy+ yardley+ yasmeen- yasmin- yehudi+ yehudit+ '
  + 'yelena- yetta- yettie- yetty- yevette- ynes- ynez- yoko- yolanda- yolande- yolane- yolanthe- yorgo+ yorgos+ yorke+ yorker+ '
  + 'yoshi- yoshiko- yovonnda- ysabel- yul+ yulma+ yuma+ yuri+ yurik+ yves+ yvette- yvon+ yvonne- yvor+ zabrina- zaccaria+ '
  + 'zach+ zacharia+ zachariah+ zacharie+ zachary+ zacherie+ zachery+ zack+ zackariah+ zahara- zak+ zandra- zane+ zaneta- zara- zarah- '
  + 'zared+ zaria- zarla- zea- zeb+ zebadiah+ zebedee+ zebulen+ zebulon+ zechariah+ zedekiah+ zeke+ zelda- zelig+ zelma- zena- '
  + 'zenia- zerk+ zia- zilvia- zita- zitella- zoe- zola- zollie+ zolly+ zonda- zondra- zonnya- zora- zorah- zorana- '
  + 'zorina- zorine- zsa- zsazsa- zulema- zuzana-';

/** 861 first names wink's lexicon also knows as words or common names ("Rose", "Harrison", "Woody"), marked as above. */
export const WORD_FIRST_NAME_LIST =
  'ab+ abbe abbey abbot+ ad+ ada- ade+ ado+ adore- al+ alexia- aline- alley+ allis- ally- althea- '
  + 'amber- amble+ amelia- amity- angel angelica- angelique- angus+ anna- anthony+ antonius+ any+ april- arch+ archer+ arda- '
  + 'armin+ art+ arty+ ash+ august+ aura- aurora- ax+ axe+ bail+ bald+ bale+ ban+ bank+ bar+ barb- '
  + 'barbette- bard+ barde+ barn+ baron+ bart+ base+ basia- basil+ bat+ bay+ bear+ beau+ beck+ bee- bell- '
  + 'belle- ben+ benedick+ benni- bennie bent+ beret- berk+ berne+ berry- beryl- beth- bevvy- biddy- bill billy '
  + 'bing+ birch+ bird- birdie- blanch- bliss- blithe- bob+ bobby bogey+ bond+ bone+ bonnie- bonny- boot+ booth+ '
  + 'boy+ brad+ bran+ brand+ brandy brant+ brent+ brew+ brewer+ bride- brier- brig+ brigid- briny- brit britt '
  + 'brittany- brook buck+ bud+ buddy+ bunny- burg+ burgess+ burke+ burl+ burr+ butch+ cad+ calla- calli- camel- '
  + 'camellia- candida- candy- caprice- car+ care+ carina- carissa- carlos+ carmine carny+ carol- caroline- carolus+ carry- cart+ '
  + 'carter+ carver+ case+ cash+ cassie catherine- celesta- cello+ chad chance+ chandler+ chariot+ charity- chase+ chastity- cherish- '
  + 'cherry- chevalier+ chevy+ chic+ chick+ chico+ chip+ christen- christian chuck+ cinnamon- cissy- clarence+ clary- clay+ clem '
  + 'clement+ clementine- cliff+ cob+ cole+ colleen- collie- colly- con conn+ constancy- cookie- coop+ cooper+ cora- coral- '
  + 'cord+ corny corrie costa+ court+ craggy+ crista- cristal- cross+ crystal- cull+ curry+ curt+ cynthia- daffy- dag+ '
  + 'dahlia- daisy- dal+ dale dame+ dana dare+ darn+ dawn- de dean+ deb- deck+ dell delphinia- den+ '
  + 'deny- derby+ derrick+ dew+ dexter+ dick+ dickie+ dicky+ dido- dieter+ dill+ dirk+ dita- dixie- doe- doll- '
  + 'dolly- dominica- dominick+ don+ donna- dorian dory dot- dotty- drew+ dud+ duff+ duke+ dulciana- dulcinea- dun+ '
  + 'dusty- earl+ early+ ebony- edd+ eddy edward+ el+ elia+ elisa- elizabeth- else- elvis+ em emery+ emmet+ '
  + 'erica- ester- ethelred+ ethyl- ev+ eve- even+ ezechiel+ fabian+ fae- fair+ faith- falkner+ fan- fancy- fanny- '
  + 'far+ faun- fawn- fax+ fay- fedora- fee+ felicity- fern- fey- fidelity- field+ fielding+ fields+ filbert+ fin+ '
  + 'flint+ flora- florence- florida- flossy- ford+ forest+ forester+ foster+ fowler+ frank franklin+ free+ freedman+ freeman+ gabby+ '
  + 'gage+ gal+ gale gar+ gardener+ garland- garner+ garnet- garret+ gaspar+ gates- gay gene georgette- georgia- gib+ '
  + 'gill gillie- ginger gipsy- glad- glen glory- goober+ grace gracie- gram+ gran+ grange+ granger+ grannie+ granny+ '
  + 'grant+ gray griffin+ grove+ guenevere- gui- gun+ gunner+ gusty- guy+ gypsy- had+ hakeem+ hakim+ hale+ hall+ '
  + 'ham+ hank+ happy- hardy+ harmony- harp+ harper+ harrison+ harry+ hasty+ haven+ haze+ hazel heath heather- hector+ '
  + 'herb+ herby+ hermann+ hertha- hew+ hi+ hieronymus+ hill+ hilly+ holmes+ homer+ honey- honor- hope- horst+ hortensia- '
  + 'hunt+ hunter+ husain+ hyacinth- hymie+ ibrahim+ ida- ike+ inga- inger iris- israel+ itch+ ive+ ivory- ivy- '
  + 'jack+ jade- jan jarred+ jasmine- jasper+ jean jemmy- jerry jessamine- jesus+ jewel- jimmy+ jo job+ jock+ '
  + 'johnny+ jordan joseph+ josh+ joy- julian+ julienne- june- kale+ kat- keen+ ken+ kendal+ kiley kin+ king+ '
  + 'kip kipper+ kirk+ kit kitty- kore- kris kylie lacy- laird+ lance+ land+ lane lark- launce+ laurel- '
  + 'law+ lay+ lazar+ lea- lee lefty+ lek+ lem+ leone- leonid+ lev+ levi+ levy+ lexis- liana- lief+ '
  + 'lily- lindy link+ linnet- lion+ lira- lisle+ liv- liza- lock+ lolly- lorry lory- lotte- lucia- lucky- '
  + 'lulu- lyssa- mac+ mack+ madonna- mag- magdalen- magnum+ maia- major+ man+ mar+ marc+ marcel+ margarita- marge- '
  + 'marguerite- mari- marian- mariana- marigold- marina- mark+ marlin+ marline- marshal+ marshall+ mart+ marten+ mason+ matt+ mavis- '
  + 'max maxi- may- mayor+ meg- mei- melody- melosa- mercy- merl- merle merrily- merry mic+ mick+ mickey+ '
  + 'midge- mike+ mil- mile+ miles+ mill+ miller+ milo+ milt+ min- mina- miner+ minor+ missy- misty- modesty- '
  + 'moll- mollie- molly- mommy- mona- monte+ mora- moreen- morgen morse+ moss+ muffin muhammad+ my+ myrtle- nada- '
  + 'nance- nanny- nap+ nappy+ nara- natal+ natty nerita- nessie- nester+ nettle- nick+ nil+ ninon- noble+ noel '
  + 'noemi- norman+ north+ ode+ odo+ ola- olive- opal- opaline- ora- osmund+ otho+ pace+ page pail+ pall+ '
  + 'palm+ pansy- park+ parry+ pat pate+ patience- patsy patten+ patty pauline- pearl- peg- pen penni- penny '
  + 'peri- pet- petunia- philippine- pia- pier- pierce+ piggy+ pip+ poppy- port+ porter+ prentice+ price+ prince+ prudence- '
  + 'puff+ quill+ quint+ rabbi+ rad+ raf- ram+ ramona- randy ranee- rani- ransom+ raven- ray read+ rebekah- '
  + 'red+ rem+ rex+ rica- rice+ rich+ rick+ rickey+ ring+ rip+ rob+ robin rock+ rocky+ rod+ roi+ '
  + 'rolf+ roma+ roman+ roosevelt+ rose- roselle- rosemary- rosette- rosita- rosy- row- rowan+ royal+ rozelle- rube+ ruby '
  + 'rudd+ ruddy+ rusty+ sabine- sabra- salim+ sally- salmon+ salvador+ sam samara- sander+ sandy sapphire- saree- sari- '
  + 'saw+ sawyer+ saxon+ say+ scarface+ scarlet- scottie+ see+ serene- serge+ sergeant+ shadow+ shamus+ shandy- sharia- shay '
  + 'shell shepherd+ sherlock+ sherry- si+ sib- sibyl silva- silvan+ silvanus+ sissy- skelly+ skip+ skipper+ sky+ sly+ '
  + 'smith+ sol+ solomon+ son+ sonny spike+ star- sterling+ stern+ steward+ stinky+ storm- stormy- sue- sully+ sunny '
  + 'sunshine- sylvan+ tab+ tabby tabor+ tad+ taffy- tailor+ tally tam+ tammy tan+ tanner+ tansy- ted teddy '
  + 'temp+ temple+ thane+ thatch+ thatcher+ theresa- thorn+ thorny+ tiff- tiler+ tine- toby tod+ toddy+ tom+ tome+ '
  + 'tony tore+ tori- torr+ town+ townie+ towny+ trace+ trey+ trip+ tuck+ tucker+ tudor+ tuesday- tully+ turner+ '
  + 'urban+ vale valentine van vanda- veda- velvet- verge+ vergil+ veronica- victor+ vincent+ viola- violet- virginia- vita- '
  + 'viva- wade+ wainwright+ wait+ waiter+ wake+ walker+ wally ward+ warden+ ware+ warner+ wash+ washington+ way+ web+ '
  + 'welch+ wells+ welsh+ west+ wheeler+ whit+ will+ willow- wilt+ win+ windy- winfred+ wit+ witty+ wolf+ wood+ '
  + 'woodman+ woody+ worth+ worthy+ wright+ wye+ yank+ yankee+ yard+ york+ yule+ zacharias+ zed+';

/**
 * 26822 rarer first names of US birth records that neither list above holds and wink does
 * not know as words ("Mikhail", "Tyra"), one line of a template literal per sixteen (a chain of
 * thousands of `+` is too deep for a parser): each leads a full name, never a name alone. Each
 * carries the sex most of its bearers have in the birth records, `+` men and `-` women.
 */
export const RARE_FIRST_NAME_LIST = `
aabriella- aadam+ aadan+ aadarsh+ aaden+ aadhya- aadi+ aadil+ aadin+ aadit+ aadith+ aaditya+ aadon+ aadya- aadyn+ aahan+
aahana- aahil+ aahliyah- aahna- aahron+ aaidan+ aaiden+ aailyah- aakarsh+ aakash+ aala- aalaiyah- aalana- aalaya- aalayah- aalayna-
aaleah- aaleigha- aaleiyah- aaleyah- aalia- aaliah- aaliayah- aalijah+ aalivia- aaliya- aaliyah- aaliyahmarie- aaliyana- aaliyha- aalliyah- aalyah-
aalyiah- aalyssa- aamani- aamari+ aamina- aaminah- aamir+ aamira- aamirah- aamiya- aamiyah- aamna- aamori- aamya- aamyah- aanchal-
aania- aaniah- aanika- aanisah- aaniya- aaniyah- aanshi- aanvi- aanya- aanyah- aaralyn- aaralynn- aaran+ aarav+ aaria- aariah-
aariana- aarianna- aaric+ aariel- aarielle- aarik+ aarilyn- aarin+ aarini- aarion+ aariona- aarionna- aarish+ aarit+ aariv+ aariya-
aariyah- aariyana- aariz+ aarna- aarnav+ aarohi- aaronjohn+ aaronmichael+ aaroosh+ aarron+ aarsh+ aarthi- aarti- aarush+ aarushi- aarya-
aaryah- aaryan+ aaryanna- aaryn- aasha- aashi- aashika- aashir+ aashka- aashna- aashni- aashrita- aashrith+ aashritha- aashvi- aasia-
aasim+ aasiya- aasiyah- aastha- aava- aavion+ aayaan+ aayan+ aayana- aayanah- aayanna- aayden+ aayla- aayliah- aayush+ aayushi-
aaziyah- abaan+ abad+ abagale- abagayle- abaigeal- abanoub+ abas+ abass+ abbagail- abbagale- abbagayle- abbas+ abbee- abbegail- abbeygail-
abbiegail- abbiegale- abbigael- abbigail- abbigaile- abbigal- abbigale- abbigayl- abbigayle- abbygael- abbygail- abbygale- abbygayl- abbygayle- abcde- abdalla+
abdallah+ abdalrahman+ abdellah+ abdelrahman+ abdi+ abdiasis+ abdiaziz+ abdiel+ abdifatah+ abdikadir+ abdimalik+ abdinasir+ abdirahman+ abdirizak+ abdishakur+ abdiwahab+
abdou+ abdoul+ abdoulaye+ abdoulaziz+ abdoulie+ abduallah+ abdulahi+ abdulaziz+ abdulhadi+ abdulhakim+ abdulhamid+ abduljalil+ abdulkadir+ abdulkareem+ abdulkarim+ abdulla+
abdullah+ abdullahi+ abdulmalik+ abdulraheem+ abdulrahim+ abdulrahman+ abdulrehman+ abdulwahab+ abdur+ abdurahman+ abdurraheem+ abdurrahman+ abednego+ abeeha- abeer- abegail-
abelardo+ abelina- abelino+ abella- abena- abenezer+ abeni- aberham+ abernathy- abha- abhay+ abhi+ abhijay+ abhijeet+ abhijit+ abhilash+
abhimanyu+ abhinav+ abhiraj+ abhiram+ abhirup+ abhishek+ abi- abiageal- abid+ abida- abiel+ abiella- abigaelle- abigaile- abigaille- abigal-
abigayl- abigayle- abigial- abiha- abijah+ abilene- abimael+ abimelec+ abiola- abir+ abiram+ abisai+ abisha- abishai+ abisola- abou+
aboubacar+ abrahim+ abrahm+ abrar- abrea- abreanna- abree- abrey- abrham+ abri- abria- abriah- abrial- abrian+ abriana- abrianna-
abrie- abriel- abriela- abriella- abrielle- abril- abrina- abrionna- abriyana- abron+ abryana- abryanna- abryelle- absalon+ abshir+ abu+
abubakar+ abubakary+ abubakr+ abuk- abyan+ abygael- abygail- abygaile- abygale- abygayle- acadia- accalia- acea+ acelyn- acelynn- acen+
acer+ aceton+ acey+ achilles+ achol- achyut+ achyuth+ acie+ acire- acsa- acxel+ adabella- adael+ adaeze- adahir+ adaia-
adaiah- adain+ adaira- adaisha- adajah- adal+ adalae- adalai- adalaide- adalay- adalberto+ adalee- adaleen- adalei- adaleigh- adaleine-
adalena- adalene- adaley- adali- adalia- adalid+ adalie- adalin- adalina- adalis- adalise- adalius+ adaliz- adaly- adalyn- adalyne-
adalynn- adalynne- adama+ adamari- adamarie- adamaris- adamariz- adamary- adamarys- adana- adanely- adanna- adanya- adaora- adar- adarah-
adarian+ adarion+ adarius+ adarsh+ adasia- adassa- adasyn- adasynn- adaugo- adaya- adayah- adayla- adbeel+ addalee- addalina- addaline-
addalyn- addalynn- addam+ addan+ addasyn- addelin- addeline- addelyn- addelynn- adden+ addeson- addicyn- addilee- addilyn- addilyne- addilynn-
addis+ addisen- addisson- addisyn- addisynn- addsion- addysan- addysen- addysin- addyson- addysun- addysyn- adea- adean+ adebola- adedayo+
adedeji+ adedotun+ adeeb+ adeel+ adeena- adelade- adelae- adelai- adelaine- adelayde- adelei- adeleine- adelena- adelene- adelfo+ adeli-
adelia- adelie- adelin- adelis- adelita- adeliz- adell- adellia- adellyn- adelyn- adelyna- adelyne- adelynn- adelynne- adem+ aden+
adenike- adenn+ adeola- adeoluwa+ adessa- adewale+ adhav+ adhitya+ adhvik+ adhya- adia- adiah- adian+ adianna- adib+ adiba-
adie- adiel+ adiella- adielle- adien+ adil+ adila- adilee- adilene- adileni- adilenne- adilyn- adilynn- adin+ adir+ adira-
adis+ adisa- adisen- adison- adisson- adisyn- adisynn- adisynne- adith+ adithi- adithya+ aditi- aditri- aditya+ adiv+ adiva-
adiya- adiyah- adja- adjoa- adlee- adleigh- adley- adlie- adlin- adlyn- admir+ adna- adnaan+ adnan+ adner+ adolfo+
adom+ adon+ adonai+ adonay+ adonia- adonias+ adonijah+ adoniram+ adonis+ adonna- adonnis+ adonus+ adonys+ adorah- adoria- adra-
adrain+ adrean+ adreana- adreanna- adreena- adrein+ adren+ adreona- adreonna- adreyan+ adri- adriaan+ adriah- adriahna- adrianah- adrianjames+
adriann+ adriannah- adriauna- adriaunna- adric+ adrick+ adrie- adrieana- adrieanna- adriel+ adriell+ adriella- adrielle- adriene- adrienna- adrihanna-
adrijana- adrik+ adrin+ adrina- adrion+ adriona- adrionna- adrita- adriyana- adriyanna- adron+ adryan+ adryana- adryanna- adryel+ adryen+
adryn+ adryon+ advait+ advaith+ advay+ advik+ advika- adwita- ady- adya- adyan+ adyen+ adylene- adylin- adyn+ adysen-
adyson- adysson- adysyn- aedan+ aeden+ aedin+ aedon+ aedric+ aedyn+ aela- aeleen- aella- aelyn- aemilia- aeneas+ aerabella-
aeralynn- aeriana- aerianna- aeries- aerik+ aerika- aerin- aerionna- aeris- aerith- aero+ aeron+ aeryal- aeryn- aesha- aeson+
aesop+ aethan+ aeva- affan+ afia- afif+ afiya- afnan- afomia- afra- afrah- afraz+ afreen- afrodita- afsana- aftyn-
agam+ agapito+ agasthya+ agastya+ agostino+ agustina- agustine+ agustus+ ahaan+ ahad+ ahan+ ahana- ahava- ahijah+ ahilyn- ahjah-
ahjanae- ahkeem+ ahlam- ahlana- ahlani- ahlaya- ahlayah- ahleah- ahlexis- ahlia- ahlijah+ ahlivia- ahliya- ahlyana- ahlyssa- ahmaad+
ahman+ ahmani- ahmar+ ahmari+ ahmaria- ahmarie- ahmaud+ ahmaya- ahmeer+ ahmere+ ahmet+ ahmi+ ahmia- ahmier+ ahmir+ ahmira-
ahmiya- ahmiyah- ahmod+ ahmon+ ahmoni- ahmya- ahmyah- ahna- ahnaf+ ahnaya- ahnesty- ahni- ahnika- ahniya- ahniyah- ahnna-
ahnya- ahnyah- ahnyla- ahren+ ahriana- ahrianna- ahriel- ahron+ ahrya- ahsan+ ahtziri- ahtziry- ahuva- ahyan+ ahyana- ahzaria-
ahziyah- aiana- aianna- aibhilin- aicha- aidaliz- aidaly- aidann+ aidden+ aidee- aidel- aidelis- aideliz- aidelyn- aiden+ aidenjames+
aidenn+ aidia- aidian+ aidin+ aidon+ aidrian+ aidrianna- aidric+ aidyn+ aidynn+ aiesha- aija- aijah- aijalon+ aika- aiken+
aiko- ailah- ailana- ailani- ailanie- ailany- aileana- ailed- aileena- aileene- aileigh- ailen- aileny- ailia- ailie- ailin-
ailine- ailish- ailsa- aily- ailynn- aiman+ aimar- aimen- aimi- aimy- aina- ainara- aine- ainesh+ ainsleigh- ainzley-
aira- airabella- airam- aireana- aireanna- airel- airen+ aireon+ aireona- aireonna- aires- airiana- airianna- airica- airionna- airis-
airrion+ airyana- airyanna- airyn- airys- aisa- aisah- aisen+ aisha- aishah- aishani- aishi- aishwarya- aisia- aislee- aisley-
aislin- aisling- aislinn- aislyn- aislynn- aislynne- aisosa- aissa- aissata- aissatou- aitan+ aitana- aithan+ aithen+ aitza- aiva-
aivah- aivan+ aiven+ aivree- aivy- aixa- aiya- aiyah- aiyahna- aiyana- aiyanah- aiyanna- aiyannah- aiyden+ aiyla- aiyonna-
aiza- aizah- aizayah+ aizen+ aizik+ aizlyn- aizza- aj+ aja- ajada- ajae- ajah- ajahnae- ajahni+ ajai+ ajanae-
ajani+ ajavian+ ajax+ ajaya- ajayah- ajayla- ajaylah- ajdin+ ajeet+ ajia- ajit+ ajiya- ajla- ajna- ajooni- akacia-
akai+ akaila- akaisha- akaiya- akaiyah- akane- akanksha- akari- akarsh+ akash+ akasha- akasia- akaya- akayla- akaylah- akbar+
akeela- akeelah- akeem+ akeen+ akeera- akeila- akeilah- akeira- akela- akelah- akelia- akemi- akera- akerah- akeria- akeya-
akeyla- akeylah- akhia- akhil+ akhila- akhilesh+ akhiya- aki+ akia- akiah- akiera- akif+ akiko- akil+ akila- akilah-
akilesh+ akili- akima- akina- aking+ akio+ akir+ akira- akirah- akire- akiria- akirra- akiva+ akiya- akiyah- akiyra-
akol+ akon+ akoni+ akosua- akram+ aksh+ akshaj+ akshar+ akshara- akshat+ akshath+ akshay+ akshaya- akshita- akshith+ akshitha-
akua- akul+ akwasi+ akya- akyah- akyla- akylah- akyra- alaa- alacia- alaena- alahna- alahni- alaia- alaiah- alaija-
alaijah- alaila- alailah- alaina- alainah- alainna- alaira- alaire- alaisha- alaisia- alaiya- alaiyah- alaiza- alaja- alajah- alajiah-
alakai+ alam+ alamea- alamin+ alando+ alandra- alandria- alanea- alanee- alaney- alani- alania- alanie- alanis- alann+ alannah-
alanni- alannie- alannis- alanny- alante+ alantis- alany- alanya- alanys- alanzo+ alara- alaria- alasha- alashia- alasia- alasiah-
alassane+ alathea- alauna- alaura- alawna- alaya- alayah- alayana- alayasia- alaycia- alayha- alayia- alayiah- alayja- alayjah- alayla-
alaylah- alayna- alaynah- alaynia- alaynna- alaysha- alayshia- alaysia- alaysiah- alaythia- alayza- alayzhia- alayzia- alayziah- alazae- alazar+
alazay- alazia- alaziah- alba- alban+ albana- albany- albaro+ albeiro+ alber+ alberth+ albi+ albin+ albion+ albree- aldahir+
aldair+ aldan+ aldana- aldrick+ aldrin+ aldyn- alea- aleah- aleaha- aleana- aleanah- aleasha- aleasia- aleaya- aleayah- alecea-
aleceia- aleck+ alecxa- alecxander+ aleczander+ aleea- aleeah- aleecia- aleeha- aleem+ aleena- aleenah- aleera- aleesa- aleese- aleesha-
aleesia- aleeya- aleeyah- aleeza- aleezay- alegandro+ alegna- alegra- alegria- aleia- aleiah- aleida- aleidy- aleigh- aleigha- aleighna-
aleijah- aleina- aleisa- aleise- aleisha- aleister+ aleiya- aleiyah- aleja- alejah- alejo+ alek+ aleka- alekhya- aleks+ aleksa-
aleksandar+ aleksander+ aleksandra- aleksei+ aleksey+ aleksia- aleksis- aleksy+ alekza- alekzander+ aleli- alem+ alen+ alenah- alencia- aleni-
alenia- alenna- aleny- alera- alerah- aleria- aleric+ aleron+ alesa- alesana- alesandra- alesandro+ alese- alesha- aleshanee- aleshia-
aleshka- alesi- alesia- aleska- alessa- alessander+ alessi- alessia- alessio+ alessya- alesya- aletha- aletheia- alethia- aletse- aletta-
alevia- alexah- alexan+ alexandar+ alexanderia- alexanderjames+ alexandrah- alexandrea- alexandria- alexandru+ alexandrya- alexas- alexavier+ alexcia- alexea- alexes-
alexey+ alexiah- alexiana- alexianna- alexie- alexiea- alexiss- alexius- alexiya- alexiz- alexsa- alexsander+ alexsandra- alexsandria- alexsandro+ alexsia-
alexsis- alexssa- alexsys- alexus- alexx+ alexxa- alexxander+ alexxandra- alexxia- alexxis- alexxus- alexy- alexya- alexyia- alexys- alexyss-
alexz- alexza- alexzander+ alexzandra- alexzandrea- alexzandria- alexzia- aley- aleya- aleyah- aleycia- aleyda- aleyia- aleyiah- aleyna- aleysha-
aleysia- aleza- alezandra- alezay- alfa- alfonzo+ alger+ alhaji+ alhassan+ alhassane+ alheli- aliah- aliaha- aliahna- aliana- alianah-
aliani- alianna- alianne- alianny- aliany- aliayah- alicen- aliciana- alicianna- alicja- alicya- alicyn- aliena- aliesha- alieu+ alieyah-
alif+ aliha- alii+ alija+ alijah+ alijha+ alijiah+ alik+ alilah- alim+ alima- alin- alinah- alinna- alinson- alionna-
aliou+ alioune+ alirah- alisabeth- alisah- alisandra- alise- alisea- alisen- alishba- alishia- alisia- alisiah- alisiana- alissah- alissandra-
alisse- alissia- alisson- alissya- alisyn- alita- alithia- alitza- alitzah- alitzel- aliva- alivea- aliveah- alivia- aliviah- aliviya-
aliviyah- alivya- alixander+ alixandra- alixandrea- alixandria- alixzandria- aliya- aliyaha- aliyahna- aliyana- aliyanna- aliyas+ aliyha- aliyiah- aliyyah-
aliz- alizabeth- alizae- alizah- alizandra- alizay- alize- alizea- alizee- alizeh- alizet- alizette- alizey- alizia- alizon- alizzon-
allahna- allaina- allana- allanah- allani- allanna- allannah- allante+ allaya- allayah- allayna- alle- alleah- alleana- allee- alleena-
alleigh- allena- allesandra- allessandra- allexa- allexis- alleyah- alleyna- allia- alliah- alliana- allianna- allicen- allicia- allinson- allisa-
allisen- allisha- allisson- allisyn- allivia- alliya- alliyah- allize- allizon- allizzon- allona- allonah- allora- allory- allston+ allura-
allyah- allyana- allyanna- allycia- allye- allyiah- allyna- allysa- allyse- allysen- allysha- allysia- allyssa- allyssah- allyssia- allysson-
allysyn- allyzon- almadelia- alman+ almendra- almin+ almir+ alnisa- alohilani- alona- alonah- alonda- alondra- aloni- alonna- alonnah-
alontae+ alora- alorah- aloura- alper+ alphonzo+ alquan+ alson+ alston+ altagracia- altair- altin+ altina- alton+ alura- alusine+
alvaro+ alveiro+ alvino+ alvon+ alwaleed+ aly- alya- alyah- alyana- alyanna- alyas+ alycea- alycia- alydia- alyena- alyia-
alyiah- alyiana- alyis+ alyissa- alyjah+ alyla- alyn- alyna- alynah- alyncia- alyne- alynn- alynna- alynnah- alyona- alyra-
alyria- alyric- alysah- alysandra- alyscia- alysea- alysen- alysha- alyshia- alysiah- alysiana- alyssabeth- alyssah- alyssamarie- alyssandra- alysse-
alyssia- alysson- alyvia- alyviah- alyx- alyxander+ alyxandra- alyxandria- alyxis- alyza- alyzabeth- alyzae- alyzah- alyze- alyzon- alyzza-
ama- amaal- amaan+ amaani- amaar+ amad+ amada- amadea- amadeo+ amadeus+ amadi+ amadis- amado+ amador+ amadou+ amadu+
amahd+ amahni- amahri- amai- amaia- amaiah- amair+ amaira- amairani- amairany- amaire+ amaiya- amaiyah- amal- amala- amali-
amalya- aman+ amana- amandah- amandine- amando+ amane- amanee- amani- amanie- amanii- amante+ amanuel+ amany- amar+ amarachi-
amarae- amarah- amare+ amarea- amaree+ amarelis- amarely- amarelys- amareya- amari+ amaria- amariae+ amariah- amarian+ amariana- amarianna-
amarie- amariea- amarien+ amarii+ amarilis- amarilys- amarina- amario+ amarion+ amariona- amarionna- amarious+ amaris- amarisa- amarise- amarissa-
amarius+ amariya- amariyah- amariyana- amariz- amaro+ amarra- amarre+ amarri+ amarrion+ amaru+ amary- amarya- amaryah- amaryia- amarylis-
amarys- amatullah- amaura- amauri+ amauria- amauriah- amaurie+ amaurion+ amauris+ amaury+ amay+ amaya- amayah- amayia- amayiah- amayra-
amayrani- amayrany- amaziah+ amazin- amazyn- ambar- amberlee- amberleigh- amberley- amberli- amberlie- amberlin- amberlyn- amberlynn- amberrose- ambika-
ambre- ambrea- ambreal- ambree- ambrey- ambri- ambria- ambriah- ambrie- ambriel- ambriella- ambrielle- ambry- ambyr- amea- ameah-
amear+ amedeo+ amee- ameen+ ameena- ameenah- ameera- ameerah- ameeria- ameia- ameila- ameilia- ameir+ ameira- ameirah- amel+
amela- ameli- ameliah- ameliana- amelio+ ameliya- ameliyah- amellia- amely- amelya- amelyah- amena- amenah- amer+ amera- amerah-
amere+ ameria- ameriah- ameriana- americo+ americus- amerie- amerika- amerion+ ameris- ameriya- ameriyah- amerra- ames+ amey+ ameya-
ameyah- amia- amiah- amias+ amiaya- amica- amiee- amiel+ amiela- amier+ amiera- amierah- amiere+ amiir+ amija- amijah-
amika- amila- amilah- amilcar+ amilea- amilee- amiley- amilia- amilian- amiliana- amilio+ amilleon- amillia- amillian- amilliana- amillion-
amillya- amily- amilya- amilyah- amilyn- amin+ amina- aminah- aminata- aminta- amira- amiracle- amirah- amire+ amiree- amiri+
amiria- amirr+ amirra- amirrah- amiryah- amisa- amisadai- amisaday- amisha- amishi- amit+ amita- amitai+ amith+ amitoj+ amiya-
amiyah- amjad+ amma- ammaar+ ammar+ ammara- ammarie- amme- ammerie- ammi- ammie- ammon+ ammy- amna- amnah- amneet-
amogh+ amolika- amoni- amonie- amonni- amonta+ amontae+ amontay+ amonte+ amonti+ amorah- amore- amoree- amorette- amori+ amoria-
amorie- amoura- amoya- amoz+ amparo- amr+ amra- amran- amreen- amri- amrie- amriel- amrit+ amrita- amritha- amro+
amrom+ amron+ amrutha- amryn- amsi- amulya- amunique- amya- amyah- amyas+ amyia- amyiah- amyla- amylah- amylee- amylia-
amylynn- amyr+ amyra- amyracle- amyrah- amyree- amyri- amyria- amyriah- amyrie- anaaya- anab- anabela- anabell- anabeth- anacamila-
anacaren- anacarolina- anaclara- anacristina- anadalay- anadelia- anadia- anae- anaeli- anaelle- anagabriela- anagha- anah- anahi- anahis- anahit-
anahita- anahla- anahli- anahly- anahy- anai- anaia- anaiah- anaid- anaih- anaija- anaijah- anailah- anaili- anaira- anairis-
anais- anaisa- anaisabel- anaise- anaisha- anaiya- anaiyah- anaiz- anaja- anajah- anajulia- anaka- anakaren- anakin+ anala- analaura-
analea- analeah- analee- analeese- analei- analeigh- analeigha- analeise- analena- analese- anali- analia- analiah- analice- analicia- analie-
analilia- analina- analis- analisa- analisia- analissa- analisse- analiyah- analiz- analiza- analize- analleli- anallely- analucia- analuisa- analuiza-
analy- analyah- analyce- analycia- analyn- analynn- analys- analysa- analysia- analyssa- analysse- anam- anamari- anamaria- anamarie- anamika-
anan+ anand+ ananda- anani- ananiah- ananias+ anant+ ananth+ ananya- anapaola- anapatricia- anapaula- anara- anareli- anarely- anari-
anaria- anariah- anarie- anarosa- anarose- anas+ anasha- anasia- anasofia- anasophia- anass+ anastacia- anastacio+ anastasha- anastashia- anastasija-
anastasio+ anastasios+ anastasiya- anastasya- anastaysia- anastazia- anastazja- anastin- anastyn- anatalia- anavel- anavi- anavictoria- anay- anaya- anayah-
anayeli- anayelli- anayely- anayha- anayi- anayia- anayiah- anayla- anays- anaysha- anayshia- anaysia- anberlin- ancel+ andalasia- andalyn-
anddy+ ande- andel+ andelyn- anden+ ander+ andersen+ andersson+ andia- andilyn- andin+ andjela- andon+ andoni+ andony+ andora-
andrae+ andralyn- andraya- andreah- andreanna- andreea- andreia- andreina- andreis+ andrek+ andrell+ andreo+ andreu+ andreus+ andrewjames+ andrews+
andreya- andreyah- andrez+ andri+ andrian+ andrianna- andric+ andrick+ andriea- andrielle- andrik+ andrina- andriy+ andro+ andromeda- andru+
andrue+ andruw+ andry+ andrya- andrzej+ andyn+ anea- anecia- anee- aneek+ aneesa- aneesah- aneesh+ aneesha- aneila- aneira-
aneisa- aneisha- aneka- anel- anela- aneli- anelia- aneliese- anelis- anelise- anelisse- aneliz- anella- anelle- anelly- anely-
anelys- aneres- aneri- anes+ anesa- anesha- anesia- anessa- anessia- aneth- aneudy+ anevay- aneya- aneyah- anfernee+ angad+
angalina- angeldaniel+ angeldavid+ angeldejesus+ angelea- angeleah- angelee- angeleen- angeleena- angeleigh- angelena- angelene- angeles- angelese- angelgabriel+ angeliah-
angelice- angelicia- angelick- angelie- angeliese- angelik- angeliki- angelin- angelinah- angelinne- angelino+ angelis- angelisa- angelise- angelissa- angelisse-
angelito+ angeliyah- angeliz- angelize- angeljesus+ angell- angella- angellee- angelli- angellie- angellina- angelline- angello+ angelly- angellynn- angelmanuel+
angelmarie- angelos+ angelus+ angely- angelyn- angelyna- angelyne- angelynn- angelynne- angelys- angelyse- angelyssa- angenie- angi- angielina- angilee-
anguel+ anh- anhar- aniah- anias+ aniaya- aniayah- anibal+ aniceto+ anicia- anie- aniece- aniel+ aniela- aniella- aniesa-
aniesha- anieya- anieyah- anihya- aniiya- aniiyah- anija- anijah- anijha- anik+ anika- anikah- anike- aniken+ aniket+ aniketh+
anikin+ anikka- anila- anilah- anilya- anina- anique- anira- anirah- aniruddh+ anirudh+ anis+ anisa- anisah- anish+ anisha-
anishka- anisia- anissia- anisten- aniston- anisty- anistyn- anival+ anivea- aniya- aniyah- aniyan- aniyha- aniyia- aniyiah- aniyjah-
aniyla- aniylah- aniza- anja- anjalee- anjali- anjalie- anjalina- anjan+ anjana- anjanae- anjani- anjay+ anjel+ anjelia- anjelica-
anjelika- anjelina- anjelique- anjelita- anjelo+ anjelyn- anjolaoluwa- anjoli- anjolie- anjolina- anju- anjuli- ankit+ ankita- ankith+ ankur+
anmarie- anmol+ annabeth- annacarolina- annacatherine- annaclaire- annaclara- annagail- annagrace- annah- annahi- annai- annais- annajulia- annaka- annakaren-
annakate- annalaura- annalea- annaleah- annalease- annalecia- annaleece- annaleese- annalei- annaleia- annaleigh- annaleigha- annaleise- annalena- annalese- annali-
annalia- annalicia- annalie- annalina- annalis- annalisa- annalisia- annalissa- annalisse- annaliyah- annaliz- annaliza- annalize- annalucia- annaluisa- annaluiza-
annaly- annalyce- annalycia- annalyn- annalynn- annalys- annalysa- annalyse- annalysia- annalyssa- annalysse- annamae- annamay- annan+ annarose- annas+
annasofia- annasophia- annastacia- annastasia- annastazia- annaston- annastyn- annavictoria- annaya- annayah- anndee- anndrea- annebelle- anneka- anneke- annel-
anneli- annelie- annelies- annelisse- anneliz- annella- annelyse- anner+ annesophie- annessa- annet- anneth- annett- anney- annia- anniah-
annibelle- annica- annicka- annika- annikah- annikka- annisa- anniston- annistyn- anniya- anniyah- annmary- annslee- annsleigh- annsley- annya-
annyah- anola- anoop+ anora- anouk- anoush- anoushka- anquan+ ansar+ anselmo+ ansen+ ansh+ ansha- anshel+ anshi- anshika-
anshu+ anshul+ anslee- ansleigh- anslie- antanasia- antania- antaniya- antaniyah- antara- antario+ antasia- antavion+ antavious+ antavius+ antawan+
antawn+ anterrion+ anthany+ anthone+ anthonee+ anthonella- anthoney+ anthoni+ anthonie+ anthonio+ anthonyjohn+ anthuan+ antigone- antione+ antionette- antionne+
antjuan+ antoin+ antoino+ antolin+ antonela- antonette- antoniah- antonios+ antonious+ antonique- antonis+ antoniyo+ antonyo+ antorio+ antowan+ antravious+
antrell+ antron+ antrone+ antuan+ antuane+ antwain+ antwan+ antwane+ antwanette- antwann+ antwaun+ antwine+ antwione+ antwoine+ antwon+ antwone+
antwonette- antwuan+ anu- anubis+ anuhea- anuhya- anuj+ anum- anuoluwa- anuoluwapo- anurag+ anureet- anusha- anushka- anushree- anushri-
anuva- anvay+ anvi- anvika- anvita- anvitha- anwaar- anwar+ anwen- anwesha- anwita- anwitha- anyae- anyah- anycia- anye-
anyeli- anyelin- anyelina- anyelo+ anyely- anyi- anyia- anyiah- anyjah- anyjha- anyla- anylah- anyri- anysa- anysha- anysia-
anyssa- anzel+ anzley- aodhan+ aoi- aoife- aoki- aolani- aolanis- aonesty- aparna- apolinar+ apolline- apollo+ apollonia- apollos+
apolo+ apolonia- apolonio+ apphia- apryl- apurva- aqeel+ aqib+ aqsa- aquarius+ aquil+ aquiles+ aquinnah- aquira- araceli- aracelia-
aracelie- aracelis- aracelli- aracelly- aracely- aradia- arael+ araeya- araf+ arafat+ aragon+ arah- arai- araina- araiyah- arali-
araly- aralyn- aralynn- aralynne- aram+ arami- aramis+ aran+ arantxa- arantza- aranza- aras+ araseli- arasely- arash+ arath+
arav+ aravind+ araya- arayah- arayia- arayla- arayna- arbay- arben+ arber+ arcadia- arcadio+ arcangel+ arcelia- archana- archisha-
archit+ archita- archith+ ardell+ ardi+ ardin+ ardit+ ardyn- arean+ areana- areanna- areeb+ areeba- areebah- areej- areg+
areil- areionna- arek+ areli- arelie- arelis- arella- arelly- arely- arelys- aremy- aren+ arend+ areon+ areona- areonna-
ares+ areti- areya- areyana- areyanna- arfa- argel+ argelia- argenis+ arhaan+ arham+ arhan+ arhiana- arhianna- arhum+ ariadna-
ariah- ariahna- arial- ariam- arian+ arianah- ariane- ariani- arianis- ariann- arianna- ariannah- arianne- arianni- ariannie- arianny-
ariano+ ariany- arias+ ariatna- ariauna- ariaunna- arib+ aribah- aribella- aric+ arica- aricela- aricella- aricely- arick+ aricka-
ariday- arieal- arieana- arieanna- ariele- arielis- ariell- ariely- arielys- arien+ arienna- arieon+ arieona- arieonna- aries+ arieyana-
arieyanna- ariez+ arif+ arihana- arihanna- arihant+ arijana- arik+ arika- arilyn- arilynn- arina- arinze+ arinzechukwu+ arion+ ariona-
arionna- arionne- aris+ arisa- arisbel- arisbeth- arisha- arissa- aristea- aristeo+ aristides+ ariston+ aritra+ aritza- aritzy- arius+
ariv+ ariya- ariyah- ariyahna- ariyan+ ariyana- ariyanah- ariyanna- ariyannah- ariyon- ariyona- ariyonna- ariz+ ariza- arizbeth- arjan+
arjav+ arjay+ arjen+ arjun+ arjuna+ arkady+ arkell+ arla- arlando+ arleigh- arleni- arleny- arlet- arleth- arlett- arlind+
arlis+ arliss+ arlo+ arlynn- armaan+ armani+ armanie- armany+ armari+ armarion+ armel+ armen+ armida- armina- arminda- armita-
armon+ armond+ armondo+ armonee- armoni- armonie- armonte+ armya- arna- arnav+ arnel+ arnela- arnell+ arnez+ arno+ arnulfo+
aroldo+ arora- aroura- aroush- arpan+ arpit+ arpita- arran+ arrayah- arren+ arriah- arrian+ arriana- arrianna- arrick+ arrie-
arriel- arrielle- arrington+ arrion- arriona- arrionna- arriyana- arriyanna- arryana- arryanna- arsalan+ arsema- arsen+ arsenio+ arseniy+ arsh+
arshad+ arshan+ arshaun+ arshawn+ arshdeep+ arshia- arshiya- arslan+ artasia- artavia- artavious+ artavis+ artavius+ artem+ artemio+ artez+
arth+ artin+ artis+ artorius+ artrell+ artyom+ arul+ arun+ aruna- arunima- arush+ arushi- arvid+ arvind+ arwa- arwen-
arwyn- ary+ arya- aryaa- aryaan+ aryah- aryahi- aryahna- aryam- aryaman+ aryana- aryanah- aryani- aryann- aryanna- aryannah-
aryav+ arye+ aryeh+ aryel- aryella- aryelle- aryhanna- aryia- aryiah- aryiana- aryianna- aryk+ arynn- aryon+ aryona- aryonna-
aryssa- arzu- asaad+ asad+ asael+ asaf+ asah+ asahel+ asaiah+ asani- asante+ asanti- asaph+ asar+ ascher+ aseel-
aseem+ asha- ashaad+ ashad+ ashan+ ashana- ashani- ashanna- ashanta- ashante- ashanti- ashanty- ashar+ ashara- ashari- asharia-
asharie- ashaud+ ashaun+ ashaunti- ashawn+ ashawna- ashawnti- ashay- ashaya- ashayla- ashaz+ ashden+ ashdon+ ashe- asheley- ashelyn-
ashelynn- asheton+ ashford+ ashika- ashima- ashira- ashish+ ashita- ashiya- ashiyah- ashland- ashlea- ashleen- ashlei- ashleymarie- ashleyn-
ashliegh- ashling- ashlinn- ashlley- ashlye- ashlyn- ashlynd- ashlyne- ashlynn- ashlynne- ashmi- ashmit+ ashna- ashni- ashon+ ashraf+
ashrita- ashrith+ ashritha- ashston+ ashtan+ ashten+ ashtian+ ashtin+ ashtyn- ashtynn- ashunti- ashur+ ashutosh+ ashvath+ ashvik+ ashvin+
ashwath+ ashwika- ashwin+ ashya- ashyah- ashyia- ashyla- ashyra- asiah- asiana- asianae- asianna- asiel+ asif+ asijah- asim+
asir+ asira- asiya- asiyah- asja- asjah- askari+ askia+ aslan+ asley- asli- aslin- aslyn- aslynn- asma- asmaa-
asmahan- asmara- asmi- asmita- ason+ aspyn- aspynn- asra- assata- assyria- astara- astaria- asten+ astha- asthon+ astin+
aston+ astoria- astou- astrea- astryd- asucena- asul- asusena- asya- asyah- asyria- ata+ atalaya- atalia- atalie- atalya-
atara- atari+ atavia- atem+ atena- athalia- athaliah- athalie- athan+ athanasia- athanasios+ athanasius+ atharv+ atharva+ athea- atheena-
athen+ athens+ athina- athziri- athziry- atia- atiana- atianna- atif+ atika- atilano+ atilla+ atina- atira- atiya- atiyah-
atiyana- atlantis- atlas+ atlee+ atleigh- atley+ atrayu+ atreju+ atreus+ atreyu+ attia- atticus+ attikus+ attila+ attison- atul+
atzel+ atzin+ atziri- atziry- aubery- aubin+ aubre- aubrea- aubreana- aubreanna- aubrei- aubreigh- aubreonna- aubreyana- aubreyann- aubreyanna-
aubri- aubria- aubriana- aubriann- aubrianna- aubrianne- aubrieanna- aubriee- aubriegh- aubriel- aubriella- aubrielle- aubrin- aubrina- aubriona- aubrionna-
aubryana- aubryanna- aubrye- aubryn- aubrynn- audel+ audelia- auden+ audia- audiana- audianna- audrea- audreana- audreanna- audree- audreena-
audrena- audreyana- audreyanna- audri- audria- audriana- audrianna- audric+ audrick+ audriena- audrienne- audrina- audrinah- audrinna- audryana- audryanna-
audryna- audyn+ augustino+ aujanae- aulani- aulelei- auna- aundra+ aundray+ aundraya- aundre+ aundrey+ aundreya- aundria- aunesti- aunesty-
aung+ aunica- aunika- aunisty- aunna- aunya- aureliana- aureliano+ aurelio+ auren+ auri- auriana- aurianna- aurick+ auriel- auriella-
aurielle- auron+ aurorah- aury- ausar+ ausha- austan+ auston+ austyn+ austynn- autiana- autry+ autum- autumnrose- autymn- avabella-
avaclaire- avaeh- avagrace- avah- avala- avalee- avaleigh- avaley- avalin- avalina- avaline- avalon- avalyn- avalynn- avalynne- avamae-
avamarie- avan+ avana- avaneesh+ avangelina- avangeline- avani- avanish+ avanna- avannah- avanni- avant+ avantae+ avante+ avanti+ avantika-
avaree- avarey- avari- avarie- avarose- avary- avasophia- avaya- avayah- avea- aveah- avee- aveena- aveion+ avel+ avelardo+
avelina- avelyn- avelynn- aven+ avenir+ aveon+ averee- averey- averi- averiana- averianna- averie- averly- averyana- averyanna- averyonna-
avey- aveya- aveyah- aveyon+ avi+ avia- aviah- aviana- avianah- aviance- avianna- aviannah- avidan+ aviel+ aviela- aviella-
avielle- avien+ aviendha- avigail- avigayil- avik+ avila- avilene- avin+ avina- avinash+ avion+ aviona- avionna- aviral+ avish+
avishai+ avishi- avital- aviv+ aviya- aviyana- aviyanna- aviyon+ avleen- avneet- avner+ avni- avnish+ avon+ avona- avonlea-
avonna- avontae+ avontay+ avonte+ avory- avraham+ avrahom+ avree- avrey+ avri- avriana- avrianna- avrie- avriel- avrielle- avrik+
avrohom+ avrum+ avry+ avryl- avy- avyana- avyanna- avyn+ avyon+ avyonna- avyukt+ avyukth+ awa- awab+ awbree- aweis+
awwab+ axcel+ axell+ axelle- axl+ axsel+ axton+ axtyn+ axzel+ aya- ayaa- ayaan+ ayaana- ayaat- ayahna- ayak-
ayaka- ayala- ayame- ayan+ ayana- ayanah- ayane- ayani- ayanna- ayannah- ayanni- ayano- ayari- ayasha- ayat- ayauna-
ayda- aydah- aydan+ aydden+ ayde- aydee- aydelis- aydeliz- ayden+ aydenn+ aydenne- aydia- aydian+ aydin+ aydn+ aydon+
aydrian+ aydrie- aydrien+ aydun+ aydyn+ aye- ayelen- ayelet- ayelin- ayen- ayerim- ayesha- ayham+ ayhem+ ayiana- ayianna-
ayinde+ ayisha- ayjah- ayla- aylah- aylan+ aylana- aylani- ayleah- aylee- ayleen- aylen- aylene- ayleth- ayli- ayliah-
aylin- aylina- ayline- aylinn- aylissa- aylla- aylyn- ayman+ aymar- aymara- ayme- aymee- aymen+ ayniah- aynslee- aynsley-
ayodeji+ ayoki- ayomide+ ayomikun+ ayona- ayonna- ayooluwa- ayoub+ ayra- ayrabella- ayram- ayren+ ayriana- ayrianna- ayriel- ayris-
ayron+ ayrton+ aysa- ayse- aysenur- aysha- ayshia- aysia- aysiah- ayslin- ayson+ ayssa- aythan+ ayub+ ayumi- ayuna-
ayush+ ayushi- ayuub+ ayva- ayvah- ayven+ ayvin+ ayvion+ ayvree- ayyan+ ayyub+ ayza- ayzia- aza- azaan+ azad+
azadeh- azael+ azahel+ azahria- azai+ azaiah+ azaira- azaleah- azalee- azalia- azaliah- azalyn- azalynn- azam+ azan+ azana-
azani- azar+ azara- azarah- azarea- azareel+ azarel+ azareya- azari- azaria- azariah- azarian+ azarias+ azarie- azariel+ azarion+
azariya- azariyah- azarria- azarriah- azarya- azaryah- azavier+ azavion+ azaya- azayla- azaylia- azazel+ azeem+ azekiel+ azel+ azelia-
azelyn- azelynn- azeneth- azera- azeria- azeriah- azhar+ azharia- azhia- azia- aziah- aziel+ azim+ azion- azir+ azira-
azirah- aziya- aziyah- aziz+ aziza- azizah- azka- azlan+ azlin- azlyn- azlynn- azon+ azoria- azra- azrael+ azreal+
azriel+ azriela- azriella- azrielle- aztlan+ azucena- azul- azumi- azura- azuri- azusena- azya- azyah- azyiah- azyria- azyriah-
azza- azzareya- azzaria- azzure- babacar+ babatunde+ baboucarr+ babyboy+ babygirl- baden+ bader+ baelee- baeleigh- baeley- baeli- baelie-
baelin+ baer+ baha+ bahar- bahja- baila- bailea- bailei- baileigh- bailen+ baili- bailynn- bain+ baine+ bairo+ bairon+
bakar+ bakari+ bakary+ bakir+ baldemar+ baldomero+ baleigh- balen+ baleria- baley- bali- balian+ balie- balin+ baltazar+ balthazar+
banesa- banessa- bania- bannon+ bao+ baraa+ barack+ barak+ baraka+ barakah- baran+ barett+ bariah- barrington+ bartek+ bartolo+
bartolome+ bartosz+ baruch+ basel+ basha- bashar+ basheer+ bashir+ basilia- basim+ basir+ basma- bassam+ bassheva- bassirou+ basya-
batel- batool- batoul- batu+ batuhan+ batul- batya- bauer+ bautista+ baxton+ bayan- bayden+ bayla- bayle- baylea- baylee-
baylei- bayleigh- baylen+ bayler+ bayley- bayli- baylian+ baylie- baylin+ baylon+ baylor+ bayly- baylyn- baylynn- bayro+ bayron+
bearett+ beata- beatris- beauden+ beaumont+ beautifull- beckam+ beckem+ becker+ becket+ beckett+ beckham+ beecher+ behr+ beila- bejamin+
bek+ bekah- bekim+ bekka- bela- belal+ belanna- belem- belen- belkis- bellagrace- bellah- bellamarie- bellamia- bellamy- bellarae-
bellarose- bellatrix- belma- benaiah+ benancio+ bence+ benecio+ benet+ benett+ beniah+ benicia- benicio+ benigno+ benjaman+ benjamine+ benjamyn+
benjermin+ benjiman+ benjimen+ benjimin+ benna- bensen+ bently+ bentzion+ benuel+ beny+ benzion+ beonca- bereket+ berel+ berenise- bergen+
berish+ berkay+ berklee- berkleigh- berklie- berl+ berlin- berlyn- berlynn- bernabe+ bernardino+ bernell+ berniece- berra- bertin+ besan-
besart+ betania- betanya- bethan- bethaney- bethani- bethania- bethanie- bethann- bethlehem- bethsaida- bethzy- betina- betsabe- betsaida- bettie-
bettyann- betul- betzabel- betzabeth- betzaida- betzaira- betzalel+ betzayda- betzayra- betzi- betzy- beverlyn- beyla- beyonca- beyonce- beza-
bharath+ bhargav+ bhargavi- bhavana- bhavesh+ bhavi- bhavin+ bhavya- bhuvan+ biagio+ biana- bianey- bianna- bianney- bibiana- bielka-
bijan+ bikram+ bilal+ bina- binah- bindi- binh+ binta- binti- bintou- binyamin+ binyomin+ bionca- biridiana- bisan- bishoy+
bisma- bitanya- bitia- biviana- bj+ blace+ bladen+ bladimir+ bladyn+ blaiden+ blaik+ blaike+ blaise+ blaize+ blakeleigh- blakely-
blakelyn- blakley- blanka- blanton+ blas+ blayde+ blayden+ blayk+ blayke+ blayn+ blayse+ blayten+ blayton+ blayz+ blayze+ blessen-
blessin- blessyn- blima- blimi- blimie- blimy- blissany- blu- bluma- bly+ boaz+ bobbiejo- bodee+ boden+ bodey+ bodhi+
bodi+ bodie+ bodin+ bodyn+ boe+ boedy+ boen+ boey- bogdan+ bohdan+ bolton+ boluwatife+ bon+ bonham+ bonifacio+ bora+
boruch+ bosco+ bosten+ boston+ bostyn- boubacar+ bowan+ bowden+ bowdy+ bowen+ bracelyn- bracey+ bracha- bracie- brackston+ bradden+
braddock+ bradee- bradey+ bradi- bradie- bradin+ bradlee+ bradleigh- bradlyn+ bradon+ bradyn+ braedan+ braeden+ braedin+ braedon+ braedy+
braedyn+ braegan+ braelan+ braelee- braeleigh- braelen+ braeley- braeli- braelin+ braelon+ braely- braelyn- braelynn- braelynne- braeton+ braheem+
brahm+ braian+ braidan+ braiden+ braidon+ braidyn+ brailee- braileigh- brailen+ brailey- brailon+ braily- brailyn- brailynn- braison+ bralee-
braleigh- bralen+ braley- bralin+ brallan+ bralon+ bralyn+ bralynn- branae- brandalyn- brandan+ brandee- brandii- brandin+ brandis- brando+
brandol+ brandom+ brandonlee+ brandt+ braniah- braniya- braniyah- branna- brannan+ branndon+ brannen+ bransen+ branson+ branston+ bransyn+ brantlee+
brantly+ branton+ branwen- branya- brashaun+ brason+ braulio+ braun+ braven+ brawley+ braxden+ braxdon+ braxdyn+ braxen+ braxon+ braxston+
braxtan+ braxten+ braxtin+ braxton+ braxtyn+ braxxton+ braya- brayah- brayam+ brayan+ brayanna- brayant+ braycen+ braydan+ brayde+ braydee-
brayden+ braydi- braydin+ braydn+ braydon+ braydyn+ brayen+ brayla- braylan+ braylea- braylee- brayleigh- braylen+ brayley- brayli- braylie-
braylin+ braylinn- brayln+ braylon+ braylyn- braylynn- brayn+ braynt+ brayon+ braysen+ brayson+ brayten+ brayton+ brazos+ bre- brea-
breah- breahna- breaja- breajah- brealyn- brealynn- breana- breanah- breandan+ breann- breanna- breannah- breasia- breauna- breaunna- breawna-
breck+ breckan+ brecken+ breckin+ brecklyn- brecklynn- breckon+ breckyn- breea- breean- breeana- breeann- breeanna- breeanne- breeleigh- breeley-
breelle- breely- breelyn- breelynn- breeona- breez- breezie- brehanna- brei- breia- breiana- breianna- breidyn+ breigh- breindel- breindy-
breion+ breionna- brek+ breken+ brekin+ brekken+ breklyn- brekyn- brelan+ breland+ brelee- breleigh- brelyn- brelynn- brenae- brenan+
brendalee- brendalyn- brendy- brendyn+ brenen+ brenham+ brenin+ breniya- breniyah- brenlee- brenleigh- brenley- brenli- brenlie- brenly- brenlyn-
brennah- brenner+ brennin+ brennon+ brennyn- brenon+ brenson+ brenten+ brentin+ brentlee- brentley+ brently+ brenton+ brentyn+ brenya- brenyn+
breon+ breona- breonah- breonna- breshawna- breslin+ breslyn- breslynn- bretton+ breuna- breunna- brevan+ breven+ brevin+ brevon+ brevyn+
brexton+ breya- breyana- breyanna- breydan+ breyden+ breydon+ breyen+ breyer+ breylan+ breylen+ breylin+ breylon+ breyon+ breyona- breyonna-
breyton+ brezlyn- bri- briah- briahna- briahnna- briajah- brianah- brianca- brianda- briann- briannah- brianni- briannon- brianny- briany-
briara- briasia- briauna- briaunna- briayan+ briceida- bricen+ briceson+ briceton+ briceyda- bricia- bricyn+ bridger+ bridgett- bridgid- bridgit-
bridgitte- brie- brieana- brieann- brieanna- briel- briele- brielee- briell- briella- brielle- brielynn- brienna- brienne- brieonna- brigett-
brigette- brighid- brighton+ brihana- brihanna- brilee- brileigh- briley- brilyn- brilynn- brin- brinae- brinda- brinden+ brindley- brindon+
briniya- brinklee- brinkley- brinlee- brinleigh- brinley- brinlie- brinly- brinlyn- brinnley- brinsley- brinson+ brinton+ briona- brionna- brisa-
briseida- briseidy- briseis- briselda- brisen+ briseyda- brisia- brisny- brison+ brissa- brisseida- brissia- bristol- briston+ bristyn- britani-
britanny- britany- brithany- brithney- britlee- britlyn- britnee- britny- brittain+ brittanie- brittanny- britten+ britthany- brittin- brittlyn- brittnee-
brittny- britton+ brittyn- brityn- britzel- britzy- brix+ brixton+ briya- briyah- briyan+ briyana- briyanna- briyona- briyonna- briza-
brizeida- brizeyda- brizia- brizzia- broady+ broc+ brocha- brockton+ brodan+ brode+ brodee+ broden+ brodey+ brodi+ brodin+ brodric+
brodrick+ brodyn+ broedy+ brogen+ broghan+ brolin+ broly+ bronsen+ bronsyn+ bronte- bronwen- bronwyn- bronx+ brookelin- brookelle- brookelyn-
brookelynn- brookelynne- brooklan- brooklee- brooklen- brookley- brooklin- brooklinn- brooklyn- brooklyne- brooklynn- brooklynne- broxton+ brucha- bruchy- bruk+
bruna- brya- bryah- bryam+ bryanah- bryand+ bryanda- bryann+ bryanna- bryannah- bryanne- bryar+ brycelyn- brycelynn- brycen+ bryceson+
bryceton+ brycin+ brydan+ bryden+ brydon+ bryelle- bryen+ bryer+ bryhanna- brylan+ brylea- brylee- brylei- bryleigh- brylen+ bryler+
bryley- bryli- brylie- brylin- brylon+ brylyn- brylynn- bryndan+ brynden+ bryndon+ brynja- brynlee- brynlei- brynleigh- brynley- brynli-
brynlie- brynnan- brynnen- brynner+ brynnlee- brynnleigh- brynnley- brynnlie- brynnly- bryona- bryonna- bryse+ bryseida- brysen+ bryshawn+ brysin+
bryson+ bryssa- brystal- brysten+ brystol- bryston+ brysun+ brysyn+ bryten+ bryton+ buckley+ bulmaro+ burach+ burak+ burhan+ bushra-
byanca- byanka- byata- caaden+ cabot+ cabren+ cace+ cacee- cadan+ cadance- cadarius+ cadden+ cade+ cadee- cadel+ cadell+
caden+ cadey- cadi- cadia- cadie- cadien+ cadience- cadin+ cadince- cadon+ cady- cadyn+ cadynce- caedan+ caeden+ caedence-
caedin+ caedmon+ caedon+ caedyn+ cael+ caela- caelan+ caeleb+ caeleigh- caelen+ caeley- caeli- caelia- caelie- caelin+ caellum+
caelum+ caely- caelyn- caelynn- caera- caetano+ caetlyn- cahlil+ caia- caid+ caidan+ caidance- caiden+ caidence- caidin+ caidon+
caidyn+ caidynce- caige+ cail+ caila- cailah- cailan+ cailean+ caileb+ cailee- caileigh- cailen+ cailey- caili- cailie- cailin-
caillou+ cailyn- cailynn- cain+ cainan+ caine+ cainen+ cainon+ caio+ caira- cairo+ caisen+ caison+ cait- caitlan- caitlen-
caitlyn- caitlyne- caitlynn- caitlynne- caitriona- caius+ caiya- cala- calab+ calah- calahan+ calais- calandra- calaya- calayah- calden+
calder+ calea- caleah- caleal+ caled+ caledonia- calee- calei- caleigh- caleigha- calek+ calel+ calem+ calen+ caley- cali-
calia- caliah- caliana- caliann- calianna- calianne- calib+ calie- calieb+ caliegh- caliel+ calil+ calin+ calina- calis- calise-
calissa- calista- calixto+ caliya- caliyah- callaghan+ callahan+ callan+ callaway- calle- callee- calleigh- callen+ callia- calliah- calliana-
callieann- calliegh- callin+ calliope- callista- calloway+ callum+ callyn- calob+ calogero+ calub+ calum+ calven+ calvert+ calvion+ calvyn+
caly- calyb+ calyn- calynn- calyse- calyssa- calysta- camani- camar+ camara- camaree+ camaren+ camari+ camaria- camariah- camarie-
camarion+ camariyah- camaron+ camauri+ camaya- cambell- cambelle- cambrea- cambree- cambrey- cambri- cambriah- cambrie- cambrielle- cambron+ cambry-
cambrya- cambryn- camdan+ camden+ camdin+ camdon+ camdyn- camdynn- camello+ camelo+ cameran+ cameren+ camerin+ camerion+ camerron+ cameryn-
camia- camiah- camie- camielle- camil+ camilah- camilia- camill- camillia- camillo+ camilo+ camira- camirah- camiya- camiyah- cammeron+
camora- camorah- camoren+ camori- camorra- campbell- camran+ camree- camren+ camri- camrie- camrin+ camron+ camry- camryn- camrynn-
camy- camya- camyia- camyiah- camyla- camylle- camyra- cana- candance- candelaria- candelario+ canden+ candence- candido+ candon+ candyce-
canek+ canin+ caniya- caniyah- cannan+ cannen+ cannin+ cantrell+ canya- caoilainn- caoilinn- caoimhe- capone+ capri- capucine- carabella-
caragh- carah- caralee- caralena- caralina- caraline- caralyn- caralynn- caramia- cardae+ cardarius+ cardell+ carden+ carder+ cardin+ cardon+
cardyn- careena- carell+ carely- cariah- cariana- carianna- caridad- caridee- carigan- carime- carinna- carinne- caris- carisa- carisma-
cariss- carizma- carlasia- carlea- carlei- carleigh- carlena- carles+ carlesia- carli- carlia- carlianne- carlicia- carlisa- carlise- carlisle-
carlissa- carlito+ carlitos+ carliyah- carlon+ carlosdaniel+ carlson+ carlton+ carlyann- carman- carmello+ carmelo+ carmichael+ carmin- carmindy- carmya-
carmyn- carmyne+ carnell+ carolanne- caroleena- carolena- carolyna- carra- carrah- carrera- carriana- carrick+ carrieann- carrieanne- carrigan- carrington-
carrisa- carron+ carrson+ carsan+ carsen+ carsin+ carsten+ carston+ carsyn- cartez+ cartier+ carvell+ carynn- carys- caryss- caryssa-
casanova+ caselyn- casen+ casha- cashawn+ cashel+ cashen+ cashis+ cashius+ cashlin+ cashlyn- cashton+ cashus+ casia- casidee- casidy-
casimir+ casimiro+ casin+ casius+ casmir+ cason+ casondra- caspian+ cassady- cassara- cassen+ cassian+ cassiana- cassidee- cassidey- cassidi-
cassidie- cassidy- casten+ caston+ castor+ casyn+ catalena- catalina- catalino+ catarino+ catelin- catelyn- catelynn- caterin- caterine- catheryn-
catheryne- cathlyn- catia- catilyn- catlyn- catlynn- cato+ caton+ catori- catrell+ caulin+ cauy+ cavalli+ cavan+ caven+ cavin+
cavion+ cavon+ caya- cayce+ caycee- cayd+ caydan+ caydance- cayde+ caydee- cayden+ caydence- caydin+ caydince- caydn+ caydon+
caydyn+ cayetano+ cayl+ caylah- caylan- cayle+ caylea- cayleb+ caylee- cayleigh- caylen- cayley- cayli- caylie- caylin- caylob+
caylon+ caylor+ caylyn- caylynn- caymen+ cayne+ caynen+ cayo+ caysen+ cayson+ caytlen- caytlin- caytlyn- cayton+ ceaira- ceairra-
ceana- ceanna- ceara- ceasar+ ceaser+ ceasia- ceazia- ceceilia- cecilie- cecillia- cecy- cecylia- cedra- cedria- cedrick+ ceejay+
ceili- ceira- cejay+ celena- celes- celest- celestino+ celicia- celin- celise- celiyah- celso+ celvin+ cely- cemiyah- cenia-
ceniya- ceniyah- ceon+ ceona- ceonna- cephas+ cera- ceren- cerena- cerenity- ceriah- cerina- cerinity- cerissa- cervando+ cerys-
cesario+ cesia- cesilia- ceyda- ceylin- cezar+ chace+ chaden+ chadric+ chadrick+ chael+ chaela- chaeli- chaelyn- chai+ chaiden+
chailyn- chaitanya+ chakong+ chalino+ chalyn- chamar+ chamiya- chamya- chana- chananya+ chanaya- chanceler+ chancelor+ chandan+ chandani- chanden+
chandlar- chandlor+ chandon+ chanel- chanell- chanelle- chaney- chani- chania- chanice- chanie- chanina+ chaniya- chaniyah- chanler+ channah-
channelle- channing+ channon- chanoch+ chanse+ chante- chantel- chantell- chantelle- chantz+ chany- chanya- chanyah- chanz+ chanze+ chara-
charan+ charbel+ chardae- chardonnay- chariah- charidy- charisa- charish- chariti- chariya- chariyah- charizma- charlea- charlee- charlei- charleigh-
charlese- charlet- charlett- charlette- charli- charliegh- charlii- charlise- charlize- charlsey- charlsie- charly- charlye- charlyn- charlyze- charmayne-
charna- charolette- charon- charron+ charvez+ charvi- chaselyn- chaselynn- chasen+ chaseton+ chasey- chasidy- chasitee- chasiti- chasitie- chasity-
chaskel+ chaslyn- chason+ chassidy- chassity- chastan+ chastin+ chaston+ chatham+ chau- chaun+ chauncy+ chava- chavez+ chavi- chavie-
chavis+ chavy- chay+ chaya- chayanne+ chayce+ chayden+ chayenne- chayim+ chayla- chaylee- chayne+ chayse+ chaysen+ chayson+ chayston+
chayton+ chaz+ chaze+ chazity- chazlyn- chazlynn- chazz+ chealsea- chealsy- chedva- cheick+ cheikh+ cheila- chelbi- chelby- chelcee-
chelci- chella- chellsie- chelsee- chelsi- chelsia- chenelle- cheney+ cheniya- chenoa- cheree- cherelle- cheridan- cherith- cherlin- cherokee-
cherrish- cherysh- cheskel+ chesky+ chesley- chesnee- chesney- chesni- chesnie- chessa- chessie- chetan+ chevelle- cheveyo+ chevie- chevis+
chey- cheyan- cheyane- cheyann- cheyanna- cheyanne- cheyeanne- cheyene- cheyenna- cheyenne- cheyla- cheylynn- cheynne- chezky+ chezney- cheznie-
chiam+ chiamaka- chiana- chianne- chianti- chiara- chibueze+ chibuike+ chibuikem+ chicago+ chidera- chidi+ chidinma- chidubem+ chigozie+ chika-
chike+ chikezie+ chilyn- chima+ chimamanda- chimaobi+ chimdi+ chimere- chinedu+ chinelo- chinemerem+ chinenye- chinmay+ chinonso+ chinyere- chioma-
chirag+ chiron+ chirstopher+ chisom- chistian+ chistopher+ chizara- chloeann- chloeanne- chloee- chloelynn- chloemarie- chloey- chloie- chloye- chol+
chole- chrisangel+ chrisean+ chrisette- chrishaun+ chrishawn+ chrishelle- chrishiya- chrishon+ chrislyn- chrislynn- chriss+ chrissa- christabelle- christain+ christalynn-
christana- christanna- christapher+ christasia- christelle- christena- christepher+ christhopher+ christia- christiaan+ christianjames+ christianna- christianne- christien+ christion+ christiona-
christionna- christipher+ christiyana- christo+ christobal+ christofer+ christofher+ christohper+ christon+ christopherjame+ christyan+ christyana- christyn- chryssa- chrystian+ chrystina-
chrystopher+ chukwubuikem+ chukwudi+ chukwuebuka+ chukwuemeka+ chukwuka+ chukwuma+ chyane- chyann- chyanna- chyanne- chyenne- chyla- chyler- chyna- chynah-
chynna- cian+ ciana- cianah- ciani- cianna- ciannah- cianni- ciara- ciarah- ciaran+ ciarra- cicilia- ciclaly- cidney- cieanna-
ciela- cielle- cielo- ciena- cienna- ciera- cierra- cierrah- cilicia- cillian+ cimone- cimora- cincere+ cindel- cing- ciniya-
ciniyah- cinthia- cinthya- cintia- cion+ cionna- cipriana- cipriano+ circe- cire- ciri- cirsten- citlali- citlalli- citlally- citlaly-
ciya- cj+ claira- clairice- clairissa- clancy+ claris- clarisa- claritza- clariza- claryssa- clayden+ clayre- clayten+ claytin+ cleidy-
cleighton+ clete+ clevon+ cliffton+ clifton+ cline+ clinton+ clodagh- cloee- cloey- cloi- cloie- clowie- coalton+ cobain+ cobe+
coben+ cobey+ cobi+ cobie+ cobin+ coby+ coden+ codey+ coen+ cohan+ cohen+ cohl+ cohner+ coi+ colbe+ colben+
colbey+ colbi- colbie- colbin+ colden+ coldin+ coleby+ coleden+ colee- coleson+ coleston+ coleton+ coletyn+ coley- colie- collins+
collyn+ colm+ colsen+ colson+ colston+ colt+ colten+ coltin+ colton+ coltrane+ coltyn+ columbus+ colvin+ colyn+ compton+ conal+
conall+ concepcion- concetta- conlan+ conlee- conley+ conlin+ connar+ connell+ connelly+ conner+ connolly- conor+ constantinos+ constanza- contessa-
contrell+ copelan+ copeland+ corah- coralee- coraleen- coraliz- coralynn- coran+ corazon- corban+ corben+ corbitt+ corbyn+ corda+ cordae+
cordai+ cordale+ cordarian+ cordarius+ cordaro+ cordasia- corday+ corde+ cordel+ cordelle+ corden+ cordera+ cordero+ coree+ coren+ corena-
coreyon+ coreyona- corgan+ corian+ coriana- corianna- corielle- corin+ corinn- corinthia- corion+ corionna- corleone+ corley- cormac+ corneilus+
cornelio+ cornelious+ cornellius+ coron+ corra- corran+ correll+ correon+ corrianna- corrigan+ corrin- corrion+ corron+ corryn- cortana- cortavious+
cortland+ cortlin+ cortlyn- cortlynn- cortnee- cortnei- cortni- corvell+ corvin+ corvon+ corvus+ corwin+ coryana- coryn- corynn- corynne-
coryon+ coty+ coulson+ coulton+ coumba- couper+ courteney- courtez+ courtland+ courtlyn- courtlynn- courtnee- courtnie- courtny- covin+ cowan+
cowen+ coye+ cozette- crayton+ cree- creede+ creedence+ creedon+ crescencio+ cressa- creston+ crewe+ crisanto+ criselda- crishawn+ crishon+
crislyn- crislynn- crispin+ criss+ crist+ cristan+ cristel- cristela- cristhian+ cristhofer+ cristiana- cristianna- cristino+ cristo+ cristofer+ cristofher+
cristopher+ cristoval+ croix+ cru+ crue+ cruz+ cruze+ cruzito+ crystalyn- crystalynn- crystel- crystian+ crystin- crystina- crystofer+ cuahutemoc+
cuauhtemoc+ curren+ currin+ curstin- curtez+ curtiss+ cuyler+ cyana- cyane- cyani- cyann- cyanna- cyanne- cyanni- cyara- cyarah-
cyarra- cyasia- cydnee- cydney- cydni- cydnie- cyenna- cyerra- cyion+ cyla- cylah- cylan+ cylas+ cyle+ cylee- cyleigh-
cyler+ cylie- cylis+ cylus+ cymone- cynae- cynai- cynara- cyncere+ cynia- cyniah- cyniya- cyniyah- cyntia- cyra- cyrena-
cyrene- cyress+ cyria- cyriah- cyris+ cyson+ cytlali- cytlaly- daana- daania- daanish+ daaron+ dabria- dacari+ dacen+ dacian+
dacoda+ dacota+ dade+ dadrian+ dadrien+ daegan+ daegen+ daegon+ daeja- daejah- daejon+ daela- daelan+ daelen+ daelin+ daelon+
daelyn- daelynn- daemen+ daemian+ daemien+ daemion+ daemyn+ daena- daequan+ daerion+ daeron+ daesean+ daesha- daeshaun+ daeshawn+ daeshon+
daesia- daeson+ daeton+ daeveon+ daevian+ daevin+ daevion+ daevon+ daeyon+ daffne- dafne- dafnee- dafny- dagan+ dagem+ dagen+
dagmawi+ dagoberto+ dagon+ dahiana- dahir+ dahlila- dahlton+ dahlya- dahlyla- dahmir+ daiana- daianna- daichi+ daiden+ daigan+ daija-
daijah- daijha- daijon+ daila- dailan+ daileen- dailen+ dailene- dailey+ dailin- dailon+ dailyn- dailynn- daimen+ daimeon+ daimian+
daimien+ dain+ daina- daine+ dainen+ daion+ daionna- daiquan+ daira- daire+ dairin- dairon+ daisa- daisean+ daisee- daisha-
daishaun+ daishawn+ daishon+ daisia- daison+ daissy- daiton+ daiven+ daiveon+ daivion+ daivon+ daivyon+ daiyon+ daizy- daja- dajae-
dajah- dajahnae- dajana- dajanae- dajanay- dajaun+ dajean+ dajia- dajion+ dajohn+ dajon+ dajour+ dajuan+ dakarai+ dakari+ dakayla-
dakhari+ dakhia- dakira- dakiya- dakiyah- dakoda+ dakodah+ dakori+ dakota+ dakotah- dakotta+ daksh+ daksha- dakyla- dakyra- dala-
dalai- dalaila- dalaina- dalal- dalan+ dalana- dalaney- dalani- dalanie- dalanna- dalasia- dalaya- dalayah- dalayla- dalayna- dalaysia-
daleah- dalen+ dalena- daleon+ dalesha- dalessandro+ daley- dali- daliah- daliana- dalianna- dalice- dalilah- dalin+ dalina- dalinda-
dalisa- daliya- daliyah- dallan+ dallana- dallen+ dallie- dallin+ dallyn+ dallys- dalon+ dalonte+ dalson+ dalten+ daltin+ daltyn+
dalvin+ daly- dalya- dalyah- dalyce- dalyla- dalylah- dalyn+ dalynn- dalziel+ damain+ damaire+ damaiya- damaj+ daman+ damani+
damarco+ damarcus+ damare+ damarea+ damaree+ damareon+ damari+ damaria- damariah- damarian+ damarie+ damarien+ damarii+ damario+ damarion+ damarious+
damarius+ damariya- damariye+ damariyon+ damariz- damarkus+ damarrea+ damarri+ damarrion+ damarrius+ damary- damaryon+ damarys- damauri+ damaury+ damaya-
damayah- damean+ dameer+ damein+ dameion+ damen+ dameon+ damere+ dameria- damerion+ dametri+ dametrius+ damia- damiah- damiana- damiani+
damichael+ damieon+ damier+ damilola- damin+ damine+ damion+ damir+ damira- damire+ damiya- damiyah- damiyon+ damond+ damondre+ damone+
damoni+ damonica- damont+ damonta+ damontae+ damontay+ damonte+ damontre+ damorian+ damya- damyah- damyan+ damyen+ damyia- damyla- damyn+
damyon+ damyra- damyria- danae- danaejah- danah- danai- danaisha- danait- danaiya- danaja- danajah- danaka- danalee- danali- danaly-
danapaola- danari+ danaria- danasha- danashia- danasia- danay- danaya- danayah- danaye- danaysha- danayshia- danaysia- dandre+ dandrea- danea-
daneah- danee- daneel+ daneen- daneida- daneil+ daneisha- daneisy- daneli- danelle- danelly- danely- danera- danesha- danessa- danett-
dang+ dangel+ dangela- dangelo+ dangkhoa+ daniah- danial+ danian+ danicah- danicka- daniell+ danielly- daniels+ daniely- daniil+ danija-
danijah- danijela- danikah- danil+ danilah- danilo+ danilyn- danilynn- danira- danis+ danisa- danisha- danity- danitza- danixa- daniya-
daniyah- daniyal+ dannae- dannah- dannalee- dannan- dannell+ danner+ dannia- dannica- danniel+ danniela- danniella- dannielle- dannielynn- dannika-
dannilynn- dannis+ dannon+ dannya- danon+ dantae+ dantes+ danthony+ danton+ dantrell+ dany+ danyah- danyal+ danyale- danyca- danye+
danyel- danyela- danyele- danyell- danyella- danyia- danyiah- danyka- danyl+ danyla- danylo+ danyra- danzel+ danzell+ daoud+ daphane-
daphanie- daphnee- daphney- daphnie- daphny- daquan+ daquarius+ daquavion+ daquon+ darah- daralyn- daran+ daray+ darbi- dareion+ darek+
darel+ dareli- darely- darelyn- darelys- dareon+ darey+ dariah- darian+ dariana- darianna- daric+ darick+ dariel+ dariela- dariell-
darielle- darien+ darienne- darieon+ darik+ darika- darilynn- darina- darinel+ darion+ dariona- darionna- darious+ daris+ daritza- dariush+
dariya- dariyah- dariyana- dariyon+ darlen- darlena- darlenne- darleny- darlin- darlyn- darlyne- darnelle+ darnesha- darnisha- darold+ darra-
darragh+ darrah- darran+ darrean+ darrent+ darreon+ darria- darrian+ darriana- darric+ darriel- darrielle- darrien+ darrion+ darriona- darrious+
darris+ darrius+ darriyah- darron+ darry+ darryan+ darryle+ darryll+ darryn+ darryon+ darsh+ darshan+ dartagnan+ dartanian+ darvin+ dary+
daryan+ daryana- daryanna- daryel+ daryll+ daryon+ daryus+ dasan+ dasani- daschel+ daschle+ dasean+ dasen+ dashae- dashan+ dashanti-
dashaun+ dashauna- dashawn+ dashawna- dashay- dashayla- dashel+ dashell+ dashia- dashiel+ dashiell+ dashiyah- dashley- dashon+ dashuan+ dashun+
dashyia- dasia- dasiah- dasir+ dason+ datavious+ dathan+ daton+ datrell+ daud+ daughtry+ daulton+ daundre+ daunte+ dava- davae-
davaeh- davan+ davanee- davaney- davani- davanie- davante+ davari+ davarian+ davarion+ davaris+ davarius+ davasia- davaughn+ davaun+ davaya-
daved+ daveigh- daveion+ davell+ davelle+ davena- daveon+ daveyon+ davi+ davia- davian+ daviana- davianna- daviaun+ davidjames+ davidjeremiah+
davidjr+ daviel+ davien+ davieon+ davier+ daviere+ davinci+ davinity- davion+ daviona- davione+ davionna- davionne+ davison+ daviyon+ davone+
davonn+ davonna- davonne+ davonta+ davontae+ davontay+ davonte+ davontre+ davyan+ davyn+ davyne- davyon+ dawan+ dawayne+ dawid+ dawit+
dawon+ dawood+ dawoud+ dawsen+ dawson+ dawsyn+ dawton+ dawud+ dax+ daxen+ daxin+ daxon+ daxson+ daxten+ daxter+ daxton+
daxtyn+ daxx+ daya- dayami- dayamin- dayamir- dayamit- dayamy- dayan+ dayana- dayanara- dayanari- dayani- dayanira- dayanis- dayanna-
dayannara- dayanne- dayanni- dayany- daycee- daycen+ dayden+ dayeli- dayiana- dayion+ dayja- dayla- daylah- daylan+ daylee- dayleen-
daylen+ daylene- dayleon+ daylia- daylin+ daylon+ daylyn+ daylynn- daymein+ daymen+ daymeon+ daymian+ daymien+ daymion+ daymon+ daymond+
dayn+ daynah- dayne+ dayon+ dayona- dayonna- dayquan+ dayra- dayrin- dayron+ daysan+ daysean+ daysen+ daysha- dayshaun+ dayshawn+
dayshia- dayshon+ daysi- daysia- daysie- dayson+ daysun+ dayten+ daytin+ dayton+ daytona- dayven+ dayveon+ dayvian+ dayvien+ dayvin+
dayvion+ dayvon+ dayyan+ dayzie- dazani- dazaria- dazavion+ dazia- daziah- dazie- dazire- daziya- daziyah- dazlynn- deaaron+ deadrian+
deagan+ deagen+ deaglan+ deago+ deagon+ deaira- deairah- deairra- deaisa- deaisha- deaja- deajah- deaken+ deakin+ deakon+ deakyn+
deandra- deandrae+ deandre+ deandrea- deandria- deangel- deangela- deangelo+ deann- deannah- deantae+ deante+ deanthony+ deantre+ deara- deari-
deariah- dearies+ dearion+ dearius+ deasha- deashawn+ deashia- deasia- deasiah- deasya- deauna- deaundra- deaundre+ deaunte+ deaven+ deaveon+
deavion+ deavon+ deaysia- debanhi- debany- debrah- debron+ decameron+ decari+ decarion+ decarlos+ decatur+ decimus+ deckard+ decklan+ decklin+
declan+ decorey+ decorian+ decorion+ dedan+ deddrick+ dedrianna- dedric+ dedrick+ deeana- deeanna- deedra- deegan+ deejay+ deeksha- deema-
deen+ deenah- deepak+ deepika- deeric+ deetya- deeya- defne- degan+ dehaven+ dehlila- deicy- deidra- deidrick+ deigo+ deija-
deijah- deion+ deiona- deiondra- deiondre+ deionna- deiontae+ deionte+ deisha- deisi- deissy- deisy- deitrich+ deitrick+ deivi+ deivy+
deizel+ deja- dejah- dejai- dejan+ dejana- dejanae- dejanay- dejaun+ dejay+ dejean+ dejia- dejion+ dejohn+ dejon+ dejuan+
dekari+ dekayla- dekendrick+ dekevion+ dekira- dekker+ deklan+ deklen+ deklin+ deklyn+ dekon+ dekorion+ dekota+ delaiah- delaila- delailah-
delaina- delaine- delainee- delainie- delainy- delan+ delana- delancey- delando+ delane- delanee- delani- delanie- delante+ delany- delara-
delasia- delayla- delayna- delayne- delaynee- delayney- delayni- delaynie- delaysia- deldrick+ deleena- delena- deleon+ delfina- delfino+ deliah-
deliana- delianna- deliany- delicia- deliliah- delina- delio+ delisa- delisha- delissa- deliyah- delma- delmi- delmy- delon+ delonta+
delontae+ delonte+ delphina- delroy+ delsin+ delsy- delton+ delvin+ delvis+ delvon+ delwin+ delwyn+ delyla- delylah- dema- demani+
demar+ demarco+ demarcus+ demare+ demarea+ demari+ demaria- demariae+ demarian+ demarie+ demarien+ demario+ demarion+ demarionna- demarious+ demaris+
demarius+ demarkis+ demarko+ demarkus+ demarlo+ demarques+ demarquez+ demarquis+ demarr+ demarri+ demarrio+ demarrion+ demarus+ demauri+ demaurie+ demaurion+
demaya- demba+ demecia- demere+ demetreus+ demetriana- demetric+ demetrice+ demetrick+ demetrie+ demetrio+ demetrios+ demetrious+ demetruis+ demetrus+ demetry+
demi- demia- demiah- demian+ demiana- demichael+ demir+ demiracle- demitra- demitri+ demitria- demitrios+ demitrius+ demitrus+ demiya- demiyah-
demond+ demondre+ demone+ demoni+ demonie+ demont+ demonta+ demontae+ demontay+ demonte+ demontez+ demontray+ demontre+ demontrell+ dempsey+ demya-
demyah- demyan+ demyia- demyiah- denae- denaisha- denaja- denajah- denaly- denard+ denaria- denasia- denay- denaya- denayah- denea-
deneisha- denesha- deng+ denia- deniah- denico+ deniel+ denielle- denika- denilson+ deniro+ denisa- denisha- denisia- denison+ deniss-
denisse- deniya- deniyah- deniz+ denize- dennise- dennisse- dennys+ denton+ denya- denym- denysse- denzel+ denzell+ denzil+ deo+
deon+ deona- deondra- deondrae+ deondray+ deondre+ deondrey+ deonna- deonnie- deonta+ deontae+ deontay+ deonte+ deontez+ deontray+ deontre+
deovion+ dequan+ dequarius+ dequavion+ dequavious+ dequincy+ deray+ derean+ dereck+ dereion+ dereka- derell+ derelle+ deren+ dereon+ dereona-
dereonna- deria- derian+ derianna- deric+ derica- dericka- derico+ derik+ derika- derin+ derion+ deriona- derionna- derius+ deriyah-
deriyon+ deron+ derran+ derreck+ derrel+ derrell+ derren+ derreon+ derrian+ derriana- derrianna- derric+ derrica- derricka- derrien+ derrin+
derrion+ derriona- derrionna- derrius+ derryck+ derryk+ derryl+ derya- deryan+ deryck+ deryk+ deryn- desani- desarae- desaray- desaree-
desarey- desean+ deserae- deseray- deseree- deserie- desha- deshae- deshan+ deshanti- deshaun+ deshawn+ deshawna- deshay- deshiya- deshon+
deshun+ desia- desiah- desiderio+ desiray- desiraye- desirea- desirey- desiyah- deslyn- desman+ desmariah- desmin+ desmon+ despina- dessa-
dessie- dessirae- destanee- destaney- destani- destanie- destany- desten+ desteni- destenie- desteny- destin+ destinee- destiney- destini- destinie-
destinny- deston+ destry+ destyn+ destyne- destynee- destyni- destynie- desyre- detavion+ detravion+ detrick+ deundre+ deunta+ deuntae+ devaeh-
deval+ devanee- devaney- devani- devanie- devanny- devansh+ devanshi- devante+ devany- devari+ devarian+ devarion+ devaris+ devaughn+ devaun+
deveion+ deven+ deveon+ devereaux+ devesh+ devian+ devika- devine- devinity- devinn+ devion+ devionne+ devlyn+ devlynn- devona- devondre+
devone+ devonn+ devonta+ devontae+ devontay+ devonte+ devontez+ devony- devorah- devory- devrin+ devron+ devyn+ devyne+ devynn- dewan+
dewaun+ dewayne+ dewight+ dewin+ dewon+ dexton+ deya- deyana- deyanira- deyanna- deyci- deyjah- deylan+ deyna- deyon+ deyonna-
deyra- deysha- deyshawn+ deysi- deysy- deyton+ deyvi+ dez+ dezarae- dezarai- dezaray- dezaraye- dezaria- dezerae- dezeray- dezi-
deziah- dezirae- deziray- dezire- dezirea- deziree- deziya- deziyah- dezman+ dezmariah- dezmarie- dezmen+ dezmin+ dezmon+ dezmond+ dezmund+
deztiny- deztyni- dezya- dezyre- dhairya+ dhalia- dhani+ dhanush+ dhanvi- dhanya- dhara- dharma- dheeraj+ dhilan+ dhir+ dhiren+
dhiya- dhriti- dhruti- dhruv+ dhruva+ dhruvi- dhwani- dhyan+ diago+ diala- diallo+ diamon- diamonique- diamonte+ dianara- diandre+
dianela- dianelis- dianelly- dianely- dianelys- dianey- diangelo+ diani- dianira- dianney- diante+ diany- diar+ diara- diarra- diasia-
dibanhi- dickson+ didier+ diella- diem- dierks+ dierra- diezel+ digna- dihanna- dijon+ dijuan+ dilana- dilany- dilara- dilcia-
dilia- dililah- dillan+ dillen+ dillian+ dillin+ dillinger+ dillion+ dillyn+ dilon+ dilpreet+ dilraj+ dilver+ dilyn- dilynn- dima-
dimarco+ dimarion+ dimas+ dimitar+ dimitra- dimitrios+ dimitris+ dimitrius+ dimitriy+ dimya- dinara- dinari+ dinora- diny- diogo+ diomar+
diona- diondra- diondre+ dionel+ dioni- dionicio+ dionna- diontae+ dionte+ dionysios+ dior- diora- disaya- disha- dishawn+ dishon+
divina- divit+ divya- divyne- dixon+ diya- diyana- diyar+ diyari+ diyonna- diyor+ django+ djay+ djeneba- djibril+ djimon+
djuan+ dkayla- dlaney- dlila- dlyla- dmani+ dmarco+ dmarcus+ dmari+ dmario+ dmarion+ dmarius+ dmarkus+ dmauri+ dmetrius+ dmichael+
dmitriy+ dmitry+ dmiya- dmiyah- dmon+ dmontae+ dmya- dnasia- dnaya- dniya- dniyah- dnyla- doaa- doha- dohnovan+ dolan+
dolton+ domani+ domanic+ domanick+ domanik+ domanique- domenica- domenick+ domenik+ domenique+ dominico+ dominika- dominiq+ dominque+ dominyc+ dominyk+
domminick+ domnic+ domnick+ domonic+ domonick+ domonik+ domonique- domynic+ domynick+ donaciano+ donaji- donald+ donaldo+ donasia- donatella- donathan+
donato+ donavan+ donaven+ donavin+ donavyn+ dondre+ donell+ donesha- donevan+ donevin+ doniel+ donika- donisha- donivan+ doniven+ donivin+
donivon+ donnasia- donnavan+ donnaven+ donnavin+ donnelle+ donnisha- donnivan+ donnivin+ donnovan+ donoven+ donovin+ donovon+ donovyn+ donta+ dontae+
dontai+ dontarius+ dontasia- dontavian+ dontavion+ dontavious+ dontavis+ dontavius+ dontay+ dontaye+ donte+ dontea+ dontel+ dontell+ donterious+ donterrius+
dontez+ dontrae+ dontravious+ dontray+ dontre+ dontrel+ dontrell+ dontrelle+ dony+ donya- donyae+ donye+ donyell+ donzell+ doran+ dorcas-
dorean+ dorell+ doren+ doriana- dorianna- dorien+ dorin+ dorion+ dorismar- dorman+ doron+ dorrell+ dorrian+ dorsey+ doryan+ dovber+
dovid+ dovie- dquan+ dracen+ draco+ draconis+ draden+ draeden+ draedyn+ draegan+ dragan+ draiden+ draiven+ draken+ drako+ drashawn+
draven+ dravin+ dravyn+ drayden+ draydin+ draydon+ drayk+ drayke+ draylen+ draylon+ drayson+ drayton+ drayven+ drayvin+ drea- dreama-
dreanna- dreauna- dreden+ dredyn+ drelan+ drelen+ drelin+ drelon+ drelyn+ drelynn+ dreonna- drequan+ dresden+ dresean+ dreshaun+ dreshawn+
dreson+ dreveon+ drevin+ drevion+ drevon+ drexel+ dreya- dreydan+ dreyden+ dreydon+ dreylon+ dreyon+ dreyson+ dreyton+ drezden+ drilon+
drishti- driss+ dristen+ drue- dryden+ drystan+ dsean+ dshaun+ dshawn+ dshon+ dua- duaa- duan+ duante+ dublin+ duc+
dugan+ duha- dujuan+ dulcemaria- dunia- dunya- dupree+ duran+ durell+ durham+ duriel+ duron+ durrell+ durriyah- durron+ duru-
dusan+ dushawn+ dustan+ dustee- dusten+ dusti- dustie- dustin+ duston+ dustyn+ duval+ duvan+ duwayne+ duy+ dvaughn+ dvir+
dvon+ dvonte+ dvyne- dwaine+ dwan+ dwane+ dyami+ dyamond- dyanara- dyani- dyemond- dylana- dyland+ dylanie- dylanjames+ dylann-
dylanne- dylen+ dylin+ dyllan+ dyllen+ dyllin+ dyllon+ dylon+ dylyn+ dylynn- dymir+ dymon- dymond- dynasia- dynastee- dynasti-
dynastie- dynisty- dyon+ dyonna- dyquan+ dyron+ dysen+ dyshaun+ dyshawn+ dyson+ dyvon+ dziah- dzyre- eaden- eadon+ eaen+
eagan+ eain+ eamonn+ ean+ eann+ earon+ eashan+ eason+ easten+ eastin+ easton+ eastyn- eathan+ eathen+ eathin+ eaton+
eavan- eaven+ eban+ ebany- ebelin- ebelyn- eber+ eberardo+ ebert+ ebin+ eboni- ebonie- ebraheem+ ebrahim+ ebrima+ ecko-
ecrin- ector+ edda- edden+ edder+ eddieberto+ eddiel+ eddison+ eddrick+ edel+ edelin- edelyn- edem+ edenilson+ eder+ ederson+
ediberto+ ediel+ edilberto+ edilson+ edina- edir+ edis+ edison+ edlyn- edman+ edmond+ edmundo+ edoardo+ edon+ edras+ edrei+
edrian+ edric+ edrick+ edrina- edris+ edson+ edu+ eduar+ eduarda- eduin+ edvin+ edwar+ edwardo+ edwards+ edwen+ edwing+
edwinn+ edwuin+ edwyn+ edyn- edyta- eeliyah- eera- eero+ eesa+ eesha- eeshan+ eeva- efe+ efraim+ efrain+ efrin+
efstathia- ege+ eh+ ehab+ ehan+ ehlana- ehren+ ehsan+ ehtan+ eian+ eidan+ eiden+ eila- eilan+ eilee- eilene-
eiley- eilidh- eilin- eiliyah- eilleen- eily- eilyn- eimi- eimmy- eimy- ein+ einar+ eion+ eira- eirene- eirik+
eirinn- eisa- eisen+ eisha- eisley- eita+ eitan+ eithan+ eithen+ eiza- ej+ ejay+ ekaansh+ ekansh+ ekaterini- ekin+
eknoor- eko+ ekram- elad+ eladio+ elah- elai+ elaijah- elainah- elainna- elaiza- elajah- elam+ elanah- elani- elania-
elanie- elanna- elanor- elany- elara- elaria- elasia- elaya- elayjah- elayna- elaynah- elaysha- elaysia- elazar+ elazia- elba-
elber+ elbis+ elchanan+ elchonon+ elda- eldana- eldar+ eldrick+ eldwin+ elea- eleah- eleana- eleanna- eleazar+ elecia- eleena-
eleesa- eleftheria- eleina- elek+ elektra- elen- elenie- elenna- elenor- eleny- eleonor- eleora- eleri- elese- elesia- eleuterio+
elexa- elexia- elexis- elexius- elexus- eleya- eleyna- elgin+ elhadj+ elhadji+ elham- eliab+ eliah+ eliahna- eliajah+ eliam+
elian+ eliana- elianah- eliane- eliani- elianie- elianis- elianna- eliannah- eliannie- elianny- eliany- eliara- eliasar+ eliav+ eliaz+
eliazar+ eliazer+ eliberto+ elice- eliceo+ elida- elidia- elieana- eliel+ elienai- elier+ elieser+ eliezar+ eliezer+ elif- eligah+
eligh+ eligio+ elii+ eliijah+ elija+ elijaah+ elijahjames+ elijan+ elijay+ elijha+ elijiah+ elijio+ elijuah+ elika- elim+ elimelech+
elin- elina- elio+ elion+ eliona- elior+ eliora- eliott+ elira- elis- elisabel- elisah+ elisandra- elisandro+ elisea- eliseo+
elishah+ elisheva- elishia- elisia- eliska- elisse- elisya- eliu+ eliud+ elius+ eliut+ elivia- eliya- eliyah- eliyahu+ eliyana-
eliyanna- eliyas+ elizabella- elizabeta- elizabethann- elizabethmarie- elizah- elizandro+ elizar+ elizaveta- elize- elizebeth- elizer+ elizeth- elizia- eliziah+
elizibeth- eljay+ eljin+ elkin+ elky- ellagrace- ellah- ellaina- ellajean- ellakate- ellamae- ellamarie- ellana- ellanie- ellanor- ellanora-
ellanore- ellarae- ellarie- ellarose- ellasandra- ellason- ellasyn- ellayna- ellea- elleana- elleanna- elleanor- ellee- elleigh- ellena- ellenor-
ellenore- elleri- ellerie- ellexis- elley- ellia- elliah- ellian+ elliana- ellianah- elliann- ellianna- elliannah- ellias+ ellice- ellicia-
ellieanna- elliet- elliette- ellijah+ ellin- ellina- ellington- ellinor- elliona- ellionna- elliotte- ellisa- ellise- ellison- ellisyn- ellivia-
elliyah- elliyana- ellizabeth- elloise- ellora- ellorie- ellory- ellsie- ellyana- ellyanna- ellyce- ellyonna- ellysa- ellyse- ellysia- ellyson-
ellyssa- elma- elmedin+ elmedina- elmi+ elmin+ elmina- elnathan+ elodia- elodie- elohim+ elon+ elona- elorah- elouise- elowen-
elowyn- eloy+ elpidio+ elsha- elson+ eluzer+ elvia- elviz+ elway+ elya+ elyan+ elyana- elyanah- elyanna- elyas+ elyce-
elycia- elye+ elyja+ elyjah+ elyjiah+ elyna- elynn- elyon+ elysa- elysabeth- elysse- elyssia- elyza- elyzabeth- elza- emaad+
emaan- emad+ emah- emalea- emalei- emaleigh- emaley- emali- emalie- emalina- emaline- emaly- emalyn- emalynn- eman- emanee-
emani- emanie- emanii- emanual+ emanuela- emanuella- emanuelle- emanuelly- emaree- emari- emarie- emarion+ emary- emauri+ emaya- emberlee-
emberli- emberly- emberlyn- emberlynn- embry- eme- emeka+ emelee- emeli- emeliana- emelie- emelin- emelio+ emelly- emely- emelyn-
emeraude- emeree- emeri- emeric+ emerick+ emerie- emeril+ emerly- emersen- emersyn- emersynn- emerzon+ emet+ emi- emia- emiah-
emie- emigdio+ emiko- emil+ emilea- emileah- emileigh- emileo+ emiley- emiliana- emilianna- emiliano+ emilija- emilina- emillia- emilliano+
emillie- emillio+ emilly- emilo+ emilya- emilyann- emilyanne- emilyelizabeth- emilyn- emilynn- emilyrose- emin+ emina- emine- emira- emirah-
emireth- emitt+ emiya- emiyah- emjay- emmabelle- emmaclaire- emmagrace- emmah- emmajane- emmajean- emmajo- emmakate- emmalea- emmaleah- emmalei-
emmaleigh- emmalena- emmalene- emmali- emmalia- emmalie- emmalin- emmalina- emmalise- emmalou- emmaly- emmalyne- emmalyse- emmamae- emmamarie- emmanual+
emmanuela- emmanuell+ emmanuella- emmanuelle- emmarae- emmarie- emmarose- emmary- emme- emmelia- emmelie- emmely- emmelyn- emmerie- emmersen- emmerson-
emmersyn- emmilee- emmilia- emmily- emmitt+ emmory- emmry- emmylou- emnet- emon+ emond+ emonee- emoni- emonie- emonni- emonnie-
emontae+ emonte+ emony- emoree- emori- emorie- emrah+ emran+ emre+ emree- emrey- emri- emrick+ emrie- emrik+ emron+
emry- emrys+ emsley- emunah- emy- emya- emyah- emyli- emylia- emylie- emyr+ emyrson- ena- enajah- enan+ enaya-
ender+ endi+ endia- endiya- endy+ endya- enedina- eneida- enes+ england- enijah- enio+ eniola- enis+ eniya- eniyah-
enjoli- enma- enmanuel+ enna- enoc+ enola- enri+ enrrique+ enslee- ensley- enson+ envee- enver+ enya- enyah- enyla-
enza- enzi+ enzo+ eoghan+ eoin+ eowyn- ephram+ epifanio+ equan+ erabella- eragon+ erandi- erandy- erasmo+ erasto+ erblin+
eren+ erendida- erendira- erez+ eri+ erian+ eriana- erianah- erianna- eriberto+ ericah- erickah- erickson+ ericson+ ericsson+ eriel-
erielle- erikah- erikka- erikson+ eriksson+ erilyn- erini- eriny- erion+ eriona- erionna- eriq+ erique+ eris- eriyana- eriyanna-
eriyonna- erjon+ erlan+ erlin+ erlinda- ermal+ ernan+ ernestina- erol+ eron+ eros+ errin- erron+ erubiel+ erum- ervey+
erving+ eryanna- eryck+ eryk+ eryka- erykah- erynn- eryx+ erza- esa+ esabel- esabella- esai+ esaiah+ esaias+ esau+
esaul+ esbeidy- escarlet- escher+ eseosa- esequiel+ esgar+ esha- eshaal- eshaan+ eshal- eshan+ eshana- eshani- eshawn+ eshika-
eshwar+ esi- esiah+ esias+ esli- esly- esmae- esmee- esmerai- esmerelda- esmond+ esosa+ espen+ esperansa- esperanza- esrom+
essam+ essance- essense- essex+ essynce- estanislao+ estee- estefani- estefania- estefanie- estefanny- estefano+ estefany- estela- esten+ estephani-
estephania- estephanie- estephany- esteven+ estevon+ esthefany- esthela- estin+ estiven+ eston+ estreya- estuardo+ esty- esveidy- esvin+ eswin+
etai+ etana- ethanael+ ethangabriel+ ethaniel+ ethanjacob+ ethanjames+ ethanmichael+ ethen+ ethin+ ethne- ethon+ ethyn+ ettel- euan+ eulalia-
eulalio+ eulises+ eulogio+ eunique- eusebio+ evah- evalani- evalee- evaleigh- evalen- evalena- evalene- evalette- evalie- evalin- evalina-
evaline- evalyn- evalynn- evalynne- evalyse- evamaria- evamarie- evana- evander+ evanee- evangaline- evangeleen- evangelene- evangelos+ evangelyn- evangelyne-
evangelynn- evani- evanie- evann+ evanna- evannie- evanny- evans+ evany- evaristo+ evee- evelen- evelena- evelett- evelette- eveli-
evelia- evelio+ evellyn- evely- evelyna- evelyne- evelynn- evelynne- evemarie- eveny- everardo+ everest+ everet+ everette+ everhett+ everitt+
everlee- everleigh- everley- everlin- everly- everlyn- everson+ everton+ evette- evgenia- evi- evia- evian- eviana- evianna- evilin-
evilyn- evodio+ evolet- evoleth- evolett- evolette- evon- evonie- evonna- evonnie- evony- evren+ evrett+ evva- evyenia- evynn-
ewa- ewelina- exael+ exavier+ exavior+ exequiel+ exzavier+ exzavior+ eya- eyad+ eyal+ eyan+ eyana- eyanna- eyasu+ eydan+
eyden+ eyla- eyleen- eylin- eymi- eyob+ eyoel+ eyon+ eyonna- eytan+ eythan+ eyva- ezabella- ezana+ ezariah+ ezekial+
ezequias+ eziah+ ezikiel+ ezinne- ezkiel+ ezrah+ ezrie- ezriel+ faaris+ faatima- fabiana- fabianna- fabiha- fabiola- fabion+ fabrice+
fabricio+ fabrisio+ fabrizio+ fabrizzio+ fabyan+ facundo+ fadel+ fadi+ faduma- fadumo- fadwa- faelyn- fahad+ fahed+ faheem+ fahim+
fahima- fahmi+ faiga- faige- faigy- faisal+ faithann- faithanne- faithe- faithlyn- faithlynn- faithmarie- faiz+ faiza- faizaan+ faizah-
faizan+ faizon+ fajr- falicia- falicity- falisha- fallou+ fallyn- falon- falyn- falynn- fani- fanta- fany- faraz+ fardeen+
fardowsa- fareed+ farha- farhan+ farhana- farheen- farhiya- farhiyo- faria- farid+ farida- fariha- faris+ faron+ farouk+ farren-
farrin- fartun- faruq+ faryal- faryn- farzana- fateen+ fateh+ fatema- fathima- fatim- fatima- fatimata- fatma- fatmata- fatou-
fatouma- fatoumata- fatuma- fatumata- faustino+ fausto+ favian+ faviana- favio+ faviola- fawaz+ fawzia- faybian+ fayez+ faylynn- faysal+
fe- febe- feben- fedra- feiga- feliciana- feliciano+ felicita- felicitas- felicite- feliciti- felina- felisa- felton+ felyx+ fenix+
fenley- fenton+ feras+ fergie- ferman+ fermin+ ferrari- ferrin- feven- fher+ fia- fidencio+ filemon+ filiberto+ filipe+ filomena-
filsan- finbar+ fineas+ finian+ finlee- finleigh- finnbar+ finnean+ finneas+ finnegan+ finneus+ finnian+ finnigan+ finnley+ finola- fintan+
finton+ fionn+ fionnuala- fiorela- fiorella- fiori- firas+ fischer+ fishel+ fiza- fizza- flannery- flavia- flavio+ florencio+ florentino+
floridalma- folasade- folashade- fortino+ fotini- fouad+ foxx+ fradel- frady- fraida- fraidy- francella- francely- franceska- franchesca- franchesco+
francheska- francia- franck+ franco+ frandy+ franka- frankee- franki- franko+ fransheska- frantz+ freddrick+ fredis+ fredrik+ fredy+ freja-
freya- frida- frimet- froilan+ froylan+ fruma- fryda- fuad+ furaha- furkan+ furqan+ fynn+ gabbriel- gabbriella- gabbrielle- gaberial+
gaberiel+ gabija- gabino+ gable+ gabrael+ gabreal+ gabreil+ gabreilla- gabrella- gabrelle- gabrial+ gabrian+ gabriana- gabrianna- gabrielah- gabriellah-
gabrielly- gabrien+ gabriyel- gabryel+ gabryela- gabryella- gabryelle- gabryl+ gabryle+ gaddiel+ gadge+ gadiel+ gaea- gaelen+ gaelle- gaetana-
gaetano+ gahel+ gaige+ gaije+ gaines+ gaje+ galia- galilea- galileah- galilee- galileo+ galit- galo+ galya- galylea- gamalier+
gamya- ganelle- ganesh+ gania- ganon+ gaonou- garang+ garcia+ gared+ garen+ garet+ garett+ gargi- garin+ garion+ garison+
garnett+ garo+ garon+ garren+ garrin+ garrit+ garritt+ garron+ garyn+ garyson+ gatlin+ gatlyn+ gaurav+ gauri- gautam+ gautham+
gavinn+ gavino+ gavon+ gavriel+ gavriella- gavril+ gavyn+ gavynn+ gayathri- gayatri- gaylon+ gea- geana- geanna- gedalia+ geddy+
gedeon+ geena- geethika- geetika- gehrig+ gelacio+ gelena- gelila- gelina- gema- gemari+ genae- genaro+ genasis- genavecia- genavie-
genavieve- genavive- genea- genecis- genelle- genesee- genesi- genessa- genesse- genessis- genessy- genesy- genesys- genevie- genevive- genevy-
geniah- genieve- genise- genises- genisis- geniya- geniyah- gennaro+ gennavieve- gennesis- genoveva- gentri- gentrie- geo+ geomar+ geonna-
geordan+ georgio+ georgios+ geovana- geovani+ geovanna- geovanni+ geovannie+ geovanny+ geovany+ geovonni+ geovonnie+ gerad+ geraldi- geraldin- geraldo+
geraldy- geralyn- geremiah+ geremy+ geren+ geric+ germani- germany- germari+ germarion+ geronimo+ gerrell+ gerren- gerrick+ gerrit+ gerrod+
gerron+ gershom+ gershon+ gerson+ gerzon+ geselle- gesselle- gethsemane- getsemani- getzemani- gevin+ gevon+ gezelle- ghadeer- ghassan+ ghazi+
ghita- ghulam+ giabella- giacobbe+ giada- giah- giahnna- gianah- giancarlo+ giancarlos+ gianella- gianelle- gianfranco+ giani- giankarlo+ gianluca+
gianlucas+ gianlucca+ gianmarco+ giann+ giannah- giannamarie- gianncarlo+ gianne- giannie- giannina- gianno+ gianny+ giano+ gianpaolo+ gianpiero+ giavana-
giavanna- giavanni+ giavonna- giavonni- gibram+ gibran+ gibril+ gibson+ giddeon+ gihanna- gila- gilana- gildardo+ gili- giliana- gillermo+
gilliana- gilverto+ gimena- ginamarie- ginna- gio+ gioia- giomar+ gion+ giona- gionna- gionni+ giordana- giorgios+ giovan+ giovana-
giovani+ giovanie+ giovann+ giovanne+ giovannie+ giovanny+ giovany+ giovoni+ giovonna- giovonni+ giovonnie+ gisel- gisell- giselly- gissel- gissele-
gissell- gissella- gisselle- gitel- gittel- gitty- gitzel- giulian+ giuliana- giuliani+ giulianna- giuliano+ givanna- givanni+ giya- gizel-
gizele- gizell- gizelle- gizzel- gizzelle- gladis- glendi- glendy- glinda- gloriann- glorianna- glorimar- glorya- gohan+ gohar- gonsalo+
gor+ gotti+ govani+ govanni+ govind+ gowri- gowtham+ grabiel+ grabiela- graceann- graceanne- gracee- graceland- gracelin- gracelyn- gracelynn-
gracelynne- gracemarie- gracen- gracey- graceyn- graci- graciana- gracianna- gracieann- graciela- graciella- gracielynn- graciemae- gracin+ graclyn- graclynn-
gracy- gracyn- gracynn- graden+ gradie+ gradin+ gradon+ gradyn+ grae+ graeden+ graedy+ graeson+ graesyn- grafton+ grahm+ graice-
graiden+ graidy+ graisen+ graison+ grandin+ grason+ grasyn- graycee- graycen- grayci- graycie- graycin- grayden+ graydon+ grayer+ graylin+
graylon+ graysen+ grayson+ graziella- grecia- greenlee- greenleigh- greenley- gresham+ gretchyn- grettel- greyce- greyden+ greydon+ greyer+ greysen+
greysin+ greyson+ gricelda- griffen+ griffyn+ grisel- grisell- grisham+ gryffen+ gryffin+ guadalupe- guage+ guerin+ guhan+ guilherme+ guiliana-
guilianna- guillermina- guinivere- guinness+ guiselle- guiseppe+ guliana- gulianna- gumaro+ guneet- gunnar+ gurbani- gurjot+ gurkirat+ gurleen- gurnoor-
gurpreet+ gurshaan+ gurshan+ gurveer+ gurvir+ gustabo+ gustin+ guston+ gwendalyn- gwendalynn- gwendelyn- gwendelynn- gwendolynn- gwendylan- gwenevere- gwenevieve-
gwenith- gwenivere- gwenna- gwenyth- gwyndolyn- gwynn- gwynneth- gyan+ gyanna- gyasi+ gyselle- gyzelle- haadi+ haaken+ haakon+ haaris+
haasini- haben+ habib+ habiba- haby- hadar- hadasa- hadasah- hadassa- hadassah- hadden+ haddie- haddon+ haddy- hade- hadeel-
haden+ hadessah- hadi+ hadia- hadiatou- hadiya- hadiyah- hadiyyah- hadja- hadlie- hadriel+ hady+ hadyn- haeden+ haedyn- haegan+
haelee- haeleigh- haeley- haeli- haelie- haely- haelyn- haeven- hafsa- hafsah- hagop+ haidan+ haidar+ haidee- haiden+ haider+
haidin+ haidon+ haidy- haidyn- haila- haile- hailea- haileah- hailei- haileigh- hailen- haileyann- haili- hailie- haille- hailley-
haillie- hailly- hailye- hailyn- hailynn- haim+ hairo+ haisley- haisten+ haiven- haivyn- haize+ haja- hajar- hajari+ hajer-
hajira- hajra- hakan+ hakop+ hala- halah- halaina- halana- halaya- halayna- halden+ haldrin+ halea- haleah- halee- haleem+
haleema- halei- halen+ halena- halia- haliegh- haliey- halim+ halima- halimah- halimo- halina- haliyah- halla- halle- hallee-
hallei- halleigh- hallel- hallye- halona- halston+ halton+ halyn- halynn- hamad+ hamdan+ hamdi- hamed+ hameed+ hamida- hamidou+
hamir+ hamna- hampton+ hamsa+ hamse+ hamsika- hamsini- hamza+ hamzah+ hamzeh+ han+ hanaa- hanaan- hanad+ hanadi- hanah-
hanako- hanalei- hananiah- haneef+ haneen- hani+ hania- haniah- haniel+ hanif+ hanifa- hanin- haniya- haniyah- hanley+ hannahgrace-
hannahmae- hannahmarie- hannalee- hannan- hannelore- hannia- hannibal+ hannon+ hansel+ hansen+ hansika- hansini- hanzel+ haralambos+ haran+ harel+
hari+ hariharan+ harika- harim+ harini- haris+ harish+ harith+ harjas+ harjot+ harlea- harlee- harleen- harlei- harleigh- harlem+
harlo- harlon+ harlow- harlowe- harly- harlym- harlyn- harlynn- harmani- harmanie- harmeet- harmone- harmonee- harmonei- harmoney- harmoni-
harmoniee- harmonii- harneet- harnoor- haron+ haroon+ harout+ harpreet- harsha+ harshaan+ harshal+ harshan+ harshil+ harshini- harshita- harshith+
harshitha- harsimran- hartlee- haru+ haruka- haruki+ harumi- harun+ haruto+ harutyun+ harvard+ harvin+ harvir+ harvy+ hasaan+ hasan+
hasana- hasanah- hasani+ haseeb+ haset- hashem+ hashir+ hasiel+ hasina- hasini- hasita- hasna- hasnain+ hason+ hassaan+ hassan+
hassane+ hassani+ hasset- hasti- hatcher+ hatem+ hatim+ hatziry- hava- havah- havan- havana- havanah- havanna- havannah- havilah-
havish+ havyn- hawa- hawke+ hawken+ hawkins+ hawraa- hawthorne+ haya- hayat- hayato+ haydan+ hayde- haydee- hayder+ haydin+
haydn+ haydyn+ haygen+ hayk+ hayla- hayle- haylea- haylee- hayleen- haylei- hayleigh- haylen- hayli- haylie- haylin- hayllie-
hayly- haylyn- haylynn- hays+ haytham+ hayven- hayvin- hayyan+ hayze+ hayzel- hayzen+ hazael+ hazell- hazelle- hazelyn- hazem+
hazen+ haziel+ hazim+ hazir+ hazyl- hazzel- heaton+ heavan- heavenlee- heavenleigh- heavenley- heavon- heavyn- heba- hebe- heber+
heberto+ heer- heide- heidee- heidy- heiley- heily- heilyn- heinrich+ heith+ hektor+ helam+ helaman+ helana- helayna- helder+
heleen- heleena- helem- heli- heliana- helina- helio+ helios+ hellen- helly- helmer+ hema- hemerson+ hemi- hena- henchy-
hend- hendrix+ hendry+ hendy- henesis- henessy- henlee- henleigh- henley- hennessey- hennessy- hennesy- henny- henok+ henrick+ henrique+
henrry+ henryk+ hensley- henson+ henya- hera- heraldo+ heran- herber+ herberth+ herlin+ herlinda- hermela- hermelinda- hermes+ herminio+
hernan+ hershy+ herson+ heru+ hervin+ hesham+ hesston+ heston+ hetvi- hever+ hevin- hevyn- hewan- heydan+ heyden+ heydi-
heydy- heylee- heyli- heymi- hezakiah+ hezekiah+ hiatt+ hiba- hibah- hibba- hidaya- hiedi- hien+ hieu+ hifza- higinio+
hiilei- hikari- hikaru+ hikeem+ hilari- hilarie- hildana- hiley- hiliana- hilinai- hillari- himani- hina- hinano- hinata- hinckley+
hindy- hipolito+ hira- hiran+ hiro+ hiroki+ hiromi- hiromy- hiroshi+ hiroto+ hisham+ hiya- hiyab- hoda- hodan- hodaya-
hokulani- holdan+ holdyn+ hollan+ hollee- holley- hollister+ hollyann- hollyn- hollynn- holston+ holten+ holton+ homar+ homero+ honesti-
honoka- honora- honorio+ hooper+ hopelynn- hortencia- hosannah- hosea+ hossam+ houda- houston+ howell+ hriday+ hrishi+ hrishikesh+ hristo+
hrithik+ htoo+ huan+ huber+ huda- hudsen+ hudson+ hudsyn+ hughston+ humaira- humza+ humzah+ hunner+ huntter+ huriel+ husam+
husna- hussain+ hussam+ hussan+ hussien+ huston+ hutchinson+ hutson+ hutton+ huxley+ huy+ huzaifa+ hyde+ hydee- hyden+ hyder+
hydi- hydie- hykeem+ hyla- hyland+ hylee- hyrum+ hyun+ iana- ianah- iancarlo+ ianmichael+ iann+ ianna- iannah- iara-
iasha- iasia- iayana- iban+ ibeth- ibn+ ibraham+ ibraheem+ ibrahem+ ibrahima+ ibtisam- iceis- icela- icesis- icess- ichiro+
icis- icker+ icysis- icyss- idali- idalis- idaly- idan+ idania- idara- idel+ idella- iden+ ido+ idrees+ idris+
idriss+ idrissa+ idy- ien+ iesha- ieshia- ieuan+ ieva- ife- ifeanyi+ ifeoluwa+ ifeoma- ifra- ifrah- ihan+ ihsaan+
ihsan+ iian+ ijah+ ijanae- ijeoma- ikaika+ ikechukwu+ ikeem+ ikenna+ iker+ ikeria- ikhlas- ikram- ikran- ila- ilah-
ilai+ ilaina- ilaisaane- ilan+ ilana- ilani- ilaria- ilay+ ilayda- ilce- ilda- ildefonso+ ilea- ileah- ileanna- ilee-
ileen- ileene- ileigh- ilena- iley- ileyah- ilham- ilhan- ilian+ iliana- ilianis- ilianna- iliany- ilias+ ilijah+ ilina-
iliya+ iliyah- iliyana- illana- illeana- illiana- illianna- illias+ illyana- illyanna- illyria- illyssa- ilma- ilona- ilwad- ily-
ilya+ ilyana- ilyanna- ilyas+ ilyass+ ilyn- imaad+ imaan- imad+ imahni- iman- imane- imani- imanie- imanii- imanni-
imanol+ imanuel+ imara- imari- imena- imer+ imere+ imir+ imiyah- immanol+ imoni- imonie- imraan+ imran+ imre+ imri+
imunique- imya- inaaya- inah- inaki+ inara- inarah- inari- inas- inasia- inaya- inayah- indee- indi- indiah- indica-
indio+ indiya- indiyah- indra- indy+ indya- indyah- infiniti- ingri- ingris- ingrit- ingry- inika- iniko+ inioluwa+ iniya-
iniyan+ inman+ inmar+ inmer+ innaya- inocencia- inocencio+ inri+ io- ioan+ ioana- ioanna- ioannis+ iokepa+ iola- iolana-
iolani- ione- ionna- iori+ iosefa+ ipek- iqra- iraida- irais- iralyn- iram+ irasema- iratze- irbin+ ireana- ireanna-
irelan- ireland- irelyn- irelynd- irelynn- irelynne- iren+ irfan+ iria- iriana- irianna- iridessa- irie- irieana- irihanna- irineo+
irisa- irlanda- iroha- irsa- irulan- irvyn+ iryanna- irys- iryss- isaack+ isaah+ isabeau- isabela- isabele- isabell- isabellagrace-
isabellah- isabellamarie- isabellarose- isabelly- isacc+ isack+ isael+ isaha+ isahi+ isai+ isaia+ isaiahs+ isaias+ isaic+ isaid+ isaih+
isaiha+ isair+ isaira- isais+ isaiyah+ isaly- isam+ isamar- isamary- isamu+ isaque+ isatou- isatu- isau+ isaura- isauro+
isavela- isay+ isayah+ isbella- iseah+ isebella- isel- isela- isella- isen+ isenia- isha- ishaan+ ishan+ ishana- ishani-
ishant+ ishanth+ ishanvi- ishaq+ ishi- ishika- ishita- ishitha- ishmael+ ishmail+ ishmeal+ ishmeet- ishmel+ isiac+ isiah+ isiaha+
isiaih+ isidra- isileli+ isiss- iskander+ isla- islam+ islay- isley- ismaeel+ ismael+ ismah- ismahan- ismail+ ismar+ ismari-
ismelda- ismerai- isobella- isobelle- isom+ ison+ isra- israa- israella- israelle- isreal+ isrrael+ issa+ issabel- issabela- issabella-
issabelle- issac+ issack+ issael+ issah+ issai+ issaiah+ issaias+ issaic+ issak+ issiac+ issic+ issis- isys- isyss- iszabella-
iszak+ ita- itai+ italo+ italy- italya- itamar+ itati- itay+ itcel- ithan+ ithiel+ ithzel- itsel- itxel- itza-
itzabella- itzamar- itzary- itzayana- itzel- itzell- itzelle- itzely- itzhak+ itzia- itzury- itzy- ivana- ivania- ivanka- ivann+
ivanna- ivannia- ivee- ivelisse- iven+ iverson+ ivery- iveth- ivey- iviana- ivianna- ivin+ ivion+ ivionna- ivis+ ivo+
ivon- ivone- ivoree- ivori- ivorie- ivyana- ivyanna- ivye- ivylynn- ivyonna- iwalani- ixayana- ixchel- ixchell- iya- iyad+
iyahna- iyan+ iyana- iyanah- iyani- iyanna- iyannah- iyanni- iyari- iyasia- iyauna- iyla- iyon+ iyona- iyonna- iyonnah-
iysha- iysis- iyunna- iza- izaac+ izaah+ izaan+ izabela- izabelah- izabell- izabella- izabellah- izabelle- izac+ izacc+ izack+
izadora- izaeah+ izael+ izaha+ izai+ izaia+ izaiah+ izaias+ izaih+ izaiha+ izair+ izaiyah+ izamar- izan+ izaria- izariah-
izavella- izaya+ izayah+ izayiah+ izeah+ izeck+ izeiah+ izek+ izel- izela- izellah- izelle- izeyah+ iziah+ iziaha+ izic+
izick+ izik+ izmael+ izrael+ izreal+ izsak+ izuchukwu+ izumi- izyan+ izyk+ izza- izzabela- izzabell- izzabella- izzabelle- izzac+
izzak+ izziah+ izzibella- izzie- ja+ jaafar+ jaala- jaaliyah- jaan+ jaana- jaanai- jaanvi- jaaron+ jaasia- jaasiel+ jaaziah+
jaaziel+ jabar+ jabaree+ jabari+ jabarie+ jabarri+ jabbar+ jabe+ jaben+ jabes+ jabin+ jabir+ jabori+ jabraylon+ jabre+ jabrea-
jabree+ jabreel+ jabreia- jabri+ jabria- jabriah- jabriel+ jabrien+ jabril+ jabron+ jabryan+ jac+ jacaden+ jacaleb+ jacalyn- jacameron+
jacara- jacari+ jacaria- jacarie+ jacarion+ jacarious+ jacarra- jacarri+ jacary+ jacayla- jaccari+ jaccob+ jace+ jacee- jacek+ jacelle-
jacelyn- jacelynn- jacen+ jaceon+ jacere+ jacey- jachai+ jachelle- jachin+ jachob+ jaci- jaciana- jacianna- jacie- jaciel+ jacier+
jacilyn- jacinto+ jacir+ jaciyah- jackalyn- jackelin- jackeline- jackelinne- jackelyne- jackelynn- jacklyne- jacklynn- jackman+ jackob+ jacksen+ jacksyn+
jaclynn- jaco+ jacobb+ jacobe+ jacobey+ jacobi+ jacobian+ jacobie+ jacobjames+ jacobs+ jacobus+ jacoby+ jacolbi+ jacolby+ jacoree+ jacorey+
jacori+ jacoria- jacorian+ jacorie+ jacorion+ jacorius+ jacory+ jacoya- jacqlyn- jacqualine- jacqualynn- jacquan+ jacque+ jacquel+ jacquelene- jacquelinne-
jacquelyne- jacquez+ jacqulin- jacquline- jacqulyn- jacsen+ jacson+ jacub+ jacy- jad+ jadae- jadah- jadalee- jadali- jadalise- jadalyn-
jadalynn- jadamarie- jadan+ jadarian+ jadarien+ jadarion+ jadarious+ jadarius+ jadarrian+ jadarrion+ jadarrius+ jadasia- jadavion+ jadaya- jadd+ jadda-
jadden+ jadea- jadee- jadeen+ jadein+ jadelin- jadelyn- jadelynn- jaden+ jadence- jadeon+ jader+ jaderion+ jadesola- jadey- jadeyn-
jadhiel+ jadi- jadia- jadiah+ jadian+ jadie- jadiel+ jadien+ jadier+ jadin+ jadine- jadira- jadis- jadison+ jadius+ jadon+
jadore- jadrian+ jadriel+ jadrien+ jady- jadyel+ jadyn- jadyne+ jadynn- jadzia- jaeana- jaeanna- jaeci- jaecob+ jaeda- jaedah-
jaedan+ jaeden+ jaedin+ jaedon+ jaedyn- jaedynn- jaegar+ jaekob+ jaekwon+ jael- jaela- jaelah- jaelan+ jaelani- jaelee- jaeleen-
jaeleigh- jaelen+ jaelene- jaeley- jaeli- jaeliah- jaelie- jaelin+ jaelina- jaeline- jaella- jaelle- jaelon+ jaely- jaelyn- jaelyne-
jaelynn- jaelynne- jaemarie- jaemin+ jaena- jaeon+ jaeona- jaequan+ jaesean+ jaeshaun+ jaeshawn+ jaeshon+ jaeson+ jaesun+ jaeveon+ jaevian+
jaevin+ jaevion+ jaevon+ jaevyn+ jaeya- jafari+ jafet+ jafeth+ jagen+ jager+ jaggar+ jagger+ jagur+ jah+ jahad+ jahaira-
jahan+ jahanna- jahara- jahari+ jahaun+ jahayra- jahaziel+ jahdai- jahden+ jahdiel+ jahdir+ jaheed+ jaheem+ jaheim+ jahel+ jahi+
jahida- jahiem+ jahier+ jahime+ jahir+ jahira- jahiro+ jahiya- jahiyah- jahkai+ jahkari+ jahkayla- jahkeem+ jahki+ jahlani+ jahleel+
jahlen+ jahlia- jahliah- jahliel+ jahlil+ jahliya- jahliyah- jahlon+ jahmad+ jahmair+ jahmal+ jahmani+ jahmar+ jahmarcus+ jahmari+ jahmarion+
jahmarley+ jahmeer+ jahmeir+ jahmel+ jahmere+ jahmez+ jahmia- jahmiah- jahmier+ jahmiere+ jahmil+ jahmir+ jahmire+ jahmiya- jahmiyah- jahmya-
jahmyah- jahn+ jahna- jahnae- jahnai+ jahnavi- jahnay- jahnaya- jahni- jahnia- jahniah- jahniya- jahniyah- jahnvi- jahnya- jahnyla-
jahon+ jahquan+ jahquell+ jahquez+ jahred+ jahrell+ jahri+ jahron+ jahsan+ jahsean+ jahshua+ jahsiah+ jahsir+ jahson+ jahvier+ jahvion+
jahvon+ jahzair+ jahzara- jahzaria- jahzarra- jahzeel+ jahzel+ jahziah+ jahziel+ jahzier+ jahzion+ jahzir+ jai+ jaia- jaiah- jaiana-
jaianna- jaice+ jaicee- jaicey- jaici- jaicob+ jaid- jaida- jaidah- jaidalyn- jaidalynn- jaidan+ jaide- jaidee- jaideep+ jaidel+
jaiden+ jaidence- jaidev+ jaidin+ jaidlyn- jaidn+ jaidon+ jaidy- jaidyn- jaidynn- jaiel+ jaikob+ jaila- jailah- jailan+ jailani-
jailee- jaileen- jailen+ jailene- jailey- jaili- jailia- jailin- jailine- jailon+ jailyn- jailyne- jailynn- jailynne- jaima- jaimar+
jaimarie- jaimarion+ jaimee- jaimen+ jaimere+ jaimeson+ jaimey- jaimin+ jaimir+ jaimon+ jaimy- jaimya- jaimyn+ jaina- jainiya- jaion+
jaiona- jaionna- jaiquan+ jair+ jaira- jaire+ jairen+ jairius+ jairo+ jairon+ jairus+ jairy- jaisa- jaise+ jaisean+ jaisen+
jaisha- jaishaun+ jaishawn+ jaishon+ jaislyn- jaison+ jaisy- jaivan+ jaiveer+ jaiven+ jaiveon+ jaivian+ jaivien+ jaivin+ jaivion+ jaivon+
jaivyn+ jaiya- jaiyah- jaiyana- jaiyanna- jaiyda- jaiyden+ jaiyla- jaiyon+ jaizon+ jajaira- jajuan+ jakaden+ jakai+ jakaiden+ jakaila-
jakailah- jakaiya- jakala- jakale+ jakalen+ jakalyn- jakar+ jakara- jakaree+ jakari+ jakaria- jakarie+ jakarion+ jakarri+ jakavion+ jakavious+
jakaya- jakayah- jakayden+ jakayla- jakaylah- jakaylen+ jakeb+ jakeem+ jakeim+ jakeira- jakeisha- jakeith+ jakel+ jakela- jakelin- jakeline-
jakell+ jakelyn- jakelyne- jaken+ jakendrick+ jakenya- jakeob+ jakera- jakeria- jakerion+ jakerra- jakerria- jakevion+ jakevious+ jakeya- jakhai+
jakhari+ jakhi+ jakhia- jakhiya- jaki+ jakia- jakiah- jakiera- jakim+ jakin+ jakira- jakirah- jakiya- jakiyah- jakiyla- jakk+
jaklyn- jaklynn- jakobe+ jakobee+ jakobey+ jakobi+ jakobie+ jakoby+ jakoda+ jakolby+ jakorey+ jakori+ jakorie+ jakory+ jakota+ jaksen+
jakson+ jakub+ jakwan+ jakwon+ jakya- jakyah- jakye+ jakyi+ jakyia- jakyiah- jakyla- jakylah- jakylan+ jakylin+ jakylon+ jakyra-
jakyrah- jakyren+ jakyria- jakyrin+ jakyrion+ jakyron+ jal+ jala- jalacia- jalae- jalah- jalaila- jalaina- jalaiya- jalal+ jalan+
jalana- jalani+ jalasha- jalasia- jalaya- jalayah- jalayia- jalayiah- jalayla- jalayna- jalaysha- jalaysia- jalea- jaleah- jaleal+ jaleana-
jalecia- jalee- jaleea- jaleeah- jaleel+ jaleen- jaleena- jaleesa- jaleeya- jaleeyah- jaleia- jaleigh- jaleigha- jalein+ jaleiya- jaleiyah-
jalen+ jalena- jalencia- jalene- jaleria- jalesa- jalese- jalesia- jalessa- jalexa- jalexia- jalexis- jaley- jaleya- jaleyah- jaleyiah-
jali- jalia- jaliah- jalian+ jaliana- jalice- jalicia- jalie- jaliel+ jalien+ jalijah+ jalik+ jalil+ jalilah- jalill+ jalin+
jalina- jaline- jalique+ jalisa- jalise- jalisha- jalisia- jalissa- jaliya- jaliyah- jaliza- jallen+ jalliyah- jalon+ jaloni+ jalonte+
jalya- jalyah- jalycia- jalyiah- jalyn- jalyne- jalynn- jalynne- jalysa- jalyse- jalyssa- jama+ jamaad+ jamaar+ jamael+ jamahl+
jamahri+ jamai+ jamaia- jamail+ jamaine+ jamair+ jamaira- jamaiya- jamaiyah- jamale+ jamall+ jamani+ jamar+ jamara- jamarah- jamarco+
jamarcus+ jamare+ jamaree+ jamareon+ jamari+ jamaria- jamariah- jamarian+ jamariana- jamarie+ jamarien+ jamarii+ jamario+ jamarion+ jamarious+ jamaris+
jamarius+ jamariya- jamariyah- jamariyon+ jamarkus+ jamarlon+ jamarques+ jamarquis+ jamarr+ jamarre+ jamarri+ jamarria- jamarrion+ jamarrius+ jamarya- jamason+
jamaul+ jamauri+ jamauria- jamaurie+ jamaurion+ jamaury+ jamaya- jamayah- jamayia- jamayiah- jamayra- jame+ jamea- jameah- jameal+ jamear+
jamecia- jamee- jameel+ jameela- jameelah- jameer+ jameera- jameerah- jameia- jameil+ jameila- jameion+ jameir+ jameisha- jameka- jamel+
jamela- jamelah- jamelia- jamell+ jamella- jamelle+ jamen+ jameon+ jamera- jamere+ jameria- jameriah- jamerica- jamerion+ jamerius+ jameriya-
jamerson+ jamesanthony+ jamesdavid+ jamese- jamesen+ jamesha- jameshia- jamesia- jamesley+ jamesmichael+ jamesyn- jameya- jamez+ jamia- jamiah- jamian+
jamicah+ jamichael+ jamicheal+ jamiee- jamiel+ jamielyn- jamielynn- jamien+ jamieon+ jamier+ jamiere+ jamieson+ jamiir+ jamika- jamikal+ jamila-
jamilah- jamile- jamilee- jamilet- jamileth- jamilett- jamilette- jamilex- jamilia- jamilla- jamillah- jamillette- jamilyn- jamilynn- jamin+ jamion+
jamir+ jamira- jamiracle- jamirah- jamire+ jamiria- jamirion+ jamirra- jamirrah- jamis+ jamisen+ jamisyn- jamiya- jamiyah- jamiyha- jamiyla-
jamon+ jamond+ jamoni- jamonie- jamont+ jamonta+ jamontae+ jamonte+ jamora- jamori+ jamorian+ jamorion+ jamorris+ jamus+ jamy- jamya-
jamyah- jamye- jamyia- jamyiah- jamyis+ jamyl+ jamyla- jamylah- jamyn+ jamyra- jamyrah- jamyre+ jamyri- jamyria- jamyriah- jamyrion+
jamyron+ jamyson+ janaa- janae- janaeh- janaeya- janah- janai- janaia- janaiah- janaija- janaisa- janaisha- janaiya- janaiyah- janajah-
janaki- janalee- janan- janani- janara- janard+ janari+ janaria- janasha- janashia- janasia- janat- janathan+ janavia- janay- janayah-
janayia- janayla- janaysha- janayshia- janaysia- janazia- jancarlo+ jancarlos+ jance+ jancy- jandel+ jandell+ jandiel+ jandre+ janea- janeah-
janecia- janee- janeesa- janeiah- janeice- janeida- janeidy- janeira- janeiry- janeisa- janeisha- janele- janeli- janelie- janelis- janelise-
janeliz- janell- janelli- janellie- janelly- janellys- janely- janelys- janesa- janese- janesha- janess- janessah- janete- janeth- janett-
janetzy- janeya- janhavi- jani- janiah- janiaha- janiaya- janica- janicia- janiece- janiel+ janieliz- janielle- janieya- janiha- janijah-
janila- janilah- janique- janira- janirah- janisa- janise- janisha- janissa- janita- janitza- janivea- janiya- janiyaa- janiyah- janiyha-
janiyia- janiyla- janiylah- janki- jannah- jannat- jannatul- janne- jannell- jannely- jannessa- jannet- janneth- jannett- jannette- jannie-
jannik+ janny- janoah+ janorris+ jansel+ jansen+ janson+ janssen+ janthony+ jantzen+ januel+ janvi- janya- janyah- janyce- janye-
janyia- janyiah- janyla- janylah- janyria- janziel+ jaonna- japhet+ japheth+ japhy+ jaqua+ jaquai+ jaquala- jaqualin+ jaqualyn+ jaquan+
jaquann+ jaquari+ jaquarious+ jaquarius+ jaquaveon+ jaquavian+ jaquavion+ jaquavious+ jaquavis+ jaquavius+ jaquawn+ jaquay+ jaquaylon+ jaque+ jaquel+ jaqueline-
jaquelinne- jaquell+ jaquelyne- jaquelynn- jaques+ jaquez+ jaqui+ jaquil+ jaquin+ jaquis+ jaquise+ jaquon+ jaquori+ jaqwan+ jaqwon+ jara-
jarae- jarah- jaramiah+ jaran+ jaray+ jaraya- jarayah- jarden+ jardon+ jaree+ jareem+ jarek+ jarel+ jareli- jarelis- jareliz-
jarell+ jarelle+ jarelly- jarely- jarelyn- jarelys- jarem+ jaren+ jaret+ jareth+ jarethzy- jarett+ jaretzi- jaretzy- jari+ jaria-
jariah- jarian+ jariana- jarianna- jarick+ jariel+ jariell+ jariely- jarif+ jarilyn- jarin+ jarion+ jarious+ jaris+ jarissa- jaritza-
jarius+ jariya- jariyah- jarod+ jarol+ jarom+ jarome+ jaron+ jaronn+ jarquavious+ jarquez+ jarrel+ jarrell+ jarren+ jarriah- jarrick+
jarrin+ jarron+ jarryd+ jarryn+ jarvin+ jarvion+ jaryah- jaryd+ jaryiah- jaryn+ jas+ jasa- jasaan+ jasahn+ jasai+ jasaiah+
jasalyn- jasalynn- jasan+ jasani- jasara- jasaun+ jasavion+ jasaya- jasdeep+ jasean+ jaseer+ jasel- jaselle- jaselyn- jasera- jasey-
jash+ jashad+ jashan+ jashandeep+ jashanti- jashaun+ jashawn+ jashayla- jasher+ jashia- jashiya- jashley- jashon+ jashua+ jashun+ jashya-
jashyia- jasia- jasiah+ jasias+ jasie- jasiel+ jasier+ jasilyn- jasim+ jasin+ jasir+ jasira- jasire+ jasiri+ jasiya- jasiyah-
jaskaran+ jaskirat+ jaslean- jasleen- jasleene- jaslen- jaslene- jaslenne- jasley- jaslin- jasline- jasly- jaslyn- jaslyne- jaslynn- jaslynne-
jasmaine- jasmari- jasmarie- jasmeen- jasmeet- jasmen- jasmia- jasminne- jasmir+ jasmyn- jasmyne- jasmynn- jasnoor- jasonna- jaspar+ jaspreet-
jasraj+ jasselle- jasser+ jassiah+ jassiel+ jassir+ jasslyn- jasslynn- jassmin- jassmine- jasson+ jasten+ jastin+ jaston+ jasyah+ jasyia-
jasyiah- jasyn+ jasyra- jatara- jatari+ jatarius+ jatasia- jatavia- jatavian+ jatavion+ jatavious+ jatavis+ jatavius+ jaterrion+ jaterrius+ jathan+
jathaniel+ jathen+ jathniel+ jatia- jatin+ jatniel+ jaton+ jatori+ jatoria- jatorian+ jatziri- jatziry- jaudiel+ javae- javaeh- javahn+
javana- javani+ javant+ javante+ javar+ javaree+ javares+ javari+ javarian+ javarie+ javarion+ javarious+ javaris+ javarius+ javarous+ javarri+
javarris+ javarus+ javaughn+ javaun+ javayah- javeah- javean+ javed+ javein+ javeion+ javel+ javell+ javen+ javeon+ javeria- javery+
javi+ javia- javiah- javian+ javiana- javianna- javid+ javiel+ javien+ javiere+ javin+ javion+ javione+ javionna- javionne+ javious+
javis+ javius+ javiyon+ javon+ javone+ javoni+ javonie+ javonn+ javonna- javonne+ javonni+ javonta+ javontae+ javontay+ javonte+ javori+
javoris+ javyn+ javyon+ jawad+ jawaun+ jawon+ jawuan+ jawwad+ jax+ jaxan+ jaxen+ jaxiel+ jaxin+ jaxon+ jaxsen+ jaxsin+
jaxson+ jaxston+ jaxsyn+ jaxten+ jaxtin+ jaxton+ jaxtyn+ jaxx+ jaxxon+ jaxyn+ jaya- jayah- jayan+ jayana- jayanah- jayani-
jayann- jayanna- jayannah- jayant+ jayanth+ jayanthony+ jayc+ jayce+ jaycee- jaycek+ jaycelyn- jaycelynn- jaycen+ jayceon+ jayci- jaycia-
jaycie- jaycion+ jaycob+ jaycub+ jayd- jayda- jaydah- jaydalee- jaydaliz- jaydalyn- jaydalynn- jaydan+ jaydden+ jayde- jaydee- jaydeen-
jayden+ jaydence- jaydenjames+ jaydenn+ jaydi- jaydia- jaydian+ jaydien+ jaydin+ jaydis+ jaydn+ jaydon+ jaydrian+ jaydrien+ jaydun+ jaydy-
jaydyn+ jaydynn- jayeden+ jayel+ jayela- jayelle- jayelyn- jayen+ jayia- jayin+ jayion+ jayjay+ jayke+ jaykob+ jaykub+ jaykwon+
jayla- jaylaa- jaylah- jaylan+ jaylana- jayland+ jaylani- jaylanie- jaylannie- jayle- jaylea- jayleah- jaylean- jayleana- jaylee- jayleen-
jayleena- jayleene- jaylei- jayleigh- jaylen+ jaylena- jaylene- jaylenn- jaylenne- jayleon+ jaylese- jayley- jayli- jaylia- jayliah- jayliana-
jaylianna- jaylicia- jaylie- jaylin+ jaylina- jayline- jaylinn- jaylis- jaylissa- jayln+ jaylnn- jaylon+ jaylun+ jaylyn- jaylyne- jaylynn-
jaylynne- jayma- jaymar+ jaymari+ jaymarion+ jaymason+ jaymen+ jaymere+ jaymes+ jaymeson+ jaymi- jaymian+ jaymien+ jaymier+ jaymin+ jaymir+
jaymison+ jaymiya- jaymon+ jaymond+ jaymz+ jayna- jaynee- jaynelle- jayni- jaynia- jayniah- jaynie- jayon+ jayona- jayonna- jayquan+
jayr+ jayra- jayren+ jayro+ jayron+ jaysa- jaysaun+ jayse+ jaysean+ jaysen+ jaysha- jayshaun+ jayshawn+ jayshon+ jaysiah+ jaysie-
jaysin+ jayslin- jaystin+ jayston+ jaysun+ jayten+ jaythan+ jaythen+ jaython+ jaytin+ jayton+ jayva- jayvan+ jayvaughn+ jayvaun+ jayveion+
jayven+ jayveon+ jayvian+ jayvien+ jayvier+ jayvin+ jayvion+ jayvis+ jayvon+ jayvonn+ jayvonne+ jayvyn+ jayzen+ jayzion+ jayzon+ jaz+
jazabell- jazai+ jazaih+ jazale- jazalyn- jazalynn- jazara- jazarah- jazaria- jazariah- jazarian+ jazarion+ jazel- jazell- jazelle- jazelyn-
jazelynn- jazen+ jazer+ jazharia- jazia- jaziah- jaziel+ jazier+ jazilyn- jazion+ jazir+ jazira- jaziya- jaziyah- jazleen- jazleene-
jazlen- jazlena- jazlene- jazlin- jazline- jazlyn- jazlyne- jazlynn- jazlynne- jazmaine- jazman- jazmarie- jazmeen- jazmen- jazmere- jazmine-
jazmyn- jazmyne- jazmynn- jazon+ jazper+ jazya- jazyah- jazyiah- jazyria- jazzalyn- jazzalynn- jazzanae- jazzel- jazzell- jazzelle- jazzelyn-
jazzi- jazziah- jazzie- jazziel+ jazzlene- jazzlin- jazzlyn- jazzlyne- jazzlynn- jazzmen- jazzmin- jazzmine- jazzmyn- jazzmyne- jb+ jc+
jd+ jda- jdan+ jden+ jdon+ jdyn+ jeanae- jeanasia- jeancarlo+ jeancarlos+ jeanclaude+ jeanetta- jeanluc+ jeanmarc+ jeanny- jeanpaul+
jeanpierre+ jeb+ jebediah+ jebron+ jecaryous+ jecori+ jeda- jedadiah+ jedaiah+ jedi+ jediah+ jedidah- jedrek+ jedrick+ jeet+ jeeva+
jeevan+ jeferson+ jeffery+ jefrey+ jefri+ jefrin+ jefry+ jefte+ jehan- jehiel+ jehieli- jeida- jeiden+ jeidy- jeila- jeilin-
jeily- jeilyn- jeimi- jeimy- jeiry- jeison+ jejuan+ jekai+ jekayla- jekeria- jekhi+ jela- jelani+ jeleah- jelena- jelicia-
jelina- jelisa- jelissa- jelitza- jeliyah- jema- jemal+ jemar+ jemarcus+ jemari+ jemario+ jemarion+ jemauri+ jemel+ jemell+ jemia-
jemiah- jemil+ jemiyah- jemma- jemuel+ jemya- jenae- jenah- jenai- jenalee- jenalise- jenalyn- jenalynn- jenan- jenaro+ jenasia-
jenasis- jenavecia- jenavee- jenavi- jenavicia- jenavie- jenavieve- jenavive- jenay- jenaya- jenayah- jenaye- jenci- jencie- jency- jendayi-
jene- jenea- jenecia- jenedy- jenee- jeneen- jenell- jenelly- jenely- jenesa- jenesis- jenessa- jenessy- jenesys- jenette- jeneva-
jenevieve- jenia- jeniah- jenice- jenika- jenise- jenisha- jenisis- jenissa- jenisse- jeniya- jeniyah- jennae- jennafer- jennah- jennalee-
jennalise- jennalyn- jennalynn- jennamarie- jennasis- jennavecia- jennavicia- jennavie- jennavieve- jennavive- jennaya- jennea- jennedy- jennefer- jennelle- jenner+
jennesis- jennessa- jennessy- jennia- jenniffer- jennika- jennings+ jennipher- jennise- jenniyah- jennyfer- jenova- jenri+ jenrri+ jenrry+ jenry+
jensen+ jenson+ jensy- jensyn- jentezen+ jentri- jentry- jentzen+ jeny- jenya- jenyah- jenyfer- jeorge+ jeorgia- jeovani+ jeovanni+
jeovanny+ jeovany+ jequan+ jera- jeraldine- jeraldo+ jeralyn- jeralynn- jerame+ jeramia+ jeramiah+ jeramiha+ jeramy+ jeramyah+ jeran+ jerard+
jerardo+ jered+ jerek+ jerel+ jerell+ jerelle+ jerelyn- jeremai+ jeremaih+ jeremey+ jeremi+ jeremia+ jeremiaha+ jeremiha+ jeremiyah+ jeremya+
jeremyah+ jeren+ jerett+ jeriah+ jerianna- jeric+ jerica- jericho+ jerick+ jerico+ jerid+ jeriel+ jerik+ jerika- jerikah- jeriko+
jerilyn- jerimah+ jerimiah+ jerimy+ jerimya+ jerimyah+ jerin+ jeriyah- jerkiya- jermal+ jerman+ jermane+ jermani- jermany+ jermar+ jermarcus+
jermari+ jermarion+ jermarius+ jermaya- jermel+ jermell+ jermere+ jermeria- jermey+ jermia- jermiah+ jermichael+ jermiya- jermiyah- jermon+ jermond+
jermonte+ jermy+ jermya- jernee- jerney- jerni- jernie- jerniya- jerniyah- jerod+ jerold+ jeromiah+ jeron+ jerone+ jeronimo+ jerra-
jerran+ jerray+ jerred+ jerrel+ jerrell+ jerren+ jerrett+ jerriah- jerrian+ jerrica- jerrick+ jerrid+ jerrika- jerrin+ jerrion+ jerrison+
jerriyah- jerrod+ jerron+ jerryn+ jersee- jersi- jersie- jerson+ jeru+ jerusalem- jerusalen- jerusha- jervin+ jervon+ jervonte+ jeryn+
jerzee- jerzey- jerzi- jerzie- jerzy- jesa- jesaiah+ jesaias+ jesalyn- jese+ jesean+ jeselle- jeselyn- jesenia- jesenya- jeshaun+
jeshawn+ jeshua+ jeshurun+ jesi- jesiah+ jesica- jesiel+ jesika- jesilyn- jesiyah+ jesleen- jeslene- jesley- jeslie- jeslin- jesly-
jeslyn- jeslynn- jesper+ jessalynn- jesseca- jessejames+ jessel- jesselle- jessen+ jessenia- jessenya- jessiah+ jessilyn- jessilynn- jesslene- jesslin-
jesslyn- jesslynn- jesson+ jesstin+ jessup+ jessyca- jessye- jessyka- jestin+ jestina- jestine- jeston+ jesua+ jesusita- jesusmanuel+ jeter+
jetli+ jetmir+ jetson+ jett+ jetta- jeury+ jevaeh- jevan+ jevante+ jevaughn+ jeven+ jeveon+ jevin+ jevon+ jevonte+ jevyn+
jewelia- jewelian+ jeweliana- jewelianna- jewelissa- jewelz- jeyda- jeydan+ jeyden+ jeydi- jeydy- jeyla- jeyleen- jeyli- jeylin- jeyline-
jeyly- jeymi- jeyren+ jeyson+ jezabel- jezabelle- jezebelle- jezel- jezelle- jezeniah- jezer+ jeziah+ jeziel+ jeziyah- jezlyn- jezlynn-
jezrael+ jezreel+ jezzelle- jhace+ jhada- jhade- jhaden+ jhadiel+ jhair+ jhalil+ jhamari+ jhamir+ jhan+ jhanae- jhane- jhania-
jhaniya- jhanvi- jhasir+ jhavon+ jhayden+ jhayla- jhene- jhet+ jhett+ jhoan+ jhoana- jhoanna- jhoel+ jhomar+ jhon+ jhonas+
jhonatan+ jhonathan+ jhonen+ jhonny+ jhony+ jhordan+ jhordy+ jhordyn+ jhoselin- jhoseline- jhoselyn- jhosmar+ jhostin+ jhovani+ jhovanni+ jhovanny+
jhovany+ jia- jiada- jiah- jiali- jian+ jiana- jiancarlo+ jianna- jianni- jiaqi- jiayi- jibran+ jibreel+ jibriel+ jibril+
jie+ jihan- jihanna- jihoon+ jiles+ jilian- jilliana- jillianna- jillianne- jillyan- jimari+ jimarion+ jimaya- jimel+ jimena- jimenna-
jimi+ jimin+ jimmi+ jimmiah- jimy+ jimya- jin+ jina- jinan- jing- jingyi- jiovani+ jiovanni+ jiovanny+ jiovany+ jiovonni+
jirah- jiraiya+ jireh- jiri+ jiro+ jisel- jisela- jisele- jisell- jisella- jiselle- jishnu+ jissel- jisselle- jitzel- jivan+
jiwon- jiwoo+ jiya- jiyah- jizel- jizele- jizell- jizelle- jizzelle- jj+ jjesus+ jkayla- jkwon+ jla- jlah- jlee-
jleigh- jlyn- jlynn- jmar+ jmarcus+ jmari+ jmarie- jmarion+ jmauri+ jmiyah- jmya- jniah- jniaya- jniya- jniyah- jnya-
jnyah- joab+ joah+ joaly- joandy+ joangel+ joani- joannah- joannie- joanthony+ joao+ joaogabriel+ joaopedro+ joaovictor+ joaquim+ joas+
joash+ jobani+ jobanny+ jobany+ jobe+ jocabed- jocee- jocely- jocelynn- jocelynne- jocey- joci- jocie- jocilyn- jocilynn- joclyn-
joclynn- jocsan+ jocylin- jodan+ joden+ joeangel+ joeanna- joeanthony+ joeb+ joed+ joee- joei- joelee- joeleen- joelene- joeli-
joeliz- joellie- joely- joelyn- joelys- joemar+ joen+ joeseph+ joesiah+ joesph+ joesphine- joevon+ joeziah+ johah+ johana- johanan+
johandy+ johanne- johanny- johansel+ johanson+ johara- johari- johathan+ johnae- johnanthony+ johnasia- johnatan+ johnathen+ johnathin+ johnathyn+ johnaton+
johnattan+ johnavan+ johnavon+ johnay- johncarlo+ johncarlos+ johndavid+ johnel+ johnell+ johnelle- johnfrancis+ johnhenry+ johnia- johnie+ johnise- johniya-
johnluke+ johnmark+ johnmichael+ johnn+ johnnae- johnnathan+ johnnay- johnni+ johnpatrick+ johnpaul+ johnray+ johnrobert+ johnson+ johnston+ johnta+ johntae+
johntavia- johntavious+ johnte+ johnthan+ johnthomas+ johnya- johonna- johsua+ joi- joia- joie- jolan+ jolanda- jolea- joleah- joleena-
joleene- joleigh- jolen+ jolena- jolett- jolette- joley- jolia- joliana- jolianna- jolien- joliette- jolin- jolina- jolisa- jolissa-
joliyah- jolon+ jolyssa- jomal+ jomar+ jomara- jomari+ jomarie- jomarion+ jomaris- jomary- jometh+ jona+ jonae- jonahs+ jonai+
jonan+ jonanthony+ jonasia- jonatan+ jonathen+ jonathyn+ jonavan+ jonaven+ jonavin+ jonavon+ jonaya- joncarlo+ joncarlos+ jondavid+ jonel+ jonelle-
jones+ jonessa- joniah- jonica- joniel+ jonisha- joniya- joniyah- jonlucas+ jonmarc+ jonmichael+ jonna- jonnae- jonnathan+ jonni- jonnie-
jonny+ jonothan+ jonovan+ jonpaul+ jontae+ jontasia- jontavious+ jontavis+ jontavius+ jontay+ jonte+ jontez+ jonthan+ jontrell+ jonuel+ jonus+
jony+ jood- joon+ jophy+ joplin- joplyn- jora- jorah- joram+ joran+ jordane- jordani+ jordann- jordanne- jordanny+ jordany+
jordayn- jordell+ jorden+ jordeyn- jordi+ jordian- jordie+ jordin- jordis- jordy+ jordyn- jordyne- jordynn- jordynne- jorel+ jorell+
joren+ jorga- jorgedavid+ jorgeluis+ jorgen+ jorgia- joriah- jorian+ joriann- joriel+ jorja- jorje+ jorrin+ jorryn+ joryn- jos+
josafat+ josai+ josaiah+ josalin- josaline- josalyn- josalynn- josanna- josaphine- joscelyn- joscelynn- josealberto+ josealfredo+ josean+ joseandres+ joseangel+
joseantonio+ josearmando+ josecarlos+ josedaniel+ josede+ josedejesus+ josef+ joseff+ josefine- joseguadalupe+ joseiah+ josejuan+ josejulian+ josel+ joselin- joselina-
joseline- joselito+ joselle- joseluis+ josely- joselyn- joselyne- joselynn- joselynne- josemanuel+ josemaria+ josemiguel+ josephmichael+ josephus+ josera- joseth+
josette- josgar+ joshalyn- joshalynn- joshau+ joshaun+ joshawn+ joshelyn- joshiah+ joshlyn- joshlynn- joshuan+ joshue+ joshuwa+ joshwa+ josia+
josiaha+ josiahs+ josian+ josianne- josiel+ josiha+ josilin- josilyn- josilynn- josimar+ josiya+ josiyah+ joslene- joslin- josline- joslyn-
joslyne- joslynn- joslynne- josman+ josmar+ josmary- jospeh+ jossalin- jossalyn- jossalynn- josselin- josseline- josselyne- josselynn- jossette- jossiah+
jossie- jossiel+ jossilyn- josslin- josslyn- josslynn- jossue+ josten+ jostin+ josua+ josuel+ josuha+ josuhe+ josyah+ jotham+ joud-
jourden+ jourdin- jourdyn- journe- journee- journei- journi- journie- jousha+ jovahn+ jovan+ jovana- jovani+ jovanie+ jovanna- jovanni+
jovannie+ jovanny+ jovante+ jovany+ jovaughn+ jovaun+ jovee- joven+ jovey- jovi- joviana- jovianna- jovianne- jovie- jovin+ jovita-
jovon+ jovonna- jovonne+ jovonni+ jovonte+ jowan+ jowel+ jowell+ joyanna- joycelyn- joycelynn- joydan- joylyn- joylynn- jozalyn- jozalynn-
jozee- jozelyn- jozelynn- jozephine- jozette- jozey- joziah+ jozie- joziyah+ jozlin- jozlyn- jozlynn- jozsef+ jozy- jp+ jquan+
jr+ jrake+ jream+ jsean+ jshaun+ jshawn+ jshon+ jsiah+ json+ jt+ juanangel+ juanantonio+ juancarlos+ juandavid+ juandedios+ juandiego+
juanito+ juanjesus+ juanjose+ juanluis+ juanmanuel+ juanmiguel+ juanpablo+ juany- juaquin+ jubal+ juddson+ judea- judiah+ judit- judson+ judyth-
juel+ juell+ juelz+ juelze+ juhi- juilo+ jujuan+ julea- juleah- juleana- juleigh- julen+ juleon+ julez+ juliah- juliahna-
juliahnna- juliam+ juliamarie- julianah- juliani- juliannah- julianny- juliano+ juliany- julias+ juliauna- julibeth- julieana- julieann- julieanna- julieanne-
julien+ julieonna- julieth- juliett- juliocesar+ julion+ julionna- julious+ julisa- julitza- juliun+ juliya- juliyah- juliza- julizza- jullia-
jullian+ julliana- jullie- jullien+ julliet- julliette- jullisa- jully- julyan+ julyana- julyanna- julyssa- jumana- jumanah- jumarion+ juna-
junah+ junaid+ junelle- juniel+ junius+ juno- juny+ jupiter+ jurem+ jurgen+ juri- juridia- juriel+ jurnee- jurney- jurni-
jurnie- jusiah+ justan+ justinne- justise- justiss- justo+ juston+ justyce- justyn+ justyna- justyne- justyse- juvenal+ juvens+ juventino+
juwairiyah- juwan+ juwon+ jveon+ jvion+ jvon+ jyair+ jyaire+ jyanna- jyasia- jyden+ jye+ jyla- jyles+ jyllian- jymere+
jymir+ jynelle- jynesis- jyotsna- jyquan+ jyra- jyrah- jyran+ jyren+ jyrin+ jyron+ jysiah+ jyson+ jyzelle- kaaliyah- kaamil+
kaan+ kaari- kaavya- kabeer+ kabella- kabir+ kabren+ kabria- kace+ kacee- kacelyn- kacen+ kaci- kacia- kacper+ kacyn-
kada- kadan+ kadance- kadar+ kadarious+ kadarius+ kadarrius+ kadasia- kadden+ kade+ kadean+ kadee- kadeem+ kadein+ kadeja- kaden+
kadence- kader+ kadey- kadeyn+ kadi- kadia- kadiatou- kadidia- kadidiatou- kadidja- kadie- kadien+ kadience- kadija- kadijah- kadin+
kadince- kadir+ kadon+ kadrian+ kadrianna- kady- kadyn+ kadynce- kadynn- kae- kaed+ kaedan+ kaedance- kaede- kaeden+ kaedence-
kaedin+ kaedon+ kaedyn+ kaedynce- kaegan+ kaegen+ kael+ kaelah- kaelan+ kaelani- kaelea- kaeleb+ kaelee- kaeleen- kaelei- kaeleigh-
kaelem+ kaelen+ kaeley- kaeli- kaeliana- kaelib+ kaelie- kaeliegh- kaelin- kaelob+ kaelon+ kaely- kaelyn- kaelynn- kaelynne- kaemon+
kaena- kaenan+ kaeo+ kaesen+ kaeson+ kaesyn+ kaetlyn- kaevion+ kaevon+ kaeya- kagan+ kage+ kagen+ kahari+ kaheem+ kaheim+
kahiau+ kahlan- kahlani- kahle+ kahleah- kahleb+ kahlee- kahleel+ kahlel+ kahlen- kahli- kahlia- kahlie- kahliya- kahliyah- kahlyn-
kahlynn- kahmani+ kahmari+ kahmiyah- kahmora- kahmya- kahmyra- kahne+ kahniyah- kaho- kahron+ kahseem+ kaiah- kaiana- kaibree- kaicee-
kaid+ kaida- kaidan+ kaidance- kaidee- kaiden+ kaidence- kaidin+ kaidon+ kaidyn+ kaidynce- kaiea+ kaien+ kaige+ kaigen+ kaija-
kaijah- kaikoa+ kailah- kailan- kailana- kailani- kailany- kailash+ kailea- kaileah- kaileb+ kailee- kaileen- kaileena- kailei- kaileigh-
kailen+ kailene- kaileo+ kailer+ kaili- kailia- kailiana- kailie- kailin- kailina- kailiyah- kailly- kailon+ kailub+ kaily- kailye-
kailyn- kailyne- kailynn- kailynne- kaimana+ kaimen+ kaimi+ kaimipono+ kaina- kainalu+ kainan+ kainat- kainen+ kainoa+ kaio+ kaipo+
kaira- kairah- kaire+ kairee+ kairen+ kairi- kairie- kairo+ kairon+ kairos+ kairy- kais+ kaisa- kaisei+ kaisen+ kaisha-
kaishawn+ kaisley- kaison+ kaisy- kaitelyn- kaithlyn- kaitlan- kaitlen- kaitley- kaitlinn- kaitlyne- kaitlynne- kaito+ kaity- kaiulani- kaius+
kaiven+ kaivon+ kaiya- kaiyah- kaiyan+ kaiyana- kaiyden+ kaiyen+ kaiyla- kaiyon+ kaiyu+ kaizen+ kaizer+ kaj+ kajal- kajon+
kajsa- kajuan+ kal+ kalab+ kalah- kalai+ kalaina- kalaiya- kalaiyah- kalan+ kalana- kalani- kalanie- kalaya- kalayah- kalaysia-
kalden+ kalea- kaleab+ kaleah- kaleaha- kaleana- kalecia- kaled+ kalee- kaleea- kaleeah- kaleel+ kaleem+ kaleen- kaleese- kaleeya-
kaleeyah- kalei- kaleia- kaleiah- kaleigh- kaleigha- kaleisha- kaleiya- kaleiyah- kalel+ kalem+ kalen+ kalena- kaleo+ kaler+ kalese-
kaleth+ kalev+ kaley- kaleya- kaleyah- kalia- kaliah- kaliana- kaliann- kalianna- kalianne- kalib+ kalieb+ kalief+ kaliegh- kaliel+
kalijah- kalik+ kalilah- kalim+ kalima- kalin- kaliq+ kalique+ kalis- kalisa- kalise- kalisha- kalissa- kalista- kaliya- kaliyah-
kalkidan- kalla- kallan- kallee- kalleigh- kallen+ kalley- kallie- kallin+ kallina- kalliope- kalliopi- kallista- kallon+ kallyn- kalman+
kalob+ kalon+ kaloni- kalu+ kalub+ kalum+ kalven+ kaly- kalya- kalyan+ kalyani- kalyb+ kalyce- kalyia- kalyn- kalyna-
kalynn- kalynne- kalysa- kalyse- kalyssa- kalysta- kam+ kamaal+ kamaia- kamaile- kamaiya- kamaiyah- kamal+ kamala- kamalani- kamalei-
kaman+ kamani- kamar+ kamara- kamarah- kamare+ kamarea- kamaree+ kamareon+ kamari+ kamaria- kamariah- kamarian+ kamariana- kamarie- kamarii+
kamario+ kamarion+ kamariona- kamarius+ kamariya- kamariyah- kamarr+ kamarra- kamarrah- kamarri+ kamarria- kamarrion+ kamaryn- kamau+ kamauri+ kamaurie-
kamaurion+ kamaury+ kamaya- kamayah- kambel- kamber- kambre- kambrea- kambree- kambrey- kambri- kambria- kambrie- kambry- kambrya- kambryn-
kamden+ kamdin+ kamdon+ kamdyn- kamea- kameah- kamee- kameel+ kameelah- kamel+ kamelah- kamen+ kamera- kameran+ kameren+ kameria-
kamerin+ kamerion+ kameron+ kameryn- kameya- kami- kamia- kamiah- kamie- kamiera- kamil+ kamile- kamilia- kamill- kamilla- kamille-
kamilly- kamilo+ kamilya- kamira- kamirah- kamirra- kamiryn- kamiya- kamiyah- kamiylah- kammi- kammie- kammy- kamon+ kamoni- kamonie-
kamora- kamorah- kamori- kamoria- kamorie- kamorion+ kamorra- kampbell- kamraan+ kamran+ kamree- kamren+ kamrey- kamri- kamrie- kamrin+
kamron+ kamry- kamryn- kamrynn- kamuela+ kamya- kamyah- kamyia- kamyiah- kamyla- kamylah- kamylle- kamyra- kamyrah- kana- kanaan+
kanae- kanai+ kanaja- kanaloa+ kanan+ kanani- kanari- kanasia- kanav+ kanaya- kanden+ kandi- kandice- kandie- kandis- kandon+
kandra- kandyce- kaneisha- kanen+ kanesha- kani+ kaniah- kaniel+ kaniela+ kanija- kanijah- kanika- kanin+ kanisha- kanishk+ kanishka-
kaniya- kaniyah- kanna- kannan+ kannen+ kannon+ kanoa+ kanon+ kanora- kanta+ kany- kanyah- kanye+ kanyia- kanyiah- kanyla-
kanyon+ kaori- kaos+ kapena+ kapil+ kapish+ kapone+ kapono+ kapri- kaprice- karah- karaleigh- karalina- karaline- karalyn- karalyne-
karam+ karamia- karan+ karanveer+ karanvir+ karar+ karas+ karch+ karcyn- karde+ kardell+ karder+ kardin+ kardyn- kareema- kareemah-
kareen- kareena- kareli- karelin- karell+ karelly- karely- karelyn- karelys- karem+ karenna- karey- kariah- kariana- karianna- karianne-
karidee- kariel+ karigan- karilyn- karima- karimah- karime- karinah- karington- karinna- karinne- karion+ kariona- karis- karise- karishma-
karisma- kariss- kariya- kariyah- kariyana- karizma- karlah- karlea- karlei- karleigh- karlena- karlette- karley- karli- karlin- karlina-
karliyah- karlo+ karlos+ karloz+ karlton+ karlye- karlynn- karmah- karman- karmela- karmell+ karmella- karmello+ karmelo+ karmin- karmindy-
karmine+ karmon- karmyn- karmyne+ karnell+ karo+ karoleena- karolin- karolyn- karolyna- karolyne- karolynn- karra- karren- karri- karriem+
karrigan- karrin- karrine- karrington- karris- karrissa- karron+ karsen+ karsin+ karson+ karsten+ karston+ karstyn- karsyn- karsynn- karter+
kartez+ karthik+ karthikeya+ kartik+ karuna- karver+ karyme- karyna- karys- karysa- karyssa- kasai+ kasandra- kasaundra- kasch+ kase+
kasean+ kaseem+ kasem+ kasen+ kaser+ kash+ kashae- kashanti- kashari- kashaun+ kashawn+ kashawna- kashay- kashayla- kashe+ kashia-
kashif+ kashika- kashira- kashish- kashius+ kashlyn- kashmere+ kashmir- kashton+ kashun+ kashus+ kashvi- kashyap+ kasi- kasia- kasiah-
kasidee- kasidi- kasidy- kasie- kasim+ kasimir+ kasin+ kasir+ kasiya- kasiyah- kasmira- kason+ kasondra- kasra+ kassadi- kassady-
kassem+ kassen+ kassiah- kassidee- kassidi- kassidie- kassidy- kassim+ kassity- kassius+ kasson+ kassondra- kassy- kassydi- kasten+ kaston+
kasumi- kasyn+ kataleena- katalena- katalina- katalyna- katana- katanna- katara- katarina- katarzyna- kataya- katelee- kateleen- katelin- katelinn-
katelyn- katelyne- katelynn- katelynne- katen- katera- kateri- katerin- kateryn- kathaleen- kathalina- kathan+ katheleen- kathelyn- kathen+ katherin-
katherinne- katheryne- kathia- kathlyn- kathlynn- kathrin- kathrina- kathrynn- kathya- kathyrn- katia- katiana- katianna- katieann- katielyn- katielynn-
katilyn- katilynn- katiya- katja- katlyn- katlynn- kato+ katori- katoria- katrell+ katrianna- katrice- katriel- katrin- katriona- katryn-
katryna- katty- katurah- katye- kaua+ kauan+ kaushal+ kaushik+ kavan+ kavari+ kavaughn+ kaveh+ kaveion+ kavell+ kaven+ kaveon+
kavi+ kavian+ kavin+ kavion+ kaviona- kavish+ kavita- kavon+ kavone+ kavontae+ kavonte+ kavya- kawai+ kawaii- kawan+ kawika+
kawliga+ kawon+ kawthar- kawther- kaya- kayah- kayal- kayan+ kayana- kayani- kayann- kayanna- kaybree- kayce- kaycen+ kayci-
kaycie- kayd+ kayda- kaydan+ kaydance- kayde+ kaydee- kayden+ kaydence- kaydense- kaydenze- kaydi- kaydie- kaydin+ kaydince- kaydn+
kaydon+ kaydyn+ kaydynce- kaydynn- kayedence- kayel+ kayela- kayelee- kayelin- kayelyn- kayelynn- kayen+ kayhla- kayia- kayin+ kayjah-
kayl+ kaylah- kaylamarie- kaylan- kaylana- kaylani- kaylanie- kaylann- kaylanna- kaylany- kaylea- kayleah- kaylean- kayleana- kayleann- kayleanna-
kayleb+ kayleeann- kayleemarie- kayleen- kayleena- kaylei- kayleigh- kaylen- kaylena- kaylene- kaylenn- kayler- kayli- kaylia- kayliah- kayliana-
kayliann- kaylianna- kaylib+ kaylie- kaylieann- kayliegh- kaylin- kaylina- kaylinn- kaylis- kaylise- kaylla- kayln- kaylo+ kaylob+ kaylon+
kayloni- kaylor- kaylub+ kaylup+ kayly- kaylyne- kaylynn- kaylynne- kayman+ kaymarie- kaymen+ kaymi- kaymon+ kayn+ kayna- kaynen+
kayon+ kayona- kayoni- kayonna- kayori- kayra- kayron+ kaysa- kaysan+ kaysea- kaysee- kaysen+ kaysha- kayshaun+ kayshawn+ kayshia-
kaysi- kaysia- kaysie- kayson+ kayte- kaytee- kaytelyn- kaytelynn- kayten- kayti- kaytie- kaytlen- kaytlin- kaytlyn- kaytlynn- kayton-
kayven+ kayvion+ kayvon+ kaz+ kazandra- kazden+ kazen+ kazi+ kazia- kaziah- kazimir+ kaziyah- kazmir+ kazu+ kazuki+ kazuo+
kc+ kden+ kdyn+ keaden+ keagan+ keagen+ keaghan+ keagin+ keagon+ keagyn- keahi+ keaira- keairah- keaisha- keaja- keaka+
keala- kealan+ kealani- kealee- kealen+ kealey- kealia- kealie- kealoha- kealohilani- kealy- keamber- keana- keanan+ keandra- keandre+
keandrea- keanen+ keani- keanna- keannah- keano+ keantae+ keante+ keanthony+ keanu+ keara- kearah- keari- kearia- kearie- kearra-
kearsten- kearstin- kearston- kearstyn- keasia- keasiah- keaston+ keatan+ keaten+ keathan+ keatin+ keaton+ keatyn- keaun+ keauna- keaundra-
keaundre+ keaven+ keavion+ keavon+ keawe+ kebin+ kebron+ kedan+ kedar+ kedarius+ keden+ kedran+ kedric+ kedrick+ kedus+ kedwin+
keean+ keegan+ keegen+ keeghan+ keegun+ keela- keelah- keelan+ keelee- keeleigh- keelen+ keeli- keelie- keelin- keelon+ keelyn-
keemora- keemya- keena- keenen+ keenyah- keera- keerah- keeran+ keerat- keerthana- keerthi- keerti- kees+ keesha- keeshawn+ keeton+
keeva- keevan+ keevin+ keevon+ keeya- keeyan+ keeyon+ kegan+ kehaulani- kehinde+ kei+ keiaira- keian+ keiana- keiandre+ keianna-
keiara- keiarah- keiarra- keiasia- keida- keidan+ keiden+ keidi- keidrick+ keidy- keifer+ keigan+ keigen+ keighan+ keighley- keighly-
keiji+ keijuan+ keiko- keil+ keila- keilah- keilan+ keilana- keiland+ keilani- keilany- keilee- keileigh- keilen+ keiley- keili-
keiliana- keilin- keilly- keilon+ keily- keilyn- keilynn- keimani- keimar+ keimari- keimarion+ keimon+ keimoni+ keimora- keimya- keimyah-
kein+ keina- keinan+ keino+ keion+ keiona- keiondre+ keionna- keira- keirah- keiralyn- keiran+ keiren+ keiri- keiron+ keirra-
keirrah- keirslyn- keirsten- keirstin- keirstyn- keiry- keirya- keiryn- keisean+ keisha- keishaun+ keishawn+ keishla- keishon+ keisi- keison+
keisy- keita+ keitaro+ keithan+ keithen+ keitlyn- keiton+ keivon+ keiyon+ keiyona- kejuan+ kekai+ kekoa+ kel+ kela- kelaiah-
kelan+ keland+ kelani- kelbi- kelbie- kelcee- keldan+ kelden+ keldon+ keldrick+ keleah- kelechi+ kelechukwu+ kelee- keleigh- kelen+
keli- kelia- keliah- kelicia- kelii+ kelijah+ kelilah- kelin+ kelina- kelis- kelise- kelisha- keliyah- kell+ kella- kellan+
kellar+ kellee- kelleigh- keller+ kellianne- kellin+ kellis- kellon+ kellsey- kellyanna- kellyanne- kellyn- kelman+ kelon+ kelsay- kelsea-
kelsee- kelsei- kelseigh- kelsen+ kelsie- kelso+ kelson+ keltan+ kelten+ keltie- keltin+ kelton+ kelty- keltyn+ kelven+ kelvion+
kelvon+ kelvyn+ kely- kelyn- kelynn+ kelyse- kemaj+ kemal+ kemani- kemar+ kemara- kemare+ kemari+ kemaria- kemarie- kemarion+
kemarrion+ kemauri+ kemaurion+ kemaury+ kemaya- kember- kemberly- kemia- kemiah- kemilly- kemily- kemiya- kemiyah- kemon+ kemoni- kemonie-
kemontae+ kemontay+ kemonte+ kemora- kemorah- kemoria- kemper+ kempton+ kemuel+ kemya- kemyah- kemyra- kena- kenadee- kenadi- kenadie-
kenady- kenae- kenai+ kenan+ kenard+ kenasia- kenaz+ kenda- kendahl- kendale+ kendallyn- kendalyn- kendalynn- kendan+ kendarion+ kendarious+
kendarius+ kendarrius+ kendel+ kendelle- kendelyn- kenden+ kender+ kenderick+ kendi- kendia- kendle+ kendon+ kendrah- kendrea- kendred+ kendrell+
kendria- kendric+ kendrik+ kendrix+ kendry+ kendryck+ kendy- kendyl- kendyll- kendyn+ kenechukwu+ kenedee- kenedi- kenedie- kenedy- kener+
keneth+ keng+ keni+ kenia- keniah- kenidee- kenidi- kenidy- keniel+ kenija- kenijah- kenise- kenisha- kenith+ keniya- keniyah-
kenji+ kenlea- kenlee- kenlei- kenleigh- kenley- kenli- kenlie- kenly- kenlyn- kennadee- kennadi- kennadie- kennady- kennah- kennard+
kenndra- kenndrick+ kennede- kennedee- kennedey- kennedi- kennedie- kennen+ kenner+ kennet+ kenney+ kenni- kennia- kenniah- kennice- kennidee-
kennidi- kennidy- kennis+ kennisha- kennison+ kenniya- kenniyah- kennley- kennon+ kennya- kenric+ kenrick+ kenry+ kensey- kenshin+ kensi-
kensie- kensington- kenslee- kenslei- kensleigh- kensley- kensli- kenslie- kensly- kenson+ kenston+ kensy- kenta+ kentaro+ kentavia- kentavion+
kentavious+ kentavis+ kentavius+ kento+ kentrail+ kentravion+ kentravious+ kentrel+ kentrell+ kentrevious+ keny+ kenyah- kenyana- kenyatta+ kenyen+ kenyetta-
kenyia- kenyun+ kenza- kenzee- kenzey- kenzi- kenzie- kenzington- kenzlee- kenzleigh- kenzley- kenzli- kenzlie- kenzo+ kenzy- keo+
keoki+ keola+ keon+ keona- keondra- keondray+ keondre+ keone+ keoni+ keonna- keonta+ keontae+ keontay+ keonte+ keontre+ keora-
keosha- kepler+ kera- kerah- keran+ kerem+ keren- keria- keriana- kerianna- keric+ kerigan- kerim+ kerington- kerissa- kerolos+
keron+ kerra- kerria- kerrick+ kerrigan- kerrington- kerris- kerron+ kerstyn- kervens+ kervin+ kesan+ kesaun+ kesean+ kesha- keshan+
keshaun+ keshav+ keshawn+ keshawna- keshayla- keshia- keshon+ keshun+ kesia- keslee- kesler+ keslyn- keson+ kessa- kessler+ kester+
keston+ ketan+ kethan+ ketsia- keturah- ketzaly- ketzia- keuna- keundra- keva- kevaughn+ kevaun+ keveon+ kevianna- kevion+ keviona-
kevionna- kevonna- kevonta+ kevontae+ kevontay+ kevonte+ kevyon+ kewan+ kewon+ keya- keyaan+ keyahna- keyaira- keyala- keyan+ keyana-
keyanah- keyandre+ keyani- keyanna- keyante+ keyara- keyarah- keyari- keyarra- keyashia- keyasia- keyaun+ keyauna- keydan+ keyden+ keydi-
keydy- keyen+ keyera- keyerra- keygan+ keyin+ keyion+ keyira- keyla- keylah- keylan+ keylani- keyle- keylee- keylei- keyleigh-
keylen- keyley- keyli- keylie- keylin- keylly- keylon+ keyly- keylyn- keymani- keymara- keymari+ keymarion+ keymiah- keymon+ keymoni-
keymonte+ keymora- keymya- keyna- keynan+ keynia- keyniah- keyo+ keyon+ keyona- keyonah- keyondra- keyondre+ keyoni- keyonia- keyonie-
keyonna- keyonne+ keyonni- keyontae+ keyontay+ keyonte+ keyra- keyri- keyron+ keyrra- keyry- keysan+ keysean+ keysha- keyshaun+ keyshauna-
keyshawn+ keyshia- keyshon+ keyshun+ keysi- keyson+ keyston+ keyton+ keyun+ keyuna- keyunna- keyvin+ keyvion+ keyvon+ keywan+ keywon+
kezaria- kezia- keziah- keziyah- khadar+ khade+ khadeeja- khadeja- khaden+ khader+ khadidja- khadija- khadijah- khadijat- khadijatou- khadim+
khadir+ khady- khai+ khaiden+ khail+ khaila- khailee- khaira- khairi+ khalan+ khalani- khale+ khalea- khaleah- khaleb+ khaled+
khalee+ khaleed+ khaleel+ khaleem+ khalel+ khalen+ khaley- khali+ khalia- khaliah- khalib+ khalid+ khalief+ khaliel+ khalifa+ khalik+
khalila- khalilah- khaliq+ khalise- khaliya- khaliyah- khalon+ khamani+ khamar+ khamari+ khamaria- khamarion+ khamauri+ khamaya- khameron+ khamia-
khamiah- khamil- khamila- khamille- khamiya- khamiyah- khamoni+ khamora- khamren+ khamya- khamyah- khamyra- khandi- khane+ khang+ khanh+
khani+ khaniya- khaniyah- khaos+ kharan+ khari+ kharis- kharisma- kharizma- kharma- kharon+ khary+ khasir+ khawaja+ khaya- khayden+
khayla- khayree+ khayri+ khenadi- kherington- khia- khiana- khianna- khiara- khila- khilee- khiley- khimani+ khira- khiree+ khiry+
khiya- khiyon+ khizer+ khloe- khloee- khloey- khloi- khloie- khmari+ khmya- khoa+ khoen+ khoi+ khole- kholton+ khori-
khris+ khristian+ khristiana- khristina- khristine- khristopher+ khriz+ khrystal- khrystian+ khrystopher+ khush+ khushal+ khushi- khy+ khya- khyana-
khye+ khyia- khyla- khylan+ khyle+ khylee- khylei- khylen+ khyler+ khyli- khylie- khylil+ khylon+ khyra- khyree+ khyren+
khyri+ khyrie- khyrin+ kia- kiahna- kiahnna- kiahra- kiai+ kiaira- kiaja- kiala- kialee- kialey- kialyn- kiamani- kian+
kiana- kianah- kiandra- kiandre+ kiani- kianna- kiannah- kianne- kianni- kianny- kiante+ kiany- kiara- kiarah- kiaraliz- kiari-
kiaria- kiarra- kiarrah- kiasia- kiauna- kiaya- kiayah- kidus+ kie+ kieana- kieanna- kieara- kiearah- kiearra- kieayla- kiefer+
kiegan+ kiela- kielan+ kielee- kieleigh- kieley- kiely- kielyn- kielynn- kien+ kienna- kier+ kiera- kierah- kieran+ kierce+
kiere+ kieren+ kierian+ kierin+ kiernan+ kieron+ kierra- kierrah- kierre+ kierstan- kierstin- kierston- kierstyn- kierstynn- kiersyn- kieryn-
kiesha- kieshawn+ kiet+ kieth+ kieya- kihanna- kijana- kijon+ kijuan+ kiki- kiko- kila- kilah- kilea- kilee- kileigh-
kili- kilia- kilie- kilik+ kilyn- kilynn- kima- kimani- kimar+ kimara- kimarah- kimari- kimaria- kimarie- kimarion+ kimaya-
kimayah- kimber- kimberleigh- kimberlie- kimberlin- kimberlly- kimberlynn- kimbree- kimbria- kimi- kimia- kimiah- kimiko- kimimila- kimiya- kimiyah-
kimmora- kimmya- kimo+ kimon+ kimoni+ kimora- kimorah- kimoralee- kimore- kimoree- kimori- kimoria- kimverly- kimya- kimyah- kimyra-
kinadee- kinberly- kincade+ kindal- kindall- kindell- kinden+ kindra- kinga- kingdavid+ kingjames+ kingsten+ kingstin+ kiniyah- kinlea- kinlee-
kinleigh- kinley- kinnedi- kinnick+ kinnley- kinser+ kinsey- kinsie- kinslee- kinsleigh- kinslie- kinson+ kinston+ kinya- kinza- kinze-
kinzee- kinzey- kinzi- kinzie- kinzlee- kinzley- kinzy- kiomara- kiomi- kion+ kiona- kioni- kionna- kionte+ kiora- kiowa+
kirah- kiralynn- kiran+ kirana- kiree+ kiren+ kiriana- kirie- kiril+ kirill+ kirin+ kiristen- kirkland+ kirollos+ kiron+ kirra-
kirrah- kirsi- kirstan- kirstie- kirt+ kirtan+ kirubel+ kiryn- kisa- kisha- kishan+ kishawn+ kishon+ kitana- kitara- kitzia-
kitzya- kiva- kiya- kiyah- kiyan+ kiyana- kiyani- kiyanna- kiyara- kiyari- kiyelle- kiyen+ kiyla- kiylah- kiylee- kiyoko-
kiyomi- kiyon+ kiyona- kiyonna- kiyora- kiyoshi+ kiyra- kizer+ kizzy- kjersten- kjersti- kjerstin- kjuan+ kla- klair- klaira-
klaire- klarisa- klarissa- klark+ klaryssa- klaudia- klay+ klayten+ klayton+ klea- kleber+ klee- kleigh- klein+ klever+ klhoe-
klint+ kliyah- kloe- kloee- kloei- kloey- klohe- klohie- kloi- kloie- klover- klynn- kmari+ kmarion+ kmora- kmya-
kniyah- knoah+ knute+ knya- knyla- ko+ koa+ koah+ koal+ kobe+ kobee+ koben+ kobey+ kobi+ kobie+ kobin+
koby+ kobyn+ koda+ kodah+ kode+ kodee- koden+ kodey+ kodi- kodiak+ kodie- kody+ koehn+ koen+ kofi+ koh+
kohan+ kohana- kohei+ kohen+ kohle+ kohler+ kohlton+ kohner+ kohyn+ koi+ koji+ kojo+ koki+ koko- kol+ kolbe+
kolbee- kolben+ kolbey+ kolbi- kolbie- kolbin+ kolby+ kolden+ kole+ kolee- koleigh- koleman+ koleson+ koleton+ koley- kolie-
kolin+ kolina- kollen+ kollin+ kollyn+ kolsen+ kolson+ kolt+ koltan+ kolten+ kolter+ koltin+ kolton+ koltyn+ kolyn+ komal-
komari+ kona+ kong+ kongmeng+ kongpheng+ konnar+ konner+ konnor+ konor+ konstandinos+ konstantina- konstantinos+ kooper+ korah- koraima- koran+
koray+ korayma- korban+ korben+ korbin+ korbyn+ kord+ kordae+ kordai+ korday+ korde+ kordel+ kordelia- kordell+ koree- koreyon+
koriana- korianna- korin- korina- korinna- korinne- korion+ korissa- kornel+ kornelia- kornell+ koron+ korra- korri- korrin- korrine-
korryn- kortez+ kortland+ kortlyn- kortnee- kortnei- kortney- kortni- kortnie- korver+ korvin+ koryn- korynn- korynne- kosei+ kosisochi-
kosisochukwu+ kosta+ kostas+ koston+ kosuke+ kota+ kotaro+ kouper+ kourosh+ kourtlyn- kourtnee- kourtnei- kourtney- kourtni- kourtnie- koven+
kovi+ kowen+ kowsar- koy+ kraig+ kratos+ kraven+ krayton+ krew+ krimson- krina- kripa- krisalyn- krisanna- krish+ krishan+
krishawn+ krishay+ krishiv+ krishn+ krishon+ krislyn- krislynn- kriss+ krissa- krissi- krissia- kristabella- kristalyn- kristeena- kristella- kristelle-
kristhian+ kristiana- kristianna- kristie- kristijan+ kristion+ kristiona- kristjan+ kristlyn- kristof+ kristoff+ kriston+ kristyana- kristyna- krisztian+ krithi-
krithik+ krithika- kritika- kriya- kriz+ krizia- kron+ kross+ krrish+ kru+ krue+ kruse+ krush+ kruz+ kruze+ kryslyn-
krystall- krystalyn- krystalynn- krystel- krysten- krystian+ krystiana- krystie- krystin- krystina- krystine- krystofer+ krystopher+ krystyn- kryton+ krzysztof+
ksenia- kseniya- kshaun+ kshawn+ kuba+ kullen+ kulsum- kumar+ kumari- kumba- kunal+ kuper+ kura- kuron+ kursten- kurstin-
kurumi- kush+ kushal+ kushi- kutter+ kuulei- kvaughn+ kveon+ kvon+ kwabena+ kwadwo+ kwaku+ kwali+ kwamaine+ kwame+ kwan+
kwasi+ kweku+ kweli+ kwesi+ kya- kyah- kyair+ kyaira- kyaire+ kyale+ kyan+ kyana- kyandre+ kyani- kyann- kyanna-
kyannah- kyanne- kyara- kyarah- kyari- kyarra- kyasha- kyasia- kyce+ kycen+ kyden+ kydon+ kye+ kyeir+ kyel+ kyen+
kyera- kyerra- kyesha- kyha- kyheim+ kyia- kyiah- kyiara- kyiesha- kyila- kyilee- kyion+ kyira- kyjah- kyjuan+ kylah-
kylan+ kyland+ kylani- kylar+ kylea- kyleah- kylee- kyleeann- kyleen- kyleena- kylei- kyleigh- kylena- kylene- kyler+ kyley-
kyli- kylia- kyliah- kylian+ kyliana- kylianne- kylieann- kyliee- kyliegh- kyliemarie- kylii- kylin- kylina- kylinn- kyliyah- kylla-
kyllian+ kyllie- kylon+ kylor+ kyly- kylyn- kylynne- kymani+ kymara- kymari+ kymarion+ kymarley+ kymber- kymberlee- kymberley- kymberli-
kymberlie- kymberly- kymberlyn- kymberlynn- kymbree- kymere+ kymia- kymiah- kymir+ kymira- kymon+ kymoni+ kymora- kymorah- kymorra- kyna-
kynadee- kynadi- kynadie- kynan+ kyndahl- kyndal- kyndall- kyndel- kyndell- kyndle- kyndra- kyndrah- kynedi- kyng+ kyngston+ kyniah-
kynlee- kynleigh- kynley- kynli- kynlie- kynnadi- kynnady- kynnedi- kynnedy- kynnidi- kynslee- kynsleigh- kynsley- kynsli- kynzee- kynzi-
kynzie- kynzli- kyo+ kyoka- kyoko- kyon+ kyona- kyonna- kyra- kyrah- kyran+ kyre+ kyree+ kyrel+ kyrell+ kyren+
kyrese+ kyri- kyria- kyriaki- kyrian+ kyriana- kyrianna- kyrie- kyriel- kyrielle- kyrillos+ kyrin+ kyrollos+ kyron+ kyros+ kyrra-
kyrrah- kyrstan- kyrsten- kyrus+ kysa- kysan+ kyse+ kysean+ kysen+ kyser+ kyshaun+ kyshawn+ kyshon+ kysir+ kyson+ kyston+
kytzia- kyu+ kyuana- kyvon+ kyzer+ laaibah- laakea+ laasia- laasya- laban+ labib+ labrandon+ labraya- labree- labria- labrian+
labron+ labryan+ lachelle- lachlan+ laci- lada- ladainian+ ladaisha- ladale+ ladamian+ ladamien+ ladamion+ ladan- ladanian+ ladarian+ ladarion+
ladarious+ ladarius+ ladarren+ ladarrian+ ladarrion+ ladarrius+ ladasia- ladavion+ ladd+ ladeja- ladell+ laderion+ laderrick+ laderrion+ laderrius+ ladislao+
ladon+ ladrea- laekyn- lael- laela- laelah- laelani- laella- laelle- laelyn- laeton+ lafayette+ lahari- lahela- lahna- laia-
laiah- laiana- laianna- laiba- laiden+ laihla- laiken- laikyn- laila- lailaa- lailah- lailana- lailani- lailanie- lailany- lailee-
lailene- lailey- lailie- lailoni- laily- lailynn- laim+ lain+ laine- lainee- laini- lainie- lainy- laionna- laira- laisha-
laith+ laiton+ laiya- laiyah- laiyana- laiyla- laiza- lajada- lajaya- lajuan+ lakai+ lakaia- lakaila- lakaiya- lakaya- lakayla-
lakeia- lakeisha- lakeith+ lakel+ lakelyn- lakelynn- laken- lakendra- lakendria- lakendrick+ lakenya- lakenzie- lakera- lakeria- lakerria- lakesha-
lakeshia- lakevia- lakeya- lakhia- lakia- lakiesha- lakin- lakira- lakisha- lakiya- lakiyah- lakoda+ laksh+ lakshmi- lakshya+ lakya-
lakyah- lakyia- lakyla- lakyn- lakynn- lakyra- lala- lalah- lalani- lale- lali- lalia- lalicia- lalita- lalith+ lalitha-
laloni- lama- lamaiya- lamaj+ lamani- lamara- lamarcus+ lamareon+ lamari+ lamaria- lamariah- lamario+ lamarion+ lamarius+ lamark+ lamarkus+
lamarr+ lamaya- lamayah- lamberto+ lamees- lamel+ lamere+ lamiah- lamichael+ lamija- lamin+ lamine+ lamir+ lamira- lamiracle- lamis-
lamiya- lamiyah- lamon+ lamondre+ lamone+ lamoni- lamonica- lamontae+ lamonte+ lamontez+ lamya- lamyah- lamyia- lamyra- lanah- lanai-
lanaijah- lanaiya- lanaiyah- lanard+ lanasia- lanay- lanaya- lanayah- landan+ landen+ lander+ landi- landin+ landis+ landon+ landra-
landree- landrey- landri- landrie- landry- landy+ landyn+ landynn+ lanea- laneah- lanee- laneisha- lanell+ lanelle- lanesha- lanesia-
lanessa- laneya- lang+ langdon+ langley- lania- laniah- laniaya- laniece- lanija- lanijah- lanise- lanisha- laniya- laniyah- laniyha-
lannah- lanora- lanorris+ lantz+ lanya- lanyah- lanyia- lanyiah- lanyjah- laparis- laquan+ laquarius+ laquavion+ laquintin+ laquinton+ laquita-
larae- larah- laraib- laraina- laramie- laray- laraya- lareina- larell+ laren- larenz+ larenzo+ lareyna- lariah- lariana- laritza-
lariya- lariyah- lariza- larken- larkin- larkyn- larnell+ laron+ larone+ larose- laroy+ larra- larrell+ larri+ larrissa- larron+
larsen+ larson+ larya- laryah- laryn- larysa- lasandra- lasean+ lasha- lashae- lashanti- lashaun+ lashauna- lashawn+ lashawna- lashay-
lashaya- lashaye- lashayla- lashea- lashelle- lashia- lashiya- lashon+ lashonda- lashun+ lashya- lason+ lastat+ lasya- laszlo+ latalya-
latanya- latasha- latasia- lataveon+ latavia- latavion+ latavious+ latavius+ lataya- latayvia- lateef+ laterrance+ latham+ lathan+ lathaniel+ lathen+
lathon+ lathyn+ laticia- latif+ latifa- latiya- latonya- latoria- latoya- latrail+ latravia- latravion+ latravious+ latrayvion+ latrel+ latrell+
latrelle+ latrice- latricia- latrinity- latrisha- latron+ latroy+ launa- laurah- lauralei- laurali- lauralie- lauralynn- lauran- laurana- laurance+
laureano+ laurelai- laurelei- laurencia- lauriel- laurin- laurissa- lauro+ laurynn- lautaro+ lavaeh- laval+ lavanya- lavar+ lavaria- lavarious+
lavaris+ lavaughn+ lavaya- laveah- lavel+ lavell+ lavelle+ lavern+ laveya- lavon+ lavonda- lavonna- lavont+ lavontae+ lavonte+ lawayne+
lawrance+ lawren- lawryn- lawsen+ lawson+ laya- layah- layal- layali- layan- layana- layanna- laycee- laycie- layden+ laydon+
layke+ layken- laykin- laylaa- laylaann- laylah- laylamarie- laylana- laylani- laylanie- laylanni- laylee- layleen- layleigh- laylene- layli-
laylia- layliana- laylie- laylin- laylla- layloni- laylonie- layna- laynee- layni- laynie- layonna- layra- laysha- layson+ layten+
layth+ laythan+ laythen+ lazaria- lazariah- lazarion+ lazarria- lazavion+ lazer+ laziya- laziyah- lazlo+ leaha- leahana- leahanna- leahmarie-
leahna- leahrose- leaira- leairah- leaisha- leaja- leala- lealand+ lealani- leam+ leamarie- leamon+ leamsi- leana- leander+ leandre+
leandrea- leandrew+ leandria- leandro+ leandros+ leani- leanie- leannah- leanne- leanni- leannie- leanny- leanthony+ leany- leara- leasia-
leaya- lebron+ ledarius+ leea- leeah- leeam+ leeana- leeandra- leeanna- leeasia- leeba- leelan+ leelen+ leeloo- leelu- leelyn+
leen- leeona- leeroy+ leevi+ leeya- leeyah- leeyana- leeza- lehi+ lehua- leiah- leiam+ leiana- leiani- leianna- leianne-
leib+ leiby+ leidi- leidy- leighana- leighann- leighanna- leighanne- leighla- leighna- leihla- leilan+ leilana- leiland+ leilaney- leilani-
leilanie- leilanni- leilanny- leilany- leileen- leilene- leili- leilia- leiloni- leilonie- leily- leilyn- leilynn- leina- leiny- leira-
leisel- leith+ leiya- leiyah- lejla- lejuan+ lekendrick+ lekha- lelaina- lelan+ lelani- lelend+ lelu- lelynd+ lemarcus+ lemarion+
lemya- len+ lenae- lenah- lenay- lenaya- lency- lene- leni- leniah- leniel+ lenin+ lenise- lenix+ leniya- leniyah-
lennin+ lennon+ lennox+ lenny+ lennyn+ leno+ lenox+ leny+ lenyn+ lenzy- leobardo+ leodan+ leodegario+ leomar+ leonah- leonarda-
leonce+ leoncio+ leondra- leondre+ leonel+ leonela- leonell+ leoni- leonia- leonidis+ leonidus+ leonitus+ leonna- leonor- leontae+ leopoldo+
leor+ leosvel+ leotis+ leovardo+ lequan+ lera- leriah- leron+ lerone+ lesa- lesean+ leshaun+ leshawn+ leshly- leslee- lesleigh-
leslye- lessie- lesslie- lessly- lestat+ lesther+ letrell+ letticia- letzy- leul+ levada- levan+ levana- levar+ levaughn+ levell+
levelle+ levent+ levente+ leviticus+ levontae+ lewis+ lexa- lexani- lexany- lexee- lexey- lexia- lexiana- lexianna- lexington+ lexton+
lexus- lexxi- lexxie- leya- leyah- leyan- leyana- leyanna- leyda- leydi- leydy- leyiah- leylah- leylan+ leyland+ leylani-
leylanie- leylany- leyli- leyna- leyonna- leyton+ lezli- lezly- liad+ liadan- liah- liahna- liahona- liala- lianah- liandra-
liandro+ lianette- liang+ liani- liann- liannah- lianni- lianny- liany- liara- liasia- liat- liba- liban+ libertad- liberti-
libertie- libia- libni- libny- librado+ liddia- lidea- lidiya- lidya- liel- liela- lielle- liem+ liesel- liesl- lijah+
lilana- lilany- lilea- lileah- lileana- lilee- lileigh- liley- lili- liliah- liliahna- liliana- lilianah- liliani- liliann- lilianna-
lilianne- liliauna- lilibeth- lilie- lilienne- lilija- lilijana- lilinoe- lilit- lilium- liliya- liliyana- lilja- lillah- lillan- lillee-
lilleigh- lilley- lillia- lilliah- lilliahna- lilliam- lilliana- lillianah- lilliane- lilliann- lillianna- lilliannah- lillianne- lilliauna- lillie- lillieana-
lillieann- lillieanna- lilliemae- lillien- lillienne- lilliona- lillionna- lillith- lillyahna- lillyan- lillyana- lillyann- lillyanna- lillyanne- lillyauna- lillyen-
lillyin- lillymae- lillyona- lillyonna- lillyrose- lillyth- lilou- lilu- lilya- lilyahna- lilyana- lilyanah- lilyann- lilyanna- lilyannah- lilyanne-
lilyauna- lilybelle- lilybeth- lilyen- lilygrace- lilyian- lilykate- lilymarie- lilyona- lilyonna- lilyrose- lilyth- linah- lincon+ lincy- lindamarie-
linde- lindee- lindell+ lindey- lindley- lindsi- lindsie- lindyn- lindzee- lindzey- lindzi- lindzie- lindzy- lineth- linett- linford+
linh- linken+ linkin+ linkoln+ linkon+ linlee- linley- linna- linnae- linnaea- linsay- linsey- linsi- linsy- linwood+ linzee-
linzey- linzi- linzie- lio+ liona- lionardo+ lionell+ lior+ liora- lipa+ liran+ lirio- liron+ lisamarie- lisander+ lisandra-
lisandro+ lisbet- lisel- liset- liseth- lisett- lisi- lissandra- lissandro+ lisset- lisseth- lissett- lissette- liston+ lisvet- lithzy-
litia- litsy- littzy- litzi- litzy- livan+ livea- livi- livian- liviana- livie- livier- livija- liviya- livya- liya-
liyah- liyana- liyanna- lizandra- lizandro+ lizania- lizbet- lizet- lizeth- lizett- lizmar- lizmari- lizmarie- lizmary- lizzet- lizzeth-
lizzett- lizzette- lj+ llayla- lleyton+ lliam+ llubia- lluvia- loa- lochlan+ lochlann+ locklan+ loden+ lofton+ loganjames+ logann-
loganne- logen+ loghan+ logon+ logun+ logyn+ lohgan+ loic+ loida- lokelani- loki+ lolah- lolla- londan- londen- londin-
london- londyn- londynn- lonell+ lonnell+ lonzell+ lonzo+ loraina- loralai- loralei- lorali- loralye- loran- lorcan+ loreal- lorelai-
loreli- lorelie- lorely- lorence+ lorenna- lorenz+ loreta- loreto+ loreyna- loriah- lorian- loriana- loriann- loriel- lorielle- lorien-
lorilei- lorissa- lorraina- lorren- loryn- lorynn- louann- louanne- louay+ loukas+ lourdes- lovelee- lovella- lovelle+ lovette- lovie-
lovina- lowen+ loyd+ lrey+ lua- luan+ luana- luann- luanna- luanne- luar+ luay+ luba- lubna- luc+ lucah+
lucan+ lucca+ luccas+ luccia- lucciana- lucciano+ lucelia- lucely- lucero- luchiano+ lucianna- lucianne- lucielle- lucile- lucious+ lucrecia-
lucrezia- lucus+ lucyann- lucynda- ludmila- ludwika- ludwin+ ludwing+ luisalberto+ luisana- luisangel+ luisantonio+ luisdavid+ luiseduardo+ luisenrique+ luisfelipe+
luisfernando+ luismanuel+ luiz+ luiza- lujain- lujayn- luk+ luka+ lukah+ lukasz+ luken+ lukes+ lukis+ lukus+ lulani- lulia-
luma- lumi- luna- lunah- lunden- lundin- lundon- lundyn- lunna- lupe+ lupita- luqmaan+ luqman+ lusia- lusiano+ luul-
luvina- luzelena- luzmaria- luzmarie- luzmary- luzmila- lya- lyah- lyall+ lyam+ lyana- lyani- lyann- lyanna- lyanne- lyberti-
lyberty- lydea- lydell+ lydiah- lydiana- lydiann- lydianne- lyfe+ lyla- lylah- lylee- lyli- lylia- lylian- lyliana- lylianah-
lylianna- lylie- lylla- lylli- lyllian- lyllie- lymari- lyna- lynae- lyncoln+ lyndee- lynden+ lyndi- lyndie- lyndon+ lyndsee-
lyndsi- lyndsy- lyndzie- lynell- lynessa- lynia- lyniah- lyniya- lynkin+ lynlee- lynleigh- lynley- lynnae- lynnasia- lynnaya- lynneah-
lynnia- lynniah- lynnlee- lynnleigh- lynnsey- lynnsie- lynnzie- lynsie- lynzee- lynzi- lynzie- lyonel+ lyra- lyrica- lyricc- lyrick+
lyrik- lyrika- lyriq- lyrique- lysa- lysander+ lysandra- lysette- lysha- lyssette- lyvia- lyza- lyzette- maahi- maalik+ maaliyah-
maame- maan+ maanas+ maanasa- maanav+ maanvi- maanya- maat- maayan- maaz+ mabrey- mabrie- mabry- macade+ macaela- macai+
macaiah+ macaila- macaire+ macalister+ macallan+ macallister+ macari- macaria- macario+ macaulay+ macauley+ macayla- macaylee- maccoy+ macee- macelyn-
macen+ macenzie- maceo+ maceson+ macey- machaela- machai+ machenzie- machi+ maci- maciah- macie- maciej+ macin+ mackay+ mackayla-
mackaylee- mackena- mackenize- mackenna- mackennah- mackensey- mackensi- mackensie- mackenzee- mackenzey- mackenzi- mackenzy- mackenzye- mackey+ mackie- mackinley-
mackinsey- mackinzie- macklin+ mackynzie- maclain+ maclaren- maclean+ maclin+ macon+ macoy+ macrae+ macrina- macsen+ macy- macyn- madai-
madailein- madalaine- madaleine- madalene- madalin- madalina- madaline- madalyne- madalynn- madalynne- madasin- madason- madasyn- maday- maddalyn- maddalynn-
maddax+ maddeline- maddelyn- maddelynn- maddex+ maddilyn- maddilynn- maddin+ maddisen- maddison- maddisyn- maddix+ maddoc+ maddock+ maddon+ maddox+
maddoxx+ maddux+ maddyn- maddysen- maddyson- maddyx+ madee- madeeha- madelayne- madelein- madelen- madeliene- madelline- madellyn- madelyne- madelyngrace-
madelynn- madelynne- maden+ madesyn- madex+ madhav+ madhavi- madi- madicyn- madie- madigan- madiha- madilee- madiline- madilyn- madilyne-
madilynn- madilynne- madina- madisan- madisen- madisin- madisson- madissyn- madisun- madisyn- madisynn- madix+ madlyn- madlynn- madolyn- madolynn-
madox+ madsen+ madsion- madylan- madylin- madylyn- madyn- madysen- madysin- madyson- madysun- madysyn- madyx- maebel- maebelle- maebh-
maebry- maeby- maeci- maecie- maecy- maecyn- maeda- maegen- maeghan- mael+ maela- maelana- maelee- maeleigh- maeley- maeli-
maelie- maelin- maelle- maely- maelyn- maelynn- maelys- maeryn- maeson+ maesyn- maeva- maeve- maeven- maezie- magali- magalie-
magaly- magan- magdaleno+ magdaline- magdalyn- magdalynn- magdelena- magdeline- magdelyn- magdiel+ magen- magie- magnus+ maguire+ mahad+ mahagony-
mahaila- mahalakshmi- mahalet- mahaley- mahalie- maham- mahamadou+ mahamed+ mahamud+ mahari+ mahathi- mahati- mahayla- mahdi+ mahealani- maheen-
mahek- maher+ mahesh+ mahi- mahika- mahima- mahin+ mahina- mahir+ mahira- mahit+ mahita- mahitha- mahiya- mahiyah- mahkai+
mahkayla- mahkenzie- mahki+ mahlah- mahlet- mahli- mahlia- mahlik+ mahlon+ mahmood+ mahnoor- mahoganey- mahogani- mahonri+ mahreen- mahri-
mahum- mahya- mai- maiah- maicee- maicey- maico+ maicol+ maicon+ maicy- maida- maija- maika- maikel+ maikol+ maila-
mailani- maile- mailee- maileen- mailen- mailene- mailey- maili- mailie- mailin- mailinh- maille- maily- mailyn- mailynn- maimouna-
maimuna- mainor+ maira- mairany- mairead- mairely- mairi- mairim- mairin- mairyn- maisa- maisen+ maisha- maisy- maisyn- maite-
maitland- maitlyn- maitri- maiya- maiyah- maizee- maizey- maizie- maizy- maja- majd+ majdi+ majed+ majid+ makaden+ makael+
makaela- makaelah- makaelyn- makahi+ makahla- makai+ makaia- makaiah- makaih+ makail+ makaila- makailah- makailee- makailyn- makaio+ makaiya-
makaiyah- makala- makalah- makale+ makalee- makaleigh- makaley- makalia- makaliah- makalya- makalyn- makalynn- makana+ makani+ makar+ makara-
makari+ makaria- makarios+ makaveli+ makaya- makayah- makayden- makayla- makaylah- makaylan- makayle- makaylee- makayleigh- makaylen- makayli- makaylia-
makaylie- makaylin- makaylla- makaylyn- makaylynn- makda- makeda- makeena- makeila- makel+ makela- makell+ makella- makelle- makena- makenah-
makendra- makenize- makenlee- makenley- makenlie- makenly- makenna- makennah- makensey- makensi- makensie- makensy- makenya- makenze- makenzee- makenzey-
makenzi- makenzie- makenzy- makenzye- makeyla- makhai+ makhaila- makhari+ makhayla- makhi+ makhia- makhila- makhiya- makhya- makhyia- maki+
makia- makiah- makiaya- makih+ makila- makilah- makina- makinlee- makinley- makinly- makinna- makinsey- makinze- makinzee- makinzey- makinzi-
makinzie- makinzy- makira- makirah- makiya- makiyah- makiyla- makoa+ makoto+ maks+ maksim+ maksym+ maksymilian+ makya- makyah- makye+
makyi+ makyia- makyiah- makyla- makylah- makyle+ makylee- makyleigh- makylie- makyna- makynlee- makynna- makynzee- makynzi- makynzie- makyra-
malaak- malacai+ malachai+ malachy+ malacki+ malae- malai- malaia- malaiah- malaija- malaijah- malaika- malaina- malaisha- malaiya- malaiyah-
malaja- malajah- malak- malaka- malakai+ malakei+ malakhai+ malakhi+ malaki+ malakia+ malakie+ malakii+ malaky+ malakye+ malan- malana-
malaney- malani- malanna- malarie- malasha- malashia- malasia- malayah- malayasia- malayia- malayiah- malayjah- malayla- malayna- malaysha- malayshia-
malcom+ malea- maleah- maleaha- maleak+ maleana- malechi+ malee- maleea- maleeah- maleeha- maleek+ maleena- maleeya- maleeyah- maleia-
maleiah- maleigh- maleigha- maleik+ maleina- maleiya- malek+ malekai+ maleke+ malekhi+ maleki+ maleny- malerie- maley- maleya- maleyah-
malgorzata- maliah- maliaka- malic+ malichai+ malichi+ malick+ malie- maliek+ maliha- maliik+ malijah- malika- malikah+ malikai+ malike+
malikhi+ maliki+ malikiah+ maliky+ malikye+ malin- malini- maliq+ malique+ malisa- malisha- maliya- maliyah- maliyha- malka- malky-
mallarie- mallary- mallely- mallery- malley- mallie- mallika- malliyah- malloree- mallori- mally- malon+ malone+ maloni- maloree- malori-
malvika- malya- malyah- malyia- malyiah- malyk+ malykai+ malyki+ malynn- malyssa- mamadou+ mamoudou+ mana- manaal- manahil- manaia-
manal- manan+ manar- manas+ manasa- manase+ manases+ manasi- manasseh+ manasvi- manav+ manaya- mandalyn- mandalynn- mandee- mandell+
manha- manhattan- mani+ maniah- manik+ manika- manish+ manisha- maniya- maniyah- manjot- manley+ manmeet- mannat- mannix+ manoa+
manoah+ manoj+ manraj+ mansi- mansoor+ mansour+ mansur+ mantas+ manu+ manuela- manuella- manuelle+ manveer+ manvi- manvir+ maor+
marabelle- marae- marah- marai- marajade- maraki- maral- maralyn- maram- maran- maranatha- maranda- maray- maraya- marayah- marayna-
marbella- marbely- marbin+ marcail- marcanthony+ marcas+ marcayla- marcelina- marceline- marcelino+ marcelis+ marcell+ marcelles+ marcellino+ marcellis+ marcellius+
marcellous+ marcelus+ marche- marchello+ marcial+ marciana- marcianna- marciano+ marcin+ marcio+ marck+ marcoantonio+ marcques+ marcquis+ marcuz+ marea-
maree- mareena- mareesa- marek+ mareli- marelie- marelin- marelis- marelli- marelly- marely- marelyn- marelys- mareon+ maresa- marfil-
margaretann- margareth- margaretmary- margarett- margarito+ mariabelen- mariacamila- mariaclara- mariadejesus- mariadelaluz- mariadelcarmen- mariadelosang- mariaeduarda- mariaelena- mariafernanda- mariaguadalupe-
mariah- mariaha- mariaines- mariaisabel- mariajose- mariajulia- marialicia- marialis- marializ- marialuisa- marialuiza- marialy- mariama- mariame- marianah- mariane-
marianela- mariangel- mariangela- mariangely- marianny- mariano+ mariany- mariapaula- mariateresa- mariavictoria- mariaya- maribell- maribella- maricarmen- maricel- maricela-
maricella- marico+ maricruz- maricus+ marieanna- mariela- marielena- marieli- marielis- marieliz- mariell- mariella- marielly- mariely- marielys- mariem-
marieme- marifer- marigrace- mariha- marija- marijane- marijayne- marijose- marik+ mariko- marilena- marili- marilla- marilou- marilu- mariluz-
marily- marilynn- marim- marimar- marinn- mariona- marioni+ marionna- marios+ maripaz- marisabel- marisah- marisela- marisella- marisha- marishka-
marisol- marissah- marit- marithza- maritza- marium- marivel- marixa- mariyah- mariyam- mariyana- mariyanna- mariza- marizol- marjan- marjon+
markala- markale+ markangelo+ markanthony+ markasia- markavion+ markavious+ markavius+ markayla- markaylah- markcus+ markee+ markeem+ markeese+ markeis+ markeise+
markeisha- markeith+ markel+ markell+ markella- markelle+ markenzie- markeria- markes+ markese+ marketta- markevia- markevion+ markevious+ markevius+ markeya-
markez+ markham+ marki- markia- markie- markies+ markiese+ markis+ markise+ markita- markiya- markiyah- marko+ markyla- marlaina- marlan+
marlana- marland+ marlaya- marlayna- marlaysha- marlaysia- marle- marlea- marleena- marlei- marleigh- marlen- marleni- marlenne- marleny- marlet-
marleth- marlette- marleyjane- marli- marlianna- marlicia- marlina- marlise- marlissa- marliyah- marlyne- marlynn- marlys- marnae- marnell+ marnita-
maron+ marqez+ marquail+ marqual+ marquan+ marquasia- marquavion+ marquavious+ marquavis+ marquavius+ marquay+ marquel+ marquell+ marquelle+ marques+ marquese+
marquesha- marquett+ marquetta- marquette+ marquez+ marqueze+ marquia- marquice+ marquies+ marquinn+ marquisha- marquiz+ marquize+ marquon+ marqus+ marra-
marrah- marrell+ marriah- marriana- marrianna- marrio+ marrion+ marrisa- marrius+ marsean+ marsela- marsell+ marshae- marshaun+ marshawn+ marshay-
marshayla- marshon+ marshun+ marston+ martasia- martavion+ martavious+ martavis+ martavius+ martel+ martell+ martese+ martez+ marteze+ martia- martine-
martinez+ martinjr+ martise+ martrell+ martyna- marvell+ marvella- marvelle+ marvens+ marvins+ marvion+ marvon+ marvyn+ marwa- marwah- marwan+
marx+ maryah- maryalice- maryam- maryama- maryan- maryana- maryangel- marybel- marycarmen- marycatherine- maryclaire- maryclare- marycruz- maryela- maryeli-
maryelizabeth- maryella- maryelle- maryfrances- marygrace- maryhelen- maryiah- maryjayne- maryjean- maryjoy- marykate- marykatherine- marykathryn- marylouise- marylu- marylyn-
marylynn- marymae- marymargaret- maryn- maryna- maryonna- maryori- maryorie- marysol- maryssa- marytza- maryum- maryuri- marzell+ masa- masai+
masaki+ masato+ masen+ masey- mashari- mashayla- masiah+ masie- masiel- masiela- masih+ masin+ masiya- masiyah- maslah+ masoud+
massa- massai+ massiah+ massiel- masson+ masud+ masyn+ matalie- matalyn- matan+ matas+ mataya- matayo+ matea- mateah- mateen+
matei+ matej+ mateja- mateus+ mateusz+ mateya- mathais+ mathan+ mathayus+ mathea- matheo+ matheson+ matheu+ matheus+ mathews+ mathieu+
mathijs+ mathis+ mathius+ mathyis+ mati- matia- matilyn- matilynn- matin+ matis+ matison- matisse+ matisyn- matix+ matlyn- mats+
matson+ mattalyn- mattalynn- mattan+ mattea- mattelyn- matten+ matteus+ mattew+ matthais+ matthan+ matthaus+ matthea- matthewjames+ matthewryan+ matthews+
matthis+ mattia+ mattilyn- mattilynn- mattingly- mattis+ mattisen- mattison- mattisyn- mattix+ mattox+ mattyson- matus+ matvey+ matyas+ matylda-
maui+ mauri+ mauriah- mauriana- maurianna- mauricia- maurilio+ maurio+ maurion+ maurisio+ maurissa- mauro+ maveric+ maverik+ mavi- mavric+
mavrick+ mavrik+ mavryk+ maxamilian+ maxamillion+ maxamus+ maxemiliano+ maxen+ maxence+ maxfield+ maxime+ maximiliano+ maximillian+ maximilliano+ maximillion+ maximino+
maximos+ maximus+ maxmilian+ maxmillian+ maxmillion+ maxon+ maxsim+ maxson+ maxten+ maxton+ maxum+ maxwel+ maxx+ maxximus+ maxxwell+ maxymilian+
maya- mayah- mayan+ mayank+ mayanna- mayar- maybel- maybeline- maybelline- maybree- mayce- maycee- maycen- mayci- maycie- mayco+
maycol+ mayda- maydelin- mayden- mayela- mayeli- mayelin- mayerlin- mayes+ maygan- maygen- maykayla- maykel+ mayla- maylani- maylasia-
maylea- maylee- mayleen- mayleigh- maylen- maylena- maylene- mayley- mayli- maylia- maylie- maylin- maylyn- maylynn- mayme- maymuna-
maynor+ mayra- mayrani- mayreli- mayrin- maysa- maysaa- maysan- maysen+ maysie- mayson+ maysoon- maysun- maytal- mayte- maythe-
maytte- mayu- mayumi- mayur+ mayuri- mayzee- mayzie- mazal- mazee- mazen+ mazey- mazi- maziah- mazie- mazin+ maziyah-
mazzie- mazzy- mcalister+ mcallister+ mccade+ mccain+ mccall- mccarty+ mcclain+ mcclellan+ mccoy+ mcgregor+ mcguire+ mckade+ mckaela- mckaila-
mckailey- mckailyn- mckale+ mckay+ mckaya- mckayla- mckaylah- mckaylee- mckaylie- mckaylin- mckell- mckena- mckenah- mckendra- mckenize- mckenleigh-
mckenley- mckenlie- mckenly- mckenna- mckennah- mckennan+ mckennon+ mckensey- mckensi- mckensie- mckenze- mckenzee- mckenzey- mckenzi- mckenzie- mckenzy-
mckenzye- mckeon+ mckeyla- mckinlee- mckinleigh- mckinly- mckinna- mckinnley- mckinnon+ mckinsey- mckinze- mckinzee- mckinzey- mckinzie- mckinzy- mckoy+
mckyla- mckyle+ mckynlee- mckynlie- mckynzee- mckynzi- mckynzie- mclain+ mclane+ mclean+ mcrae+ md+ mea- meah- mecca- mechel+
meckenzie- medea- medha- medhansh+ medina- meeghan- meeka- meekah- meela- meelah- meena- meenakshi- meer+ meera- meesha- meeya-
megann- meggan- megha- meghana- meghna- megumi- megyn- meha- mehak- mehakpreet- mehar- mehdi+ mehek- meher- mehkai+ mehki+
mehmet+ mehr- mehreen- mehul+ meia- meiah- meika- meikhi+ meila- meilani- meilech+ meili- meilin- meiling- meily- meilyn-
meira- meisha- meital- meiya- meka- mekael+ mekaela- mekai+ mekaila- mekayla- mekaylah- mekel+ mekenna- mekenzi- mekenzie- mekhai+
mekhi+ mekhia- mekiah+ mekiyah- meklit- melachi+ meladee- melah- melaina- melaine- melana- melane- melanee- melaney- melani- melanni-
melannie- melanny- melanye- melat- melaya- melayah- melayna- melaysia- melbin+ melchizedek+ melchor+ mele- melea- meleah- meleana- meleane-
melecio+ meleena- melek- meleni- melenie- meleny- meli- melia- meliah- meliame- melian- melicia- meliha- melik+ melika- melinah-
meline- melinna- melis- meliya- meliyah- meliza- mellanie- mellany- mellissa- mellody- mellony- melodey- melodi- meloney- meloni- melora-
melquisedec+ melrose- melvina- melyna- melynda- melynna- melysa- melyssa- memorie- memphis+ memphys+ mena- menaal- menachem+ menashe+ menelik+
menna- mennah- menno+ menucha- meosha- mera- meradith- meraiah- meral- meranda- merari- merary- mercades- mercadez- mercadies- merced+
mercede- mercedez- meredyth- merek+ merelin- merelyn- meri- meriah- meriam- merick+ merideth- merielle- meriem- merik+ merin- merina-
merisa- meriyah- merlin+ merly- merlyn- meron- merric+ merrik+ merril+ merrin- merritt- merryn- mersades- mersadie- mersadies- mersaydes-
mert+ mery- meryem- meryn- mesa- mesha- meshach+ meshell- mesiah+ messi+ messiah+ metzi- metzli- metzly- metztli- meya-
meyah- meylin- mezmariah- meztli- meztly- mher+ mhia- mi- miabella- miah- miaisabella- miakoda- mialani- mialee- mialyn- mialynn-
miamarie- miami- miamor- miana- miangel- miani- mianicole- mianna- miarose- miasia- miaya- micael+ micaella- micahel+ micai+ micaiah+
micaila- mical+ micala- micayah- micayla- micha+ michaelah- michaelangelo+ michaelanthony+ michaeljames+ michaell+ michaelle- michaelryan+ michaelyn- michah+ michai+
michaiah- michaila- michala- michalina- michaya- michayla- micheala- michela- michelangelo+ michella- michiah+ michoel+ miciah+ mickael+ mickaela- mickayla-
mickel+ mickenna- mickenzie- mico+ midian+ midori- mie- mieka- mieke- miel- miela- miera- miesha- miette- migdalia- migel+
miguelangel+ miguelito+ miha- mihai+ mihail+ mihailo+ mihika- mihir+ mihira- miia- mija- mika- mikaelah- mikaele+ mikaella- mikaelyn-
mikah+ mikai+ mikaia- mikail+ mikaila- mikailah- mikal+ mikala- mikalah- mikale+ mikalya- mikalyn- mikalynn- mikaya- mikayah- mikayela-
mikayla- mikaylah- mikaylee- mikea- mikeal+ mikeala- mikeila- mikela- mikell+ mikella- mikelle- miken+ mikena- mikenna- mikenzi- mikenzie-
mikesha- mikeya- mikeyla- mikhael+ mikhaela- mikhai+ mikhail+ mikhaila- mikhal+ mikhayla- mikhi+ mikhia- miki- mikia- mikiah- mikias+
mikie+ mikinzie- mikiya- mikiyah- mikiyas+ mikka- mikki- mikko+ miklo+ miko+ mikolaj+ miku- mikya- mikyah- mikye+ mikyia-
mikyla- mikylah- mikyle+ mikylee- mikylie- mila- milad+ milady- milagro- milagros- milah- milaina- milam+ milan- milana- milani-
milania- milanie- milanna- milanni- milayah- milayna- milca- mildreth- milea- mileah- milee- mileena- milei- mileidy- mileigh- milen+
milene- miley- milez+ mili- miliana- miliani- milianna- miliany- milica- milie- mililani- milind+ milinda- milissa- miliyah- milla-
milley- milliana- milliani- miloh+ milos+ mily- milyn- milynn- minaal- minahil- minal- minami- mindel- mindi- minela- ming-
mingo+ minh+ minha- miniya- minji- minka- minnah- mio- mionna- miquan+ miqueas+ miquel+ miracal- mirae- mirah- mirai-
mirakle- miraya- mirayah- mircale- mircle- mirei- mirel- mirely- miren- mirena- mireya- miriah- mirian- miriana- miricle- miriel-
mirielle- mirissa- miriya- mirka- miro+ miron+ miroslav+ miroslava- mirra- mirren- mirtha- miryah- miryam- mirza+ misa- misael+
misaki- mishaal- mishael+ mishal- mishawn+ mishayla- misheel- mishel- mishell- mishelle- mishka- mishti- miski- missael+ mister+ mitchelle-
mitra- mitsuki- mitzy- miu- miya- miyah- miyako- miyana- miyanah- miyani- miyanna- miyo- miyoko- miyona- miyonna- miyu-
miyuki- mizael+ mizani- mizraim+ mizuki- mj+ mkayla- mkenzie- mkya- mlynn- moaaz+ moad+ moana- moani- moataz+ mobeen+
modesto+ modou+ moesha- mohamad+ mohamadou+ mohamed+ mohamedali+ mohamedamin+ mohammedali+ mohamud+ mohan+ mohanad+ mohaned+ mohannad+ mohib+ mohid+
mohini- mohit+ mohmed+ mohsin+ moiz+ moksh+ molleigh- molley- mollyann- momin+ momodou+ momoka- momoko- monae- monalisa- monasia-
monay- moncerat- moncerrat- moncerrath- mone- monee- monet- monette- monico+ monik- monisha- monserat- monserath- monseratt- monserrad- monserrat-
monserrath- monserratt- monta+ montae+ montanna- montasia- montavion+ montavious+ montavis+ montavius+ montay+ montel+ montell+ monterio+ monterius+ montez+
montoya+ montrae+ montrail+ montravious+ montre+ montreal+ montrel+ montrell+ montrelle+ montrey+ montrez+ montrice+ montserat- montserrat- montserrath- monyae-
monzerat- monzerath- monzerrat- monzerrath- moorea- moosa+ morayo- mordchai+ mordche+ mordechai+ morelia- morenike- morgaine- morgandy- morgann- morganna-
morghan- morgin- morgyn- mori+ moriah- moris+ moriya- moriyah- moroni+ morriah- morrigan- morrisa- morrison+ morrissey+ mory+ mosheh+
mosiah+ mosses+ mossimo+ mostafa+ motaz+ mouhamad+ mouhamadou+ mouhamed+ moukthika- mouna- mousa+ moussa+ moustafa+ moustapha+ moya- moyses+
mridula- muaad+ muaaz+ muad+ muadh+ muath+ muaz+ mubarak+ muhamad+ muhamed+ muhammed+ muhannad+ muhib+ muhsin+ muireann- mujtaba+
mukhtar+ mukul+ mukund+ mulan- mumin+ mumtaz- muna- munachiso- muneeb+ muneer+ muneera- munir+ munira- munirah- muntaha- muntaz-
murad+ murat+ murilo+ murtaza+ musa+ musab+ mushka- muskaan- muskan- muslima- mussa+ mustaf+ mustafa+ mustapha+ mutaz+ muzamil+
muzammil+ mya- myabella- myah- myamarie- myami- myan- myana- myangel- myanna- myar- myasia- mycal+ mycha- mychael+ mychaela-
mychelle- myeisha- myella- myelle- myers+ myesha- myha- myia- myiah- myiesha- myionna- myisha- myka- mykael+ mykaela- mykah-
mykai+ mykail+ mykaila- mykal+ mykala- mykalah- mykale+ mykayla- mykaylah- mykel+ mykell+ mykelle- mykena- mykenna- mykenzie- mykeria-
mykhael+ mykhail+ mykhel+ mykhi+ mykhia- mykia- mykiah- mykira- mykle+ mykol+ myla- mylah- mylan+ mylani- mylasia- mylea-
myleah- mylee- myleen- mylei- myleigh- myleigha- mylen+ mylena- mylene- myley- mylez+ myli- mylia- myliah- myliana- mylie-
myliegh- mylii- mylin- mylinda- mylinh- myliyah- mylla- mylon+ mylynn- mylz+ myniah- mynor+ myonna- myquan+ myracle- myrakle-
myriah- myriana- myrical- myricle- myrikal- myrissa- myrka- mysha- myshaun+ myshawn+ myson+ mythias+ naa- naama- naamah- naaman+
naara- naarah- naariah- naasia- naasir+ naba- nabeeha- nabeel+ nabi+ nabiha- nabil+ nabila- nabor+ nabria- nachelle- nachman+
nachmen+ nachum+ nacier+ nacole- nadalee- nadalie- nadalyn- nadav+ nadeem+ nadelyn- naden+ nadene- nader+ nadezhda- nadiah- nadija-
nadim+ nadina- nadira- nadirah- nadiyah- nadja- nadra- nadyah- naeem+ naeema- naeemah- nael+ naeli- naema- naeomi- naethan+
nafis+ nafisa- nafisah- naftali+ naftoli+ naftuli+ nahdia- naheem+ naheim+ nahida- nahiem+ nahima- nahir+ nahjee+ nahla- nahlia-
nahmir+ nahom+ nahome+ nahomi- nahomy- nahshon+ nahsir+ nahuel+ nahun+ nahzir+ naia- naiah- naiara- naida- naidelin- naidely-
naidelyn- naiem+ naiema- naiim+ naijah- naika- naila- nailah- nailani- nailea- naileah- naileen- nailyn- naim+ naima- naimah-
nain+ naina- nainika- nainoa+ naiomi- naiomy- nairah- nairi- nairobi- naisha- naithan+ naithen+ naiya- naiyah- naiyana- naja-
najae- najah- najai+ najay+ najaya- najayah- najee+ najeh+ naji+ najia- najib+ najir+ najiyah- najla- najma- najmah-
najmo- najon+ najwa- nakai+ nakaila- nakaiya- nakara- nakari- nakaya- nakayla- nakeem+ nakeira- nakeisha- nakenya- nakeya- nakhi+
nakhia- nakhiya- naki+ nakia- nakiah- nakira- nakirah- nakisha- nakita- nakiya- nakiyah- nakoa+ nakshatra- nakul+ nakya- nakyah-
nakyia- nakyiah- nakyla- nakylah- nakyra- nala- nalah- nalanie- nalany- nalaya- nalayah- naleah- naleyah- nalia- naliah- nalin+
nalini- naliya- naliyah- nalla- nalleli- nallely- nalu+ nalyjah- nam+ naman+ namari- nami- namiah- namine- namir+ namira-
namita- namiyah- namon+ namrata- namya- nanaakua- nanako- nanami- nand+ nandana- nandhana- nandhini- nandi- nandika- nandini- nandita-
nanea- nao- naod+ naoki+ naome- naomee- naomie- naomy- naphtali+ naquan+ narah- narali- naraly- naraya- narayah- narayan+
narayani- narciso+ nardos- nare- nareg+ nareh- narek+ narelle- narely- naren+ nargis- naria- nariah- nariana- narissa- nariya-
nariyah- narjes- naron+ narya- naryah- naryiah- nasean+ naseem+ naseer+ naser+ nasere+ nash+ nasha- nashae- nashaly- nashaun+
nashawn+ nashay- nashayla- nashely- nashia- nashira- nashiya- nashla- nashley- nashon+ nashua+ nashwan+ nashya- nashyia- nasia- nasiah-
nasiar+ nasiem+ nasier+ nasim+ nasir+ nasira- nasire+ nasiya- nasiyah- nason+ nasra- nasreen- nasser+ nassiah- nassim+ nassir+
nastasia- nasteho- nastia- nasya- naszier+ naszir+ natacha- nataiya- natalea- nataleigh- nataley- natali- natalia- nataliah- nataliee- natalija-
natalin- nataliya- nataliyah- natallia- natallie- natally- nataly- natalyah- natalye- natalyia- natalyn- natalynn- natan+ natanael+ natanel+ natania-
nataniela- natanya- natas+ natashia- natasia- natavia- nataya- natayla- natelie- nateyah- nathalee- nathali- nathally- nathaly- nathalya- nathalye-
nathanal+ nathaneal+ nathaneil+ nathanel+ nathania- nathanieljames+ nathanual+ nathanuel+ nathanyal+ nathanyel+ nathanyl+ nathen+ nathian+ nathias+ nathin+ nathnael+
nathon+ nathyn+ natia- natilee- natilie- natily- natilyn- natiya- natnael+ natori- natosha- natrell+ natsuki- natsumi- nattalie- natthan+
naturelle- natylee- naudia- naudiya- naun+ nautia- nautica- nautika- nava- navae- navaeh- navah- navarion+ navarre+ navarro+ navaya-
navayah- navdeep+ naveah- naveed+ naveen+ naveh- naven+ naveya- naveyah- navi- navia- naviah- navid+ navie- navier+ navika-
navin+ naviya- naviyah- navjot- navneet- navon+ navpreet- navraj+ navreet- navya- nawaal- nawaf+ nawal- naya- nayah- nayaliz-
nayan+ nayana- nayanna- nayara- nayda- naydelin- naydeline- nayden+ naydene- nayef+ nayelee- nayeli- nayelie- nayelis- nayeliz- nayelli-
nayelly- nayely- nayima- nayla- naylah- naylani- naylea- naylee- nayleen- naylene- naylin- nayma- nayomi- nayomie- nayonna- nayra-
naysa- naysha- nayshaun+ nayshawn+ naythan+ naythen+ naython+ naz- nazaiah+ nazaire+ nazar+ nazaret- nazareth+ nazaria- nazariah- nazario+
nazeer+ nazere+ nazia- naziah- nazier+ nazifa- nazir+ nazirah- nazire+ naziya- naziyah- nazli- nazneen- nazyia- nazyiah- ndeye-
ndia- nea- neah- neamiah+ neasa- neave- neaveh- neaven+ nebiyu+ necalli+ nechama- nechemia+ nechuma- neco+ neeka- neeko+
neela- neelah- neeley- neelie- neema- neena- neenah- neeraj+ neeti- neev+ neeva- neeve- neeyah- nefertari- nefertiti- nefi+
neftali+ neftaly+ neha- nehal- nehamiah+ nehemia+ nehemias+ nehemie- nehemyah+ neida- neidy- neiko+ neilah- neilan+ neilani- neima-
neiman+ neimiah+ neira- neisha- neithan+ neiva- neji+ nejla- nejra- nekayla- nekhi+ nekia- nekiyah- neko+ nekoda+ nel-
nela- nelah- nelcy- neleh- neli- neliah- nelida- nelina- nella- nellee- nelsy- nely- nema- nemesio+ nemiah+ nena-
nene- neneh- neomi- neomiah+ nephi+ nera- nereida- nereyda- neri+ neriah- neric+ nerick+ nerik+ neriya- neriyah- nermin+
nery+ nesanel+ nesean+ neshawn+ nesiah- nesreen- nessiah- netanel+ nethan+ nethanel+ nethaniel+ nethra- netra- neva- nevae- nevaeh-
nevaeha- nevaehia- nevaen- nevah- nevaiah- nevan+ nevaya- nevayah- nevea- neveah- neveaha- neveen- neven+ neveya- neveyah- nevia-
neviah- neviyah- nevo+ nevyn+ newell+ neya- neyah- neyda- neydi- neyla- neylan- neyland+ neylin- neyo+ neythan+ nezar+
neziah- neziyah- ngan- ngoc- ngozi- nguyen+ nhan+ nhi- nhu- nhyla- nia- niah- niaja- niajah- niala- nialah-
niam+ niamh- niamora- niamya- niana- niang- niani- nianna- niaomi- niara- niarah- niasha- niasia- niaya- niayla- nica-
nicandro+ nicanor+ nicasio+ nicci- nicco+ niccolas+ nichalos+ nichele- nichelle- nicholai+ nicholaos+ nicholaus+ nicholes+ nicholette- nicholi+ nicholis+
nicholos+ nicholus+ nickalas+ nickali+ nickalis+ nickalos+ nickalus+ nickayla- nickholas+ nickita+ nicklas+ nicklaus+ nicklous+ nickole- nickoles+ nickoli+
nickolis+ nickolus+ nickson+ nicodemus+ nicolaas+ nicolae+ nicolasa- nicolaus+ nicoles+ nicolet- nicoletta- nicollette- nicolly- nicolo+ nicoly- nida-
nidal+ nidhi- nidia- nieem+ nieko+ niela- nielah- nielle- niema- niemah- niera- nierra- niesha- nieve- nieves- nihal+
nihar+ niharika- niia- nija- nijae- nijah- nijai- nijay- nijaya- nijel+ nik+ nika- nikaela- nikai+ nikalas+ nikan+
nikaya- nikayla- nikel+ nikeria- nikhil+ nikhita- nikholas+ nikia- nikiah- nikith+ nikitha- nikiya- nikiyah- nikka- nikkia- nikkita-
nikko+ nikkolas+ nikky- niklas+ niklaus+ nikodem+ nikol- nikolaj+ nikolay+ nikole- nikoleta- nikolett- nikolette- nikoli+ nikolina- nikolis+
nikoloz+ nikolus+ nikya- nikyla- nikylah- nikyra- nila- nilah- nilaja- nilajah- nilay+ nilaya- nilda- nile+ niley- nilla-
nilsa- nima+ nimah- nimai+ nimco- nimish+ nimo- nimra- nimrah- nimrat- nimsi- nimsy- ninah- ninel- ninfa- nini-
ninive- nino+ niobe- niomi- niomie- niquan+ nira- nirali- niran+ niranjan+ niranjana- nirav+ niree- nirel- nirvaan+ nirvan+
nisa- nisaiah+ nisarg+ nischal+ nisha- nishaan+ nishad+ nishan+ nishant+ nishanth+ nishat- nishaun+ nishi- nishita- nishka- nishta-
nishtha- nisreen- nissen+ nissi- nissim+ nitalia- nitaya- nithila- nithilan+ nithin+ nithish+ nithya- nitika- nitin+ nitish+ nitya-
nitzia- niv+ niva- nivaeh- nivaya- nivea- niveah- nived+ nivedita- nivek+ nivia- nixon+ niya- niyah- niyana- niyanna-
niyara- niyasia- niyathi- niyati- niyla- niylah- niyonna- niza- nizar+ nizear+ nizhoni- njeri- nkechi- nkosi+ nkrumah+ nnaemeka+
nnamdi+ nneka- nnenna- nneoma- noa- noal+ nobel+ nochum+ noeh+ noela- noeli- noelia- noelie- noely- noemie- noemy-
noga- noha- nohea- nohealani- noheli- nohelia- nohely- nohemi- nohemy- nolberto+ nolee- nolen+ nolin+ nolon+ nolyn+ noman+
nomar+ noname+ nooh+ noor- noora- noori- noraa- noralynn- norberto+ noreli- norelle- norely- nori- noriah- norian+ noriel+
noriyah- norlan+ norrin+ norvell+ noslen+ nosson+ notnamed+ nour- noura- nouvelle- novah- novak+ novalee- novaleigh- novalie- noya-
nozomi- nuala- nube- nubia- nuchem+ nuh+ nuha- nuhamin- numan+ nunzio+ nupur- nur- nura- nurah- nuri+ nuria-
nuriel+ nuriya- nuriyah- nury- nusayba- nusrat- nussen+ nuvia- nya- nyah- nyailah- nyair+ nyaira- nyairah- nyaire+ nyaisa-
nyaisha- nyaja- nyajah- nyala- nyalah- nyan+ nyana- nyanna- nyara- nyarah- nyari- nyarie- nyasha- nyashia- nyasia- nyasiah-
nycere+ nychelle- nycholas+ nycole- nyeem+ nyeema- nyeemah- nyeisha- nyel+ nyela- nyelah- nyeli- nyella- nyelle- nyelli- nyema-
nyemah- nyera- nyesha- nygel+ nygeria- nyheem+ nyheim+ nyia- nyiah- nyier+ nyila- nyima- nyimah- nyja- nyjae- nyjah-
nykeem+ nykel+ nykell+ nykeria- nykerria- nykhia- nykia- nykiah- nykiera- nykira- nyko+ nykolas+ nykole- nyla- nylah- nylan+
nylasia- nyle+ nyleah- nylee- nyleen- nylen+ nyles+ nylia- nyliah- nylie- nyliyah- nylla- nyllah- nymir+ nyna- nyobi-
nyomi- nyomie- nyonna- nyra- nyrah- nyree- nyrell+ nyriah- nyrie- nyron+ nysa- nysean+ nyshaun+ nyshawn+ nyshia- nysir+
nyx- nyzaiah+ nyzeria- nyzier+ nyzir+ oakland+ oaklee- oakleigh- oakley+ oaklie- oaklynn- obama+ obet+ obinna+ obrian+ obryan+
oceana- oceanna- ociel+ octaviana- octavien+ octavio+ octavion+ octavious+ odalis- odaliz- odalys- oden+ odin+ odyn+ odysseus+ oen+
ogechi- ohanna- ohene+ ohm+ oisin+ ojani+ ojas+ ojasva+ ojasvi- okairy- oksana- oktober- olachi- oladimeji+ olaf+ olajuwon+
olamide- olan+ olando+ olanrewaju+ olaoluwa+ oleg+ olegario+ olen+ olena- olesia- olesya- olevia- oliana- olina- oliva- olivea-
oliverio+ oliviah- oliviana- oliviarose- oliviya- olivya- oliwia- olliver+ ollivia- olman+ ololade- olsen+ olson+ oluchi- olufemi+ olumide+
oluwadamilare+ oluwadamilola- oluwadara- oluwadarasimi- oluwademilade+ oluwafemi+ oluwakemi- oluwanifemi+ oluwaseun+ oluwaseyi+ oluwatamilore- oluwatimilehin+ oluwatobi+ oluwatobiloba+ oluwatofunmi+ oluwatomiwa+
oluwatoni- oluwatosin+ olvin+ olya- olyvea- olyver+ olyvia- om+ oma- omair+ omara- omare+ omaree+ omari+ omaria- omarian+
omarie+ omarien+ omario+ omarion+ omarius+ omarr+ omarri+ omaya- omeed+ omer+ omid+ omir+ omiya- omkar+ omni- omnia-
omolola- omran+ omri+ omunique- ona- onalee- ondre+ ondrej+ oneal+ oneil+ onel+ onesimo+ onesimus+ onesti- onesty- onica-
oniel+ onika- onisty- oniya- oniyah- onna- onnika- onora- ontario+ onur+ onya- onyekachi+ onyinyechi- onyinyechukwu- orah- oreoluwa-
orestes+ orhan+ ori+ oriah- orian+ orianna- orie+ orien+ orionna- oriya- oriyah- orla- orlandus+ orli- orlin+ oronde+
orquidia- orry+ oryan+ oryn+ oryon+ osbaldo+ osciel+ osean+ oseas+ oshay+ oshea+ oshen+ osher+ osiah+ osias+ osiel+
osiris+ osirus+ oskar+ osman+ osmani+ osmany+ osmar+ osmara- osmary- osmel+ osmin+ ossiel+ osteen+ osten+ ostin+ osvaldo+
osvin+ oswaldo+ oswin+ othniel+ otilia- otilio+ otniel+ otoniel+ ottavia- ottavio+ ottis+ oumar+ oumou- ousman+ ousmane+ ovidio+
oviya- owain+ owais+ owens+ owin+ owyn+ owynn+ oyindamola- oyuki- oz+ ozair+ ozan+ oziah+ ozias+ oziel+ ozion+
paarth+ pabel+ pablito+ pacen+ pacey+ paden+ padme- padrick+ paedyn- paeton- paetyn- pahola- paiden+ paighton- paije- paishence-
paislee- paisleigh- paislie- paisly- paiten- paitin- paitlyn- paiton- paityn- paitynn- paiyton- paizlee- paizley- palak- palin- pallavi-
palyn- panagiota- panagiotis+ panayiotis+ pantera- pape+ paradice- param+ paras+ paraskevi- pari- paris- parisa- pariss- parissa- parmida-
parmis- parneet- parnika- parris- parrish+ parsa+ parth+ parthiv+ parv+ parvati- parys- pascual+ pashance- pashence- patrell+ patrik+
patrisha- patrycja- patryk+ patterson+ pau+ paulanthony+ paulino+ pavithra- pavlos+ pawel+ paxson+ paxten+ paxtyn+ payce+ paycee- payden+
paydon+ payeton- payge- paylin- payne+ payshence- payslee- payson+ paytan- payten- paytience- paytin- paytn- paytton- paytyn- payzlee-
paz- pearson+ pebbles- pedrohenrique+ peighton- peightyn- peityn- peja- pelin- pema- penda- peniel+ penina- pennelope- pennylane- percilla-
perel- perez+ perfecto+ perrin+ perrion+ persaeus- persais- persaius- persayis- persayus- perseis- persephone- perseus+ pessel- pessy- petar+
peterjohn+ peterson+ petrona- petros+ peyden- peydon+ peyson+ peytan- peyten- peytin- peytyn- pharaoh+ pharell+ pharez+ pharoah+ pharrell+
phelan+ phelix+ phenix+ pheobe- pheonix+ philana- philemon+ philipp+ philopateer+ phinehas+ phinnaeus+ phinneas+ phoebee- phoebie- phoenix+ phoenyx-
phong+ phu+ phuong- phynix- piedad- pieper- piercen+ pierceson+ piero+ piers+ piersen+ pinchos+ pinchus+ pio+ pius+ piya-
pj+ placido+ poetri- pola- polet- polina- pollux+ pooja- poonam- porfirio+ porscha- porsche- porsha- portland+ posey- prabhav+
prachi- pradyun+ pragna- pragnya- pragya- prajna- prajwal+ prakhar+ prakruti- pranathi- pranav+ pranavi- pranay+ pranaya- praneel+ praneeth+
pranika- pranita- pranjal- pranshu+ prapti- prarthana- prateek+ pratham+ prathik+ pratik+ pratyush+ praveen+ pravin+ preciosa- preesha- preet+
prem+ prerana- prerna- prescilla- preslea- preslee- presleigh- presley- presli- preslie- presly- preslyn- pressley- pressly- prestan+ presten+
prestin+ prestyn+ pria- pricila- pricilla- princesa- princessa- princeton+ princewill+ prinston+ priscila- priseis- prisha- prisila- prisilla- prisma-
prithika- prithvi+ priti- priya- priyah- priyal- priyam+ priyana- priyanka- promiss- promize- promyse- providence- pryor+ psalms- pualani-
puja- puneet- purav+ purvi- pyper- qadir+ qais+ qamar- qasem+ qasim+ qays+ qiana- qianna- qiara- quadarius+ quadarrious+
quade+ quadir+ quaid+ qualan+ qualin+ quamaine+ quamar+ quamari+ quamere+ quamir+ quan+ quanasia- quanell+ quanesha- quang+ quanisha-
quaniya- quaniyah- quantarius+ quantavious+ quantavius+ quantez+ quantrell+ quaran+ quaron+ quartez+ quasean+ quashaun+ quashawn+ quashon+ quashun+ quasim+
quavion+ quavon+ quayshawn+ que+ queena- quency+ quendarius+ quentasia- quentavious+ quenten+ quentez+ quenton+ quentyn+ quetzali- quetzalli- quetzally-
quetzaly- quevin+ quiana- quianna- quiara- quincee- quinci- quincie- quindarius+ quinesha- quiniya- quinley- quinlin+ quinlyn- quinlynn- quinne-
quinnlan+ quinnlyn- quinntin+ quinnton+ quintan+ quintasia- quintavia- quintavion+ quintavious+ quintavius+ quintell+ quinten+ quinterius+ quintessa- quintez+ quintrell+
quintyn+ quion+ quirino+ quron+ qusay+ quyen- quynh- quynn- qwanell+ qwenton+ raad+ raaga- raaghav+ raahil+ rabecca- rabia-
rachal- rachana- racheal- rachell- rachit+ rachyl- racquel- radek+ raden+ radha- radhika- radley+ radwa- radwan+ raeana- raeanna-
raeanne- raechel- raed+ raeden+ raedyn- raeed+ raef+ raegan- raegen- raeghan- raegyn- raejon+ raekwon+ rael+ raela- raelan-
raelea- raelee- raeleen- raeleigh- raelene- raeley- raeli- raelie- raelin- raelle- raely- raelyn- raelynn- raelynne- raena- raenah-
raeonna- raequan+ raeshaun+ raeshawn+ raeven- raevyn- raeya- rafaella- rafal+ rafan+ rafay+ rafeal+ raffael+ raffaele+ raffaella- raffi+
rafia- rafiel+ rafiq+ ragan- ragen- raghad- raghav+ raha- rahaf- raheem+ raheim+ rahi- rahiem+ rahil+ rahim+ rahima-
rahini- rahkim+ rahm+ rahma- rahmah- rahman+ rahmeir+ rahmel+ rahmere+ rahmir+ rahniya- rahsaan+ rahul+ rai+ raia- raiana-
raianna- raiden+ raidon+ raidyn+ raif+ raigan- raigen- raigyn- raihan+ raihana- raihanna- railee- raileigh- railey- railyn- railynn-
raima- raimi- rainah- rainee- rainen+ rainey- raini- rainie- rainn- rainna- raionna- raiqa- raisa- raisha- raissa- raistlin+
raiven- raiya- raiyan+ raiyna- raiza- raizel- raizy- raja+ rajae+ rajai+ rajan+ rajanae- rajeev+ rajko+ rajon+ rajveer+
rajvi- rajvir+ rakan+ rakayla- rakeb- rakeem+ rakeria- rakhia- rakia- rakiah- rakim+ rakiya- rakiyah- raksha- rakyah- rakyla-
ralee- raley- ralphael+ ralpheal+ ralston+ ralyn- ralynn- rama- ramadan+ ramah- ramaj+ raman+ ramani- ramari+ ramarion+ ramata-
ramatou- ramatoulaye- ramaya- ramces+ rameen- ramel+ ramell+ ramere+ rameses+ ramey+ ramez+ ramia- ramiah- ramiel+ ramiele- ramielle-
ramier+ ramil+ ramin+ ramir+ ramiro+ ramiya- ramiyah- ramiz+ ramla- ramond+ ramone+ ramsha- ramy+ ramya- ramyah- ramyia-
ramzey+ ramzi+ ramzy+ ranae- ranaya- ranbir+ randel+ randen+ randle+ randon+ rane- raneem- raneen- ranen+ raney- raniah-
ranijah- raniya- raniyah- raniyha- ranson+ ranulfo+ ranveer+ ranvir+ rany+ ranya- ranyah- ranyia- ranyiah- raphaella- raphaelle- rapheal+
raquan+ raquell- raquelle- rasean+ rasha- rashaad+ rashaan+ rashad+ rashan+ rashard+ rashaud+ rashaun+ rashawn+ rashawna- rashay- rashea-
rashed+ rasheed+ rasheeda- rasheem+ rasheen+ rashel- rashell- rashelle- rashi- rashia- rashid+ rashida- rashiya- rashmi- rashod+ rashon+
rashun+ rashya- rasika- rasul+ raudel+ rauf+ rauljr+ raunak+ raunel+ raveena- ravenna- ravin- ravina- ravion+ ravleen- ravon+
ravyn- rawan- rawlin+ raya- rayaan+ rayah- rayahna- rayan+ rayana- rayane+ rayann- rayanna- rayannah- rayanne- rayauna- rayce+
raychelle- raydan+ raydel+ raydell+ rayden+ rayder+ raydin+ raydon+ raydyn+ rayelle- rayen- rayford+ raygan- raygen- rayha- rayhaan+
rayhan+ rayhana- rayhanna- rayiona- rayla- raylan+ rayland+ raylea- raylee- rayleen- raylei- rayleigh- raylen+ raylene- rayley- rayli-
raylie- raylin- raylon+ raylyn- raylynn- rayma- raymar+ raymere+ raymie- raymir+ raymon+ raymone+ raymundo+ rayn- raynah- raynaldo+
rayne- raynee- rayni- rayniah- raynie- rayniya- rayniyah- raynna- rayona- rayonna- rayquan+ raysean+ rayshad+ rayshard+ rayshaud+ rayshaun+
rayshawn+ rayshon+ rayshun+ rayson+ rayssa- rayven- rayvin- rayvion+ rayvn- rayvon+ rayya- rayyan+ raza+ razan- raziah- raziel+
raziya- raziyah- rc+ reace+ reagann- reaghan- reagyn- reah- reana- reann- reanna- reannah- reanne- rease- rebeccah- rebeckah-
rebekka- recardo+ rece+ rechel- reco+ reda+ rediet- reeanna- reegan- reeghan- reem- reema- reesa- reet- reeves+ reeya-
refael+ refoel+ refugio+ reganne- regena- reggina- reghan- reginae- reginal+ reginaldo+ regino+ regis+ rehaan+ reham- rehan+ rehana-
rehanna- rehema- rehman+ rei+ reia- reiana- reianna- reice+ reichen+ reiden+ reif+ reigan- reighan- reighlyn- reigna- reika-
reiley- reilley+ reily+ reilyn- reilynn- reiner+ reino+ reise+ reiss+ reizy- rekayla- rekiya- rema- remas- reme+ remee-
remey+ remi- remia- remie- remiel+ remigio+ remmi- remmie- remmington+ remmy+ remya- ren+ renad- renan+ renardo+ renatta-
renay- renaya- rendon+ renea- reniah- renita- reniya- reniyah- renji+ renn+ renna- rennan+ renne+ renner+ renny+ reno+
renton+ renyah- renzo+ reo+ reon+ reona- reonna- reshad+ reshard+ reshaun+ reshawn+ reshma- reston+ retal- rett+ reuel+
reut- reva- revan+ revanth+ revati- reve+ reven+ revin+ rewa- rexford+ rexton+ reya- reyad+ reyah- reyan- reyana-
reyanna- reyansh+ reyce+ reyden+ reyez+ reygan- reyhan+ reyhana- reylene- reyli+ reyly+ reymon+ reymond+ reymundo+ reyn+ reynald+
reynaldo+ reynel+ reyonna- reyshawn+ reza+ reznor+ rhaniya- rhaya- rheagan- rhealynn- rheana- rheanna- rheanne- rheannon- rhegan- rhema-
rhesa- rhet+ rheya- rheyna- rhia- rhian- rhiana- rhianah- rhiannah- rhiannan- rhianne- rhiannon- rhilee- rhiley- rhilynn- rhionna-
rhiya- rhiyanna- rhoan+ rhodes+ rhome+ rhone+ rhya- rhyan- rhyana- rhyann- rhyanna- rhyanne- rhyder+ rhyen+ rhylan+ rhyland+
rhylea- rhylee- rhyleigh- rhylie- rhyse- ria- riah- riahna- riahnna- rian+ riana- rianah- riann- rianna- riannah- rianne-
ricci- ricco+ richa- richardson+ richelle- rickardo+ rickayla- rickel- rickelle- rickia- rickiyah- rickya- rickyia- rida- riddhi- riddhima-
riddick+ riddik+ ridhi- ridhima- ridhwan+ ridwan+ riece- rieley- rielle- rielly- riely- rielyn- rielynn- rien+ riese+ rifat+
rifka- rifky- rigby+ rigden+ rigdon+ rigel+ riggin+ riggins+ riggs+ rigley+ rigo+ rigoberto+ rihan- rihana- rihanna- rihonna-
rija- rijul+ rikelme+ riken+ riker+ rikhil+ rikiya- riko- riku+ rikya- rilan+ rilea- rilee- rilei- rileigh- rilen+
rileyann- rileyanne- rilie- rilla- rilley+ rilo+ rily- rilya- rilyn- rilynn- rilynne- rimsha- rin- rini- riniyah- rinnah-
rinoa- rintaro+ rion+ riona- rionna- ripken+ riquelme+ risha- rishaan+ rishab+ rishabh+ rishad+ rishan+ rishard+ rishav+ rishi+
rishik+ rishika- rishikesh+ rishit+ rishita- rishith+ rishon+ rissa- ritesh+ rithik+ rithika- rithvik+ rithwik+ rithy+ riti- ritika-
ritisha- rito+ ritu- ritvik+ ritwik+ rivaldo+ riven+ rivka- rivky- riya- riyaan+ riyad+ riyah- riyan- riyana- riyanna-
rizwan+ rj+ rjay+ rmani+ rmoni- roanan+ roark+ roary+ robel+ robertson+ robie+ robinho+ robson+ robynn- rocco+ rocelyn-
rochel- rocio- rockell- rockelle- rockford+ rocklin+ rocko+ rocsi- roddick+ roddrick+ rodin+ rodner+ rodnesha- rodric+ rodricus+ rodriguez+
rodriquez+ rody+ roee+ roel+ roen+ roey+ rogan+ rogelio+ rogen+ rogerick+ roha- rohaan+ rohail+ rohan+ rohanpreet+ rohen+
rohil+ rohin+ rohini- rohit+ rohith+ rohnan+ roisin- roiza- roizy- rojelio+ rokas+ rokaya- rokia- rokko+ rola- rolan+
rolen+ rolly+ rolondo+ romaldo+ romana- romar+ romari+ romario+ rome+ romel+ romell+ romello+ romelo+ romen+ romero+ romey-
romi- romie- romin+ romina- romio+ romir+ romiya- rommel+ rommy+ romney+ romon+ romualdo+ romulo+ romyn+ ronak+ ronal+
ronaldo+ ronan+ ronasia- ronav+ rondale+ rondell+ rondy+ rone+ ronee- roneisha- ronel+ ronell+ ronelle+ ronen+ roni+ ronia-
roniah- ronin+ ronique- ronisha- ronit+ ronith+ roniya- roniyah- ronja- ronnae- ronnel+ ronnell+ ronney+ ronon+ rontavious+ rontez+
rontrell+ rony+ roque+ roran+ roree- rorey- rorik+ rosaelena- rosaisela- rosalba- rosalee- rosalena- rosali- rosalin- rosalina- rosalio+
rosalita- rosalva- rosaly- rosalynda- rosalynn- rosamaria- rosario- rosaura- rosbel+ roselani- roselee- roselina- rosely- roselyn- roselyne- roselynn-
rosemery- rosendo+ rosey- roshad+ roshan+ roshard+ roshaun+ roshawn+ roshell- roshini- roshni- roshon+ rosi- rosibel- rosilyn- rosio-
roslynn- rosmeri- rosmery- rosselin- rosselyn- rossi+ rosslyn- roston+ rowin+ rowley+ rowyn- rowynn- roxann- roxas+ roxxi- roya-
royale+ royer+ royston+ roza- rozalia- rozalyn- rozalynn- rozell+ rozelyn- rozlyn- rozlynn- ruari- ruba- rubee- rubens+ rubyann-
rubye- rucha- ruchama- ruchel- ruchi- ruchy- rucker+ rudhra+ rudi+ rudis+ rudra+ rueben+ rufina- rufino+ ruger+ ruhaan+
ruhan+ ruhani- ruhee- ruhi- rui+ rujuta- rukaya- rukia- rukiya- rulon+ rumaisa- rumaldo+ rumaysa- rumi+ runa- ruqaya-
ruqayyah- rus- rushi+ rushil+ rushton+ ruslan+ russel+ rusten+ ruston+ rustyn+ ruthanna- rutvi- ruvim+ ruwayda- ry+ ryaan+
ryah- ryana- ryane- ryanjames+ ryanna- ryannah- ryanne- ryasia- ryatt+ ryce+ rydan+ rydell+ ryden+ ryder+ rydge+ rydia-
ryelan+ ryeland+ ryelee- ryeleigh- ryelin+ ryelle- ryen- ryenn- ryenne- ryer+ ryhana- ryhanna- ryin- ryion+ ryka- ryken+
ryker+ rykin+ ryko+ ryla- rylan+ ryland+ rylann- ryle+ rylea- ryleah- rylee- ryleeann- rylei- ryleigh- rylen+ rylend+
ryler+ ryli- rylie- ryliee- ryliegh- rylin- rylind+ rylinn- ryllie- rylon+ ryly- rylyn- rylynn- rylynne- ryn+ ryne+
rynn- ryo+ ryoma+ ryonna- ryota+ ryott+ ryson+ ryu+ ryuji+ ryunosuke+ ryver+ ryyan+ ryzen+ saachi- saad+ saadia-
saadiq+ saahil+ saahir+ saahithi- saaid+ saaketh+ saamiya- saani- saania- saanika- saanvi- saanya- saara- saarah- saarim+ saathvik+
saatvik+ saavan+ saaya- sabah- sabas+ sabastian+ sabastien+ sabastion+ sabeen- sabel- sabella- saben+ sabian+ sabien+ sabih+ sabiha-
sabin+ sabino+ sabir+ sabira- sabirah- sabirin- sabrah- sabree- sabreen- sabreena- sabrena- sabreya- sabri+ sabria- sabriah- sabriel-
sabrin- sabrinah- sabrine- sabrinna- sabriya- sabriyah- sabryn- sabryna- sachi- sachiel+ sachin+ sadaf- saddie- sade- sadee- sadeel-
sadeen- sadey- sadhana- sadhika- sadi- sadia- sadielynn- sadik+ sadiq+ sadira- sadiya- sadiyah- sadler+ sadrac+ sady- saedee-
saeed+ sael+ saesha- saevion+ safa- safaa- safah- saffiyah- safi+ safia- safiatou- safina- safir+ safira- safiya- safiyah-
safiyya- safiyyah- safwan+ sagal- sagan+ sagar+ sagarika- sahaana- sahai- sahaj+ sahana- sahand+ sahar- sahara- saharah- sahari-
saharra- saharsh+ sahas+ sahasra- saheed+ saheim+ sahej- sahel+ sahid+ sahil+ sahily- sahir+ sahira- sahirah- sahith+ sahithi-
sahiti- sahl+ sahmya- sahniya- sahnya- sahori- sahory- sahra- sahvannah- sai+ saia- saicharan+ saidah- saide- saidey- saidi-
saidie- saidy- saif+ saifullah+ saige- saile- sailee- saim+ saima- saimon+ saina- sainabou- sair+ saira- sairah- sairam+
sairy- saisha- saith+ saivion+ saivon+ saiya- saiyuri- saja- sajad+ sajan+ saje+ sajid+ sajjad+ sakae- sakai+ sakara-
sakari- sakariya+ sakayla- sakeena- saket+ saketh+ sakina- sakinah- sakiya- sakiyah- sakora- saksham+ sakshi- sakura- sakya- saladin+
salam- salar+ salaya- salayah- salayna- salbador+ saleah- saleema- saleen- saleena- saleh+ saleha- saleisha- salena- salene- salesi+
saleyah- salia- saliah- salif+ salih+ saliha- salil+ salima- salimah- salimata- salimatou- salina- saliou+ saliyah- salma- salmaan+
salmai- salman+ saloni- salwa- sama- samaad+ samad+ samadhi- samael+ samah- samai- samaia- samaira- samaiya- samaiyah- samaj+
samajae+ samajay+ samanatha- samanda- samanta- samanthamarie- samanvi- samanyu+ samar+ samarah- samari- samariah- samarie- samarion+ samariya- samariyah-
samarra- samarri- samarria- samarth+ samary- samarya- samatha- samauri+ samauria- samay+ samaya- samayah- samayia- samayra- sambhav+ sameeha-
sameena- sameer+ sameera- sameerah- sameh+ samer+ samera- sameria- sameul+ samhita- samhitha- samia- samiah- samie+ samier+ samiha-
samik+ samiksha- samin+ samina- samir+ samira- samirah- samirra- samisoni+ samiya- samiyah- samiyyah- sammantha- sammi- sammuel+ samone-
samora- samorah- samoria- samoya- samra- samrah- samrawit- samual+ samuell+ samy+ samya- samyah- samyak+ samyia- samyiah- samyra-
samyrah- samyria- samyukta- samyuktha- sana- sanaah- sanaai- sanad+ sanae- sanah- sanai- sanaia- sanaii- sanaiya- sanaiyah- sanam-
sanaria- sanath+ sanay+ sanaya- sanayah- sanchez+ sandee- sandeep+ sandhya- sandler+ sandon+ sandrea- sandrine- sanel+ sani- sania-
saniaa- saniah- sanii- saniiya- sanija- sanijah- sanika- saniya- saniyah- saniyha- saniyya- saniyyah- sanjana- sanjay+ sanjaya+ sanjeev+
sanjit+ sanjith+ sanjna- sanjuana- sanjuanita- sankalp+ sanna- sanne- sanoe- sanskriti- santana+ santanna- santasia- santez+ santhosh+ santi+
santiago+ santina- santino+ santo+ santonio+ santos+ santosh+ santrell+ sanvi- sanya- sanyah- sanye- sanyi- sanyia- sanyiah- sanyla-
saoirse- saori- saory- saphera- sapheria- saphia- saphira- saphire- saphyra- sapna- sapphyre- saqqara- saquan+ saquoia- sarabella- sarabeth-
sarabi- sarae- sarafina- saragrace- sarahann- sarahanne- sarahbeth- sarahgrace- sarahi- sarahjane- sarahlynn- sarahrose- sarahy- sarai- saraia- saraiah-
saraih- saraiya- saraiyah- saralee- saralyn- saralynn- saranda- saranya- saraphina- saray- saraya- sarayah- saraye- sarayu- sarea- sareen-
sareena- saren- sarenity- sarenna- saria- sariah- sariana- sarie- sarika- sarim+ sarinah- sarinity- sarit- sariya- sariyah- sarkis+
saron- sarosh+ sarp+ sarra- sarrah- sarriah- sarrina- sarrinah- sartaj+ sarthak+ sarvesh+ sarya- saryah- sarye- saryiah- saryn-
saryna- sashya- saskia- sasuke+ satcha- sathvik+ sathvika- sativa- satomi- satvik+ satya- saud+ saulo+ saumya- saura- saurav+
sava+ savahna- savan+ savana- savanah- savannah- savannha- savas+ savaughn+ savaya- savayah- saveah- saveena- saveon+ saverio+ savhanna-
savian+ savien+ savier+ savio+ savion+ savon+ savoy+ savvas+ saxton+ saya- sayan+ sayana- sayani- sayd+ sayda- sayde-
saydee- sayden+ saydi- saydie- sayed+ sayeed+ sayen- sayge- sayid+ sayla- saylah- saylee- sayler- sayli- saylor- sayon+
sayra- sayuri- sayvion+ sayvon+ scarleth- scarlette- schafer+ schneider+ schneur+ schylar- schyler+ scotland- scotlyn- scotlynn- scottlyn- scottlynn-
seaanna- seager+ seaira- seairra- seanmichael+ seann+ seanna- seanpatrick+ seanpaul+ searra- sebastain+ sebasthian+ sebastiaan+ sebastiana- sebastion+ sebatian+
sebrina- secilia- secily- sedona- sedra- sedric+ sedrick+ seema- seferino+ sefora- seger+ sehaj+ seham- sehar- seher- sehrish-
seidi- seidy- seif+ seiji+ seily- seinna- seira- seirra- seiry- seiya+ sejal- sejla- sekai+ sekou+ selah- selam-
seleen- seleena- seleni- selenia- seleste- selestino+ selicia- selim+ selin- seliyah- selman+ selvin+ selwyn+ selyna- sem+ sema-
semaiah- semaj+ semaja- semajay+ semaya- semia- semiah- semih+ semir+ semira- semisi+ semiya- semiyah- semra- semya- semyra-
senai+ senaida- senait- senay+ senaya- sendy- seneca- seng+ senia- seniah- seniya- seniyah- senora- senya- seon+ seonna-
sepehr+ sephiroth+ sephora- sequan+ sequoya- serafin+ serafina- serah- seraiah- seraphina- seraphine- seraya- sereen- sereena- seren- serenah-
serenety- serenidy- serenitee- serenitey- sereniti- serenitie- serenna- serentiy- sergey+ seri- seriah- seriana- serianna- serigne+ serina- serinity-
seriyah- serjio+ serra- serrenity- serrina- servando+ seryna- sesar+ sesilia- sevaeh- sevag+ sevak+ sevan+ sevana- sevanna- sevannah-
sevastian+ sevena- severiano+ severin+ severo+ sevilla- sevin+ sevon+ sevren+ sevrin+ sevyn- seynabou- shaan+ shabd+ shabsi+ shacara-
shada- shadae- shadai- shaday- shaddai- shadeed+ shaden+ shadi+ shadia- shadiamond- shadiya- shadman+ shadrach+ shadrick+ shaela- shaelee-
shaeleigh- shaelie- shaelin- shaely- shaelyn- shaelynn- shaelynne- shafer+ shah+ shahab+ shahad- shahan+ shahana- shahd- shahed- shaheem+
shaheen+ shaheer+ shaheim+ shahid+ shahida- shahir+ shahzaib+ shai+ shaia- shaiann- shaianne- shaiden+ shaikh+ shail+ shaila- shailah-
shailee- shailey- shaili- shaily- shailyn- shailynn- shaima- shain+ shainah- shaindel- shaindy- shaira- shaivi- shaka+ shakara- shakayla-
shakeel+ shakeem+ shakeira- shakera- shakeria- shakhia- shaki+ shakia- shakil+ shakila- shakim+ shakir+ shakira- shakirah- shakiya- shakiyah-
shakti- shakur+ shakya- shakyla- shakyra- shala- shalana- shalaya- shalayla- shalea- shaleah- shalee- shaleigh- shalen- shalena- shaley-
shaleya- shalia- shaliah- shalie- shalimar- shalin+ shalini- shalise- shaliyah- shalon- shalonda- shalva- shalyn- shalynn- shalyse- shama-
shamaiya- shamal+ shamar+ shamara- shamaree- shamari- shamaria- shamariah- shamarie- shamarion+ shamarr+ shamauri+ shamaya- shameek+ shamel+ shamera-
shamere- shameria- shamia- shamiah- shamika- shamir+ shamira- shamiracle- shamirah- shamiya- shamiyah- shamon+ shamond+ shamoni- shamora- shamoria-
shamya- shamyah- shamyia- shamyiah- shamyla- shamyra- shanae- shanah- shanai- shanaia- shanaiya- shanay- shanaya- shanayah- shandi- shandiin-
shandon+ shandrea- shanea- shaneka- shanel- shanell- shanelle- shaneya- shania- shaniah- shanice- shaniece- shanijah- shanika- shanila- shaniqua-
shanise- shanita- shaniya- shaniyah- shaniyla- shanley- shannel- shannell- shannelle- shannia- shannyn- shantae- shantal- shantanu+ shantasia- shantavia-
shantay- shante- shantel- shantell- shantelle- shanteria- shanterria- shanti- shantia- shantrice- shanya- shanyah- shanyce- shanye- shanyia- shanyiah-
shanyla- shanyra- shanza- shanzay- shanze- shaquan+ shaquille+ sharada- sharae- sharanya- sharay- sharaya- sharayah- sharda- shardae- sharday-
sharde- sharee- shareef+ shareese- sharell- sharelle- sharice- sharief+ sharif+ sharifa- shariff+ sharika- sharina- sharis- sharissa- sharita-
shariya- shariyah- sharlee- sharlet- sharlette- sharlize- sharlotte- sharlyn- sharlyne- sharlynn- sharmaine- sharmarke+ sharod+ sharonda- sharrod+ sharvi-
sharyah- shashank+ shashwat+ shasta- shatara- shatavia- shatha- shatia- shatoria- shatoya- shaul+ shaunak+ shauni- shaunice- shauniya- shaunna-
shaunte- shaurya+ shavar+ shavaria- shavelle- shavon- shavonne- shawnda- shawne+ shawnice- shawnie- shawnna- shawnta- shawntel- shawntez+ shaya+
shayaan+ shayan+ shayana- shayanna- shayanne- shayda- shayde+ shayden+ shaydon+ shaye- shayera- shaylan- shaylea- shaylee- shayleen- shayleigh-
shaylen- shaylene- shayley- shayli- shaylie- shaylin- shaylon+ shaylynne- shaymus+ shayn+ shaynah- shaynna- shayona- shayonna- shayra- shaza-
shazia- sheadon+ sheala- shealee- shealeigh- shealyn- shealynn- sheamus+ sheccid- shedrick+ sheehan+ shefali- sheilly- sheily- sheilyn- sheina-
shekina- shekinah- shelah- shelbee- shelbey- shelbie- shelbylynn- shelcy- sheldon+ shellby- shelsea- shelsey- shelsie- shelsy- shemaiah- shemar+
shemariah- shemia- shemiah- shemuel+ shenaya- shenelle- shenise- sheniya- sheniyah- shenoa- shephard+ sherard+ shereen- sheriah- sherice- sheridyn-
sherif+ sherita- sherleen- sherlene- sherley- sherlin- sherly- sherlyn- sherlyne- sherlynn- shermaine+ shermar+ sherod+ sheron+ sherrell- sherrod+
sherron+ sheva- shevy- shey+ sheyanne- sheyenne- sheyla- sheyli- sheylin- sheyly- sheza- shi- shiah- shiala- shian- shiana-
shiane- shiann- shianna- shianne- shifa- shifra- shihab+ shikha- shila- shilah- shilee- shilo- shiloah- shiloh- shilyn- shilynn-
shimon+ shimshon+ shinobi+ shion+ shiori- shira- shirah- shiraz+ shireen- shirel- shiri- shirin- shirly- shishir+ shivali- shivam+
shivangi- shivani- shivank+ shivansh+ shiven+ shivraj+ shiya+ shiza- shloak+ shloima+ shloime+ shloimy+ shlok+ shloka- shloma+ shlome+
shlomo+ shlomy+ shmaya+ shmiel+ shmuel+ shneur+ sho+ shogo+ shomari+ shon+ shonda- shondell+ shondrea- shone+ shota+ shourya+
shraddha- shradha- shraga+ shravan+ shravani- shravya- shree- shreena- shreeya- shrey+ shreya- shreyan+ shreyans+ shreyas+ shreyash+ shreyes+
shrihan+ shrika- shrinidhi- shristi- shritan+ shritha- shriya- shriyan+ shruthi- shruthika- shruti- shterna- shu+ shuaib+ shuban+ shubh+
shubham+ shukri- shulamis- shulamite- shulem+ shunashi- shuri- shwetha- shya- shyah- shyam+ shyan- shyana- shyane- shyann- shyanna-
shyanne- shyasia- shye- shyenne- shyera- shyheem+ shyheim+ shyia- shyla- shylah- shylan- shylea- shylee- shyleigh- shyler- shyli-
shylie- shylin- shylo- shyloh- shylyn- shylynn- shymir+ shyna- shyne+ shynia- shyonna- shyquan+ shyra- sia- siah- sianah-
siani- siann- siannah- sianne- sianni- siaosi+ siara- siarah- siarra- sicily- siclali- sidda- siddalee- siddarth+ siddhant+ siddhanth+
siddharth+ siddhi- siddiq+ sidhanth+ sidharth+ sidi+ sidnei- sidni- sidnie- sidona- sidonie- sidra- sidrah- sidy+ sieanna- siearra-
siena- siene- siennah- siera- sierah- sierrah- sierralynn- sifan- signe- sihaam- siham- siler+ silus+ silverio+ silvestre+ silvino+
simao+ simar- simara- simaya- simba+ simcha+ simi- simisola- simiya- simiyah- simmie+ simmone- simora- simra- simrah- simran-
simranpreet- simrat- simrin- simya- sina- sinahi- sinai- sinan+ sinay- sinaya- sincear+ sinceer- sincer+ sinclaire- sindhu- sindi-
sindy- sinead- sinia- siniya- siniyah- sinjin+ sinthia- sintia- sinue+ siomara- siona- sione+ sionna- siosiua+ sira- siraj+
sircharles+ sireen- sirena- sirenia- sirenity- siri- siria- siriah- sirinity- sirius+ siriya- siriyah- sirmichael+ sirr+ sirron+ sirus+
sirwilliam+ sisco+ sisilia- sisto+ sita- sitara- sitey- sitlali- sivad+ sivan- sivani- siwoo+ sixto+ siya- siyana- siyanna-
siyon+ siyona- skai- skanda+ skarlet- skarleth- skarlett- skarlette- skie- skii- skila- skilar- skiler+ skiley- skilynn- skyann-
skyanna- skyanne- skyela- skyelar- skyelyn- skyelynn- skyi- skyla- skylah- skylan- skylee- skyleen- skylei- skyleigh- skylen- skylene-
skyley- skyli- skylie- skylier- skylin- skylinn- skylir- skylla- skylor+ skylur+ skylyn- skylynn- skylynne- skyy- skyylar- sladen+
slaten+ slaton+ slayde+ slayden+ slayton+ slevin+ slone+ smaran+ smrithi- smriti- smya- sneha- sneijder+ sneyder+ snigdha- sniyah-
snyder+ sobia- socorro- socrates+ soffia- sofi- sofiah- sofija- sofiya- sofya- soha- sohaib+ sohail+ soham+ sohan+ sohana-
sohil+ sohum+ solae- solana- solange- solara- soledad- solei- soleil- solenne- soley- solia- soliana- soliel- solimar- solina-
soloman+ solveig- solymar- somara- somaria- somaya- somer- somiya- sommer- somtochukwu+ somya- sona- sonal- sonali- sonam+ sonaya-
soniah- soniya- soniyah- sonoma- sonora- soojin- sophea- sophee- sophiah- sophiamarie- sophiana- sophiea- sophina- sophira- sophiya- sophonie-
sophy- sophya- sora- sorah- soraida- soraiya- soraya- sorayah- sorelle- soren+ soriah- sorin+ sorina- soriya- sorren+ sosaia+
sosie- sota+ sotero+ sotiria- souleymane+ soumil+ soumya- souren+ sovann+ sovanna- sowmya- soyla- sparsh+ spiro+ spoorthi- sravya-
sreeja- sreekar+ sreenidhi- sreeram+ sreshta- sreya- sricharan+ srihan+ srihari+ srihita- srihitha- srija- srijan+ srikar+ srikari- srimedha-
srinath+ srinidhi- srinika- srinithi- srinithya- srinivas+ sriram+ srishti- sristi- sritha- srithan+ srividya- sriya- sriyan+ sruthi- sruti-
staley+ stalin+ stanislav+ starasia- starlee- starlett- starlette- starlyn- starlynn- stasha- stasia- statton+ stav- steele+ stefani- stefanny-
stefanos+ stefany- steffan+ steffany- steffon+ stefon+ stelios+ stellan+ stellina- stepan+ stepanie- stephaine- stephane+ stephania- stephanny- stephano+
stephany- stephfon+ stephon+ stephone+ stephy- sterlin+ sterlyn+ stetsen+ stevan+ stevee- stevens+ stevenson+ stevey- stevi- stevin+ stevon+
sthefany- stiles+ stiven+ stockton+ stoney+ storee- stori- storie- stratos+ stratten+ stratton+ streeter+ strella- strummer+ stryder+ stryker+
stuti- stylianos+ sua- suad- subhaan+ subhan+ sucely- suchi- suchir+ sude- sudeep+ sudiksha- sueann- sufyaan+ sufyan+ sugey-
suha- suhaan+ suhaas+ suhaib+ suhail+ suhaila- suhailah- suhaily- suhan+ suhana- suhani- suhas+ suhayb+ suhayla- suhaylah- suheily-
suhey- suheyla- sujay+ sujeily- sujey- sukaina- sukhman- sukhmani- sulaiman+ sulamita- sulayman+ suleika- suleima- suleiman+ sulema- suleman+
suleyka- suleyma- suleyman+ suli- suliman+ sulma- suly- sumaia- sumaira- sumaiya- sumaiyah- sumaya- sumayah- sumayo- sumayya- sumayyah-
sumedh+ sumedha- sumer- sumeya- sumiah- sumiko- sumire- sumit+ summar- summerlyn- summerlynn- sunay+ sundus- sunem- suni- sunil+
sunita- suniya- sunni- sunnie- sunshyne- supriya- surabhi- surafel+ surah- surai- suraiya- suraj+ suraya- suree- suren+ surenity-
suri- suria- suriah- suriana- surie- suriel+ surina- suriya- suriyah- sury- surya+ sushant+ sushanth+ sussy- sutter+ suvan+
suvi- suzan- suzana- suzannah- svanik+ svara- svea- svetlana- swara- swathi- swayam+ swetha- sy+ sya- syah- syair+
syaire+ syan- syani- syann- syanna- syanne- syara- syasia- sybella- sydne- sydnee- sydnei- sydni- sydnie- sydny- sye+
syed+ syeda- syeira- syeisha- syenna- syerra- syesha- syia- syion+ syla- sylah- sylar+ sylee- syleena- sylena- syler+
sylis+ sylus+ sylvana- sylvanna- sylver+ sylvi- sylviana- sylvie- sylys+ symantha- symara- symaria- symeon+ symere+ symia- symiah-
symir+ symirah- symone- symora- symphanie- symphany- symya- syna- synai- synceer+ syncere+ syndey- synia- syniah- syniya- syniyah-
synthia- syon+ syona- syra- syrae- syrah- syrai- syre+ syrena- syrenity- syrenna- syriah- syriana- syrianna- syrie- syrina-
syris+ syrus+ syvannah- szymon+ taahir+ taaliyah- taariq+ tabari+ tabetha- tabias+ tabita- tabytha- tacari+ tacarra- tacoma+ tacora-
tacori+ tacy- tadan+ tadarius+ tadarrius+ tadashi+ tade+ tadeja- taden+ tadhg+ tae+ taeden+ taedyn+ taegan- taegen- taehyun+
taejah- taejon+ taela- taeler- taelon+ taelor- taelyn- taelynn- taesean+ taeshaun+ taeshawn+ taeshon+ taetum- taeveon+ taevin+ taevion+
taevon+ taeya- tafari+ taft+ tagan+ tage+ tagen+ tagg+ taggart+ taha+ tahani- tahara- tahari+ taheem+ taher+ tahir+
tahira- tahirah- tahj+ tahji+ tahjir+ tahlia- tahliya- tahmia- tahmid+ tahmir+ tahnia- tahsin+ tahtiana- tahtianna- taia- taiden+
taiga+ taige+ taigen+ taij+ taija- taijah- taijon+ taijuan+ taiki+ taila- tailyn- tailynn- taim+ taima- taimane- taimani-
taina- taino+ taiquan+ tairon+ tairy- tais- taisei+ taisha- taishaun+ taishawn+ taison+ taiten+ taitum- taitym- taiven+ taiveon+
taivon+ taiya- taiyana- taiylor- taiyo+ taiyon+ taj+ taja- tajae+ tajah- tajanae- tajay+ tajh+ taji- tajir+ tajon+
tajuan+ takai+ takaiya- takara- takari+ takashi+ takaya- takayla- takaylah- takeira- takeo+ takera- takeria- takeru+ takeshi+ takeya-
takia- takiah- takiera- takira- takiya- takiyah- takoda+ takori+ takota+ takoya- takuma+ takumi+ takya- takyah- takyia- takyla-
takylah- takyra- tal+ talah- talaijah- talajah- talal+ talan+ talar- talasia- talaya- talayah- talayjah- talayla- talaysha- talaysia-
talea- taleah- taleen- taleeya- taleeyah- taleia- taleigh- taleigha- taleisha- talen+ talena- talesha- taleya- taleyah- talha+ taliah-
taliana- talianna- talib+ talicia- taliea- taliesin+ talijah- talik+ talin+ talina- taline- talisa- talise- talisha- talissa- talita-
talitha- taliya- taliyah- taliyha- tallan+ tallen+ talley- tallis+ tallon+ tallyn- talmadge+ talmage+ talor- talula- talulah- talvin+
talyia- talyiah- talyn- talynn- talyssa- tamaiya- tamaj+ tamaki- tamana- tamani- tamarcus+ tamari- tamaria- tamarie- tamarion+ tamarius+
tamarkus+ tamarria- tamaya- tamber- tamea- tameah- tameem+ tameia- tameka- tamela- tameria- tameron+ tamesha- tameya- tameyah- tamia-
tamiah- tamiaya- tamika- tamila- tamim+ tamir+ tamira- tamiracle- tamirah- tamiria- tamirra- tamiya- tamiyah- tamlyn- tamon+ tamora-
tamryn- tamsen- tamsin- tamya- tamyah- tamyia- tamyiah- tamyra- tamyrah- tanae- tanai- tanaijah- tanaisa- tanaisha- tanaiya- tanaja-
tanajah- tanaria- tanashia- tanasia- tanav+ tanay+ tanaya- tanayah- tanayia- tanaysia- tanazia- tanea- taneah- taneisha- taner+ tanesha-
tanessa- taneya- taneyah- tangela- taniah- taniaya- taniela+ tanija- tanijah- tanika- tanila- tanis+ tanise- tanish+ tanisha- tanishka-
tanishq+ tanisi- taniya- taniyah- tanmay+ tanmayi- tanna- tannah- tannar+ tannen+ tannon+ tannor+ tanush+ tanvee- tanveer+ tanvi-
tanvir+ tanyah- tanyia- tanyiah- tanyjah- tanyla- tanyon+ tanzie- tanzila- tao+ taos+ tapanga- taquan+ taqwa- taraji- taralyn-
taralynn- taran+ taras+ taray+ tarek+ tarell+ taren+ tareq+ taria- tariah- tariana- tarianna- tarik+ tarika- tarin+ tarini-
tariq+ tarique+ tarius+ tariya- tariyah- taron+ tarrell+ tarren+ tarrence+ tarron+ tarryn- tarun+ tarus+ taryah- taryne- tarynn-
tasanee- tasean+ taseen+ tashara- tashaun+ tashauna- tashawn+ tashawna- tashay- tashayla- tashi- tashia- tashiana- tashianna- tashiya- tashon+
tashun+ tashvi- tashya- tashyia- tashyra- tasi+ tasiana- tasman+ tasneem- tasnia- tasnim- tasya- tatelyn- tatelynn- tatem- taten+
tatianah- tatianna- tatianya- tationa- tationna- tatiyana- tatiyanna- tatiyona- tattiana- tattianna- tatumn- tatyana- tatyanna- tatyiana- tatym- taurean+
tauri- taurus+ tausif+ tava- tavares+ tavaria- tavarian+ tavarion+ tavaris+ tavarius+ tavarus+ tavaughn+ taveah- taveion+ taven+ taveon+
taveyon+ tavi+ tavia- tavian+ taviana- tavien+ tavier+ tavin+ tavio+ tavion+ tavious+ tavis+ tavish+ tavishi- tavita+ tavius+
taviyon+ tavon+ tavoris+ tavyn+ tawanna- tawfiq+ tawhid+ tawnee- tawni- tay+ taya- tayah- tayana- tayanna- taycee- tayde-
taydem- tayden+ taydon+ taye+ tayen- taygan- taygen- tayiah- tayja- tayjon+ tayjuan+ tayla- taylah- taylan+ taylar- taylee-
tayleigh- taylen+ tayler- tayley- tayli- tayliana- taylianna- taylie- taylin- taylinn- taylon+ taylorann- taylore- taylormarie- taylour- taylre-
taylyn- taylynn- taym+ tayo+ tayon+ tayona- tayonna- tayquan+ tayron+ taysean+ tayseer+ taysen+ taysha- tayshaun+ tayshawn+ tayshon+
taysia- tayson+ tayt+ tayte+ taytem- tayten+ tayton+ taytum- tayvan+ tayven+ tayveon+ tayvian+ tayvin+ tayvion+ tayvon+ tayyab+
taz+ tazaria- tazariah- tazia- taziah- taziyah- tazmeen- teadora- teagan- teagen+ teaghan- teagon+ teague+ teagun+ teagyn- teah-
teaira- teairah- teairra- teaja- teala- teana- teancum+ teandra- teandre+ teanna- teara- tearra- tearsa- teasia- teddrick+ tedrick+
teegan+ teegen+ teesha- tegan- tegen+ teghan- tehani- tehila- tehilla- tehillah- tehya- teia- teiana- teiara- teigan+ teige+
teigen+ teighan- teighlor- tein+ teion+ teiona- teirra- tej+ teja- tejal- tejas+ tejasvi- tejaswini- tejay+ tejean+ tejon+
tekoa+ tel+ telana- teleah- telena- teliah- teliyah- tellis+ temani+ temari- temia- temidayo+ temiloluwa- temima- temitayo- temitope-
temprance- temprence- temya- tena- tenaya- tenea- teng+ teniah- tenille- teniola- tenise- tenisha- teniya- teniyah- tenley- tennille-
tennyson+ tenoch+ tenzin+ tenzing+ teo+ teoman+ teon+ teona- teonna- tequan+ terah- teralyn- teralynn- teran+ terance+ tere-
terek+ terell+ terelle+ teren+ terez+ tereza- teriah- teriana- terianna- terica- terin- terion+ termaine+ teron+ terrah- terrail+
terran+ terrelle+ terren- terreon+ terria- terriah- terrian+ terriana- terrianna- terrica- terrick+ terrin+ terrion+ terriona- terrionna- terris+
terrius+ terriyana- terron+ terryana- terryion+ terryl+ terryn- terryon+ terryonna- teryn- tesa- tesean+ teshaun+ teshawn+ tesia- tesla-
tesneem- tessah- tessalynn- tessia- tessla- teuta- tevan+ teveon+ tevin+ tevion+ tevis+ tevita+ tevon+ tevy- tevyn+ tex+
teya- teyah- teyana- teyanah- teyanna- teygan+ teyla- teylor- teyo+ teyona- teyonna- teyton+ thad+ thaddeaus+ thaddius+ thaden+
thadius+ thaila- thailan+ thaily- thais- thaison+ thaleia- thales+ thaliana- thamara- thandi- thandiwe- thang+ thanh+ thania- thanvi-
thanya- thao- thara- tharon+ tharun+ thatiana- thaxton+ thayden+ thayer+ thayla- theadore+ thelonious+ theoden+ theodis+ theodoro+ theodoros+
theona- theone- theophilus+ theran+ theron+ therron+ theryn- thi- thiago+ thibault+ thien+ thienan- thierno+ thierry+ thijs+ thompson+
thomson+ thora- thoren+ thorne+ thorson+ thristan+ thurman+ thuy- thy- thyra- tiago+ tiah- tiahna- tiaja- tiajah- tiamarie-
tian+ tiana- tianah- tiani- tianna- tiannah- tianne- tianni- tiarah- tiare- tiarra- tiasia- tiauna- tiberius+ tibor+ tice+
tidus+ tiegan+ tiegen+ tieler+ tien- tiera- tieran- tierany- tiernan+ tierra- tierrah- tierre+ tiesha- tieson+ tifa- tifani-
tifany- tiffiny- tige+ tigerlily- tigh+ tighe+ tigran+ tihanna- tijuan+ tiki+ tila- tilak+ tilden+ tileah- tillman+ tilynn-
timara- timari- timarion+ timaya- timberly- timberlyn- timea- timia- timiah- timiya- timiyah- timmia- timmothy+ timmya- timmyah- timo+
timofey+ timon+ timothey+ timothyjames+ timya- timyra- tinamarie- tinashe- tinasia- tinaya- tindra- tinia- tiniyah- tinley- tino+ tinsley-
tion+ tiona- tionna- tionne- tipton+ tiquan+ tira- tiras+ tirek+ tirian+ tiron+ tirsa- tirso+ tirth+ tirza- tirzah-
tisean+ tishaun+ tishawn+ tison+ titan+ titiana- titilayo- tivoli- tivon+ tiya- tiyah- tiyana- tiyanna- tiye- tiyon+ tiyonna-
tj+ tjay+ tkai+ tkeyah- tlaloc+ tnia- tniya- tniyah- tnya- tnyah- toa+ toba- tobechi+ toben+ tobenna+ tobyas+
tobyn+ toccara- tochi- tochukwu+ toddrick+ toi+ tolan+ toleen- tolulope- toluwalase+ toluwani- toluwanimi+ tomasa- tomasz+ tomer+ tomia-
tomiya- tommaso+ tomy+ tonasia- tonatiuh+ toney+ toniann- tonio+ tonisha- toniya- toniyah- tonny+ topanga- topher+ tora- torah-
torben+ toree- torell+ toren+ toria- toriah- torian+ toriana- toriann- torianna- torianne- toriano+ toribio+ torilynn- torion+ torrell+
torren+ torreon+ torres+ torri- torrian+ torrien+ torrion+ torryn- torsten+ toryn+ tosha- toshiro+ totiana- toure+ tovah- tovia+
townes+ tracen+ tracyn+ tradell+ traden+ tradon+ trae+ traedyn+ traeh- traeson+ traeton+ traevion+ traevon+ trai+ traiden+ traiten+
traivon+ trajan+ tralaya- tralyn+ tramaine+ tramarion+ tramayne+ tramel+ tramell+ tramiah- tramiya- tramon+ tran- tranae- trang- trania-
tranice- traniya- traniyah- trany- tranya- traquan+ trase+ trasean+ trashaun+ trashawn+ trashon+ trason+ travarious+ travaris+ travarius+ travell+
travelle+ traven+ traveon+ travez+ travian+ travin+ travion+ travionna- travious+ travius+ travon+ travone+ travonne+ travontae+ travonte+ travor+
travyn+ travys+ traxton+ trayce+ trayden+ traylen+ traylon+ traymon+ trayon+ trayonna- trayshawn+ trayson+ trayten+ trayton+ trayven+ trayveon+
trayvion+ trayvis+ trayvon+ tre+ trea+ treanna- treaven+ treavon+ treavor+ treazure- trebor+ tredarius+ tregan+ treighton+ trejon+ trelen+
trell+ trelon+ trelyn+ tremari+ tremarion+ tremel+ tremell+ tremon+ tremya- trenae- trenden+ trendon+ trenell+ trenia- trenise- treniti-
trenity- treniya- treniyah- trennen+ trennon+ trentan+ trenten+ trentin+ trentyn+ trenyce- treon+ treonna- trequan+ tres+ tresean+ treshaun+
treshawn+ treshon+ treson+ tressel+ tressie- trestan+ tresten+ trestin+ treston+ trestyn+ treva- trevan+ trevaughn+ trevaun+ trevell+ trevelle+
treven+ treveon+ treveyon+ trevian+ trevin+ trevion+ trevis+ trevon+ trevone+ trevonn+ trevonne+ trevontae+ trevonte+ trevyn+ trevyon+ trew+
treya- treyana- treyce+ treyden+ treydon+ treylan+ treylen+ treylin+ treylon+ treyon+ treyonna- treysean+ treysen+ treyshaun+ treyshawn+ treyshon+
treyson+ treyten+ treytin+ treyton+ treyvan+ treyvaughn+ treyven+ treyveon+ treyvian+ treyvin+ treyvion+ treyvon+ treyvone+ treyvonne+ trez+ trezure-
tri+ triana- trianna- trichelle- tricity- trigg+ trigo+ trilby- trillian- trinady- trindon+ trinh- trini- trinidee- trinidy- trinitee-
trinitey- triniti- trinitie- trinity- trinnity- trino+ trintin+ trintiy- trinton+ trinty- tripton+ trishelle- trishna- tristain+ tristann- tristano+
tristen+ tristian+ tristiana- tristianna- tristin+ tristina- tristine- triston+ tristyn+ tristynn- triton+ troi- tron+ troyvon+ tru+ truc-
truett+ truitt+ trulee- trung+ trusten+ trustin+ truston+ truxton+ tryce+ trygg+ trygve+ trynitee- tryniti- trynity- tryon+ trypp+
tryson+ trysta- trystan+ trysten+ trystian+ trystin+ tryston+ trystyn+ tryton+ tsering- tsion- tsubasa+ tuan+ tukker+ tula- tulah-
tuleen- tulia- tulio+ tullia- tulsi- tupac+ turon+ tushar+ tustin+ tuvia+ tvisha- tya- tyah- tyaira- tyaire+ tyaja-
tyana- tyann- tyanna- tyannah- tyanne- tyara- tyashia- tyasia- tyasiah- tyauna- tybee- tyce+ tycen+ tycho+ tydarius+ tyde+
tyden+ tydus+ tyee+ tyeisha- tyeler+ tyesha- tyeson+ tyger+ tyheem+ tyheim+ tyhir+ tyiana- tyianna- tyion+ tyiona- tyionna-
tyja- tyjae- tyjah- tyjai+ tyjanae- tyjay+ tyjohn+ tyjon+ tyjuan+ tyke+ tykeem+ tykeira- tykel+ tykell+ tykera- tykeria-
tykerria- tykia- tykira- tykwon+ tyla- tylah- tylaisha- tylajah- tylan+ tyland+ tylar+ tylashia- tylasia- tylayshia- tylaysia- tylea-
tyleah- tylee- tyleek+ tyleigh- tylek+ tylen+ tylerjames+ tylia- tyliah- tylicia- tylie- tyliek+ tylik+ tylin+ tylina- tylique+
tyliyah- tyller+ tylon+ tylor+ tylynn- tymari+ tymarion+ tymber- tymeer+ tymeir+ tymel+ tymell+ tymere+ tymesha- tymia- tymier+
tymir+ tymire+ tynae- tynasia- tynayah- tyndale+ tyneisha- tyner+ tynesha- tynia- tyniah- tynijah- tynisha- tyniya- tyon+ tyona-
tyonna- tyquan+ tyquarius+ tyquavion+ tyquavious+ tyquez+ tyqwan+ tyr+ tyra- tyrae+ tyrah- tyray+ tyreak+ tyreana- tyreanna- tyrease+
tyrece+ tyree+ tyreece+ tyreek+ tyreese+ tyreik+ tyreion+ tyrek+ tyreke+ tyrel+ tyrell+ tyrelle+ tyren+ tyreon+ tyreona- tyreonna-
tyrese+ tyresha- tyresse+ tyrez+ tyrhiana- tyrhianna- tyria- tyriana- tyrianna- tyric+ tyrice+ tyrick+ tyrie+ tyriek+ tyrielle- tyrihanna-
tyrik+ tyrin+ tyrion+ tyrionna- tyriq+ tyrique+ tyris+ tyrome+ tyron+ tyronne+ tyse+ tysean+ tysen+ tysha- tyshae- tyshaun+
tyshawn+ tyshay- tyshon+ tyshun+ tysin+ tysir+ tysun+ tytan+ tyteanna- tytiana- tytianna- tytiona- tytionna- tyton+ tytus+ tyunna-
tyus+ tyvan+ tyveon+ tyvin+ tyvion+ tyvon+ tywan+ tywann+ tywaun+ tywon+ tywone+ tywuan+ tyyonna- tyzae+ tzion+ tzipa-
tzipora- tziporah- tzipporah- tzippy- tzirel- tziry- tzivia- tzvi+ ubah- ubaid+ ubaldo+ uber+ uchechukwu+ uchenna+ uday+ ugochi-
ugochukwu+ ugonna+ ulani- uliana- ulices+ ulisses+ ulyana- ulyses+ ulyssa- uma- umair+ umaiza- umar+ umer+ umi- unyque-
urian+ urias+ urijah+ uriyah+ urja- urvi- usiel+ usman+ utah+ uthman+ utkarsh+ uvaldo+ uyen- uzair+ uziah+ uziel+
uzoamaka- uzuri- uzziah+ uzziel+ vada- vaden+ vadim+ vadin+ vaeda- vahan+ vahe+ vahn+ vaibhav+ vaida- vaidehi- vaiden+
vairon+ vaishnavi- vala- valarie- valecia- valen+ valena- valente+ valeri- valerio+ valerya- valeska- valin+ valkyrie- vallen+ vallerie-
vallery- vallory- valo+ valon+ valorie- valory- valyn- valyncia- vana- vanae- vanasia- vanden+ vander+ vandon+ vanecia- vanesa-
vanessah- vaneza- vani- vanicia- vanisha- vaniya- vaniyah- vann+ vannah- vannesa- vannessa- vannia- vannya- vansh+ vanshika- vardaan+
vardan+ varick+ varish+ varnika- varsha- varshini- varshitha- varun+ vasco+ vash+ vashanti- vashaun+ vashawn+ vashon+ vashti- vasia-
vasilia- vasiliki- vasilios+ vasilisa- vasiliy+ vasti- vatsal+ vayda- vayden+ vayla- vayron+ veanna- veasna+ ved+ vedaant+ vedant+
vedanth+ vedh+ vedha- vedika- veena- veera- vega- vegas+ velinda- vella- velouria- venancio+ venecia- venessa- veniamin+ venice-
venicia- venise- venna- vennela- ventura+ venya- verdell+ verenice- verenise- vernell+ veron+ verona- vesta- veyda- viana- vianca-
vianey- vianka- vianna- vianne- vianney- vianny- viany- vibha- vibhav+ vicente+ vicktoria- victorhugo+ victoriaann- victoriah- victorianna- victoriano+
victorino+ victorio+ victoriya- victorjr+ victormanuel+ victorya- vidal+ vidalia- vidhi- vidushi- vidya- vidyuth+ vielka- vienna- vienne- viera-
vierra- viet+ viggo+ vignesh+ vihaan+ vihan+ vijay+ vika- vikas+ vikram+ vikrant+ viktor+ viktoria- viktorija- viktoriya- viktorya-
vili+ viliami+ vinay+ vinaya- vincen+ vincente+ vincenza- vincenzo+ vincy- vineet+ vineeth+ vinessa- vinh+ vinicio+ vinicius+ vinisha-
vinton+ vintrell+ violeta- violett- vir+ viraaj+ viraj+ viren+ viridiana- vishaal+ vishal+ vishnu+ vishrut+ vishruth+ vishwa+ vismaya-
vitali+ vitalia- vitaliy+ vitor+ vivaan+ vivan+ vivek+ viveka- viviane- viviann- vivica- vivika- vivyanna- vladislav+ voltaire+ vonda-
vontavious+ vontez+ vontrell+ vraj+ vrinda- vrishank+ vu+ vuk+ vy- vyctoria- vylet- vyncent+ vyolet- vyom+ vyshnavi- wacey+
waco+ waden+ wadie+ wael+ wafa- wafi+ wagner+ wahaj+ wakinyan+ waled+ walee+ waleed+ waleska- wali+ walid+ walter+
wania- wanita- warda- wardell+ warrick+ waseem+ wasif+ wasim+ wassim+ watson+ wayde+ wayman+ waymon+ waymond+ weiland+ weldon+
wellington+ welton+ wences+ wenceslao+ wendoly- weronika- wesam+ weslee+ weslie- wesly+ weslynn- wess+ wessam+ wessley+ wesson+ westen+
westin+ westly+ westyn+ whitlee- whitley- whitni- whitt+ whitten+ whittney- whyatt+ widad- wiktor+ wiktoria- wil+ wilber+ wilberto+
wilburn+ wilder+ wilford+ wilfredo+ wilfrido+ wiliam+ wilian+ wilkes+ wilkins+ willaim+ willam+ willamena- williamhenry+ williams+ willian+ willliam+
willo- willson+ wilmary- wilson+ wilver+ windell+ windsor- winson+ winta- winton+ wisin+ witten+ wojciech+ wolfe+ woodson+ woojin+
wrenn- wrigley+ wuendi- wuilmer+ wyatte+ wyeth+ wyett+ wylan+ wyland+ wylder+ wylee+ wyler+ wylliam+ wyman+ wynona- wynston+
wynter- wynton+ xabian+ xabier+ xachary+ xaden+ xadrian+ xaiden+ xailey- xaiver+ xaivier+ xamara- xan+ xander+ xandir+ xandra-
xandrea- xandria- xane+ xaniah- xaniya- xaniyah- xanthe- xara- xaria- xariah- xaven+ xavi+ xavia- xavian+ xaviana- xavianna-
xaviar+ xaviel+ xavien+ xavion+ xavior+ xavious+ xavius+ xavyer+ xayden+ xayla- xayne+ xayvier+ xayvion+ xcaret- xela- xelha-
xeniya- xhaiden+ xia- xiadani- xiamara- xian+ xiana- xiang+ xianna- xiara- xiclaly- xienna- ximena- ximenna- xin- xinyi-
xiomara- xion+ xitlali- xitlalic- xitlalli- xitlally- xitlaly- xitllali- xochi- xochil- xochilt- xochilth- xochitl- xoe- xoey- xolani-
xsavier+ xsavion+ xsavior+ xxavier+ xyanna- xyion+ xyla- xylan+ xyler+ xylon+ xyon+ xzaiver+ xzander+ xzandria- xzaria- xzaveon+
xzavian+ xzaviar+ xzavien+ xzavier+ xzavion+ xzavior+ xzayvier+ xzayvion+ yaa- yaacov+ yaakov+ yaasir+ yachet- yaciel+ yackelin- yacob+
yacqub+ yaden+ yader+ yadhira- yadiel+ yadier+ yadira- yadirah- yadriel+ yael+ yaeli- yaelin- yafet+ yaffa- yagmur- yago+
yahaira- yahayra- yahdira- yahel+ yaheli- yahia+ yahir+ yahira- yahmir+ yahshua+ yahsir+ yahya+ yahye+ yaileen- yailen- yailene-
yailin- yailyn- yaimara- yaindhi- yaindhy- yair+ yaira- yaire- yairis- yaitza- yaiza- yajahira- yajaira- yajat+ yajayra- yakelin-
yakeline- yakelyn- yakima- yakir+ yakira- yakov+ yakub+ yalena- yalexa- yali- yalina- yalissa- yalitza- yaman+ yamara- yamari-
yamaris- yamato+ yamel- yameli- yamen+ yamil+ yamila- yamile- yamiled- yamilet- yamileth- yamilett- yamilette- yamilex- yamili- yamillet-
yamily- yamin+ yamina- yamir+ yamira- yamna- yan+ yana- yanaira- yanalis- yanara- yanari- yancarlo+ yancarlos+ yanci- yandel+
yandell+ yandi+ yandiel+ yaneira- yaneiry- yaneisy- yanel- yaneli- yanelie- yanelis- yaneliz- yanell- yanelle- yanelli- yanellie- yanelly-
yanely- yanelys- yanessa- yanet- yaneth- yanett- yani- yania- yaniah- yanice- yanichel- yaniel+ yanielis- yanieliz- yanin- yanina-
yanique- yanira- yanis+ yanisa- yanissa- yanitza- yanitzia- yaniv+ yanixa- yanixan+ yaniya- yaniyah- yankarlo+ yanko+ yanky+ yann+
yanna- yannet- yanni+ yannick+ yannis+ yansel+ yanzel+ yao+ yaqub+ yaquelin- yaqueline- yaquelyn- yara- yarah- yaraliz- yarden-
yared+ yarel- yareli- yarelie- yarelin- yarelis- yareliz- yarelli- yarelly- yarely- yaremi- yareni- yareny- yaresli- yaresly- yaret-
yareth- yarethzi- yarethzy- yaretsi- yaretsy- yaretzi- yaretzie- yaretzy- yarexi- yarexy- yari- yariah- yariana- yarianna- yaribel- yariel+
yariela- yarielis- yarieliz- yarielys- yarilis- yarimar- yarin+ yaris- yarisbel- yarisel- yarissa- yarithza- yaritsa- yaritza- yaritzel- yaritzi-
yaritzy- yaritzza- yarixa- yariza- yarlin- yarnell+ yaron+ yaroslav+ yasamin- yaseen+ yasemin- yaser+ yash+ yasha- yashar+ yashas+
yashica- yashika- yashira- yashua+ yashvi- yashwanth+ yasiah- yasiel+ yasin+ yasir+ yasira- yasleen- yaslene- yaslin- yasline- yaslynn-
yasmeena- yasmeli- yasmina- yasmine- yasmyn- yassen+ yasser+ yassin+ yassine+ yassir+ yassmin- yatin+ yatzari- yatzel- yatzil- yatziri-
yatziry- yavian+ yaviel+ yavier+ yavuz+ yaxiel+ yazan+ yazeed+ yazel- yazen+ yazid+ yaziel+ yazir+ yazira- yazleen- yazlene-
yazlin- yazlyn- yazlynn- yazmarie- yazmeen- yazmen- yazmin- yazmina- yazmine- yazmyn- yazmyne- yazuri- yecenia- yecheskel+ yechezkel+ yechiel+
yedidya+ yediel+ yefri+ yegor+ yehia+ yehoshua+ yehuda+ yehudah+ yehudis- yeili- yeilin- yeily- yeilyn- yeimi- yeimy- yeira-
yeison+ yeleina- yeleni- yelenis- yelina- yelitza- yelizaveta- yemaya- yena- yency- yendi- yendy- yeneisy- yenesis- yengkong+ yeni-
yenifer- yenna- yennhi- yenni- yennifer- yenny- yenty- yeraldi- yeraldin- yeraldine- yeraldo+ yeraldy- yeray+ yerick+ yeriel+ yerik+
yerli- yerlin- yerly- yesenia- yeshaya+ yeshayahu+ yeshua+ yesica- yesina- yesli- yeslin- yesly- yesmin- yessenia- yessica- yeva-
yexalen- yezenia- yhair+ yhoalibeth- yi- yianni+ yiannis+ yichen+ yida+ yidel+ yides- yigit+ yilin- yiming+ yinon+ yiran-
yireh- yisel- yisela- yisell- yiselle- yishai+ yisroel+ yissachar+ yissel- yitta- yitty- yitzchak+ yitzchock+ yitzchok+ yitzel- yitzhak+
yizel- yliana- ylianna- ymani- yoali- yoan+ yoana- yoandry+ yoanna- yoany- yoav+ yobani+ yobany+ yocelin- yoceline- yocelyn-
yochanan+ yochanon+ yocheved- yoel+ yoeli- yohan+ yohana- yohance+ yohann+ yohanna- yohannes+ yojan+ yojana- yolani- yolette- yolotzin-
yoltzin+ yomaira- yomar+ yomara- yomaris- yomtov+ yona+ yonael+ yonah+ yonas+ yonason+ yonatan+ yonathan+ yoni+ yoniel+ yonis+
yony+ yordan+ yordi+ yordin+ yordy+ yorel+ yori- yosbel+ yosef+ yoselin- yoselina- yoseline- yoselyn- yoselyne- yoseph+ yosgar+
yosgard+ yosgart+ yoshua+ yosiel+ yoskar+ yosmar+ yossef+ yosselin- yosseline- yosselyn- yossi+ yostin+ youcef+ younes+ younique- younis+
yousaf+ yousef+ yousif+ yousra- youssef+ youssif+ youssouf+ youstina- yousuf+ yovan+ yovana- yovani+ yovanna- yovanni+ yovanny+ yovany+
ysabela- ysabella- ysabelle- ysidro+ ysmael+ ytzel- yu+ yuan+ yubin- yudith- yug+ yui- yuina- yuka- yukari- yukary-
yuki- yukiko- yukino- yuktha- yuleidi- yuleidy- yuleimy- yuli- yulia- yulian+ yuliana- yulianna- yuliet- yulieth- yulisa- yulissa-
yulitza- yuliza- yuly- yumalai- yumalay- yume- yumi- yumiko- yumna- yuna- yunalesca- yuniel+ yunior+ yunique- yunis+ yunuen-
yunus+ yurani- yureli- yurely- yurem+ yuren+ yuriana- yurianna- yuridia- yuridiana- yuriel+ yuriko- yurisa- yuritza- yuritzi- yuritzy-
yuriy+ yusef+ yusei+ yusha+ yusif+ yusra- yussef+ yussuf+ yusuf+ yusuke+ yuta+ yutaro+ yuting- yuto+ yuuki+ yuval-
yuvan+ yuvia- yuvraj+ yvaine- yvana- yvanna- yvannah- yvannia- yvelisse- yvett- yvonna- yzabel- yzabella- yzabelle- zaahir+ zaaire+
zaakir+ zaakirah- zaara- zabdi- zabdiel+ zabella- zabian+ zabrian+ zabrien+ zac+ zacari+ zacaria- zacariah+ zacarias+ zacary+ zaccai+
zaccari+ zacchaeus+ zaccheus+ zacharee+ zacharey+ zachari+ zacharius+ zacheriah+ zachory+ zachrey+ zachry+ zackarey+ zackari+ zackaria+ zackarie+ zackary+
zackeriah+ zackery+ zackory+ zackrey+ zackry+ zada- zade+ zaden+ zadi- zadia- zadie- zadin+ zadkiel+ zadok+ zadrian+ zadyn+
zae+ zaeden+ zaedyn+ zaeem+ zael+ zaelyn+ zaelynn- zaena- zaequan+ zaevion+ zafir+ zafirah- zafiro- zaharah- zahari- zaharia-
zahava- zaheem+ zaheer+ zahi+ zahid+ zahiem+ zahier+ zahir+ zahira- zahirah- zahki+ zahmari+ zahmier+ zahmir+ zahmya- zahnae-
zahniya- zahniyah- zahnya- zahra- zahraa- zahrah- zahria- zahriah- zahriya- zahriyah- zahrya- zahyir+ zaiah- zaid+ zaida- zaidan+
zaide- zaidee- zaiden+ zaidin+ zaidon+ zaidy- zaidyn+ zaier+ zaila- zailee- zailey- zailyn- zailynn- zaim+ zaima- zain+
zaina- zainab- zainah- zaine+ zaineb- zaion+ zair+ zaira- zairah- zaivion+ zaiya- zakai+ zakara- zakari+ zakaria+ zakariah+
zakarie+ zakariya+ zakariye+ zakariyya+ zakary+ zakayla- zakaylah- zakee+ zakeem+ zakeria- zakery+ zakeya- zakhai+ zakhari+ zakhi+ zakhia-
zakhya- zaki+ zakia- zakiah- zakir+ zakira- zakirah- zakiya- zakiyah- zakiyyah- zakk+ zakkary+ zakkery+ zakry+ zakya- zakyah-
zakye+ zakyia- zakyiah- zakyla- zakyra- zakyrah- zala- zalayah- zalea- zaleah- zaleigh- zalen+ zaley- zali- zalia- zalie-
zalika- zaliyah- zalman+ zalmen+ zalynn- zamani- zamantha- zamar+ zamara- zamari+ zamaria- zamariah- zamarie+ zamarion+ zamarius+ zamariya-
zamariyah- zamauri+ zamauria- zamaya- zameer+ zamere+ zameria- zamiah- zamian+ zamier+ zamir+ zamira- zamirah- zamirra- zamiya- zamiyah-
zamora- zamorah- zamoria- zamya- zamyah- zamyia- zamyiah- zamyra- zamyria- zamyriah- zamzam- zan+ zana- zanaa- zanae- zanai-
zanaiya- zanaria- zanasia- zanay- zanaya- zanayah- zanden+ zander+ zandon+ zandrea- zandria- zandyr+ zani- zania- zaniah- zanib-
zaniel+ zanijah- zaniya- zaniyah- zaniyha- zaniyla- zanna- zanya- zanyah- zanye- zanyia- zanyiah- zanyla- zaon+ zaquan+ zarahi-
zarai- zaray- zaraya- zarayah- zareah- zarek+ zareth- zareya- zareyah- zarhia- zari- zariah- zariaha- zarian+ zariana- zarianna-
zariea- zariel- zarif+ zarin+ zarina- zarion+ zarionna- zarius+ zariya- zariyah- zariyana- zariyha- zaron+ zarra- zarria- zarriah-
zarriyah- zarya- zaryah- zaryan+ zaryia- zaryiah- zaryn- zashawn+ zaul+ zauria- zaven+ zaveon+ zavia- zavian+ zaviar+ zavien+
zavier+ zaviera- zavin+ zavion+ zavior+ zavon+ zawadi- zaya- zayaan+ zayah- zayan+ zayana- zayanna- zayd+ zayda- zaydah-
zaydan+ zayde+ zaydee- zayden+ zaydi- zaydin+ zaydn+ zaydon+ zaydrian+ zaydyn+ zayed+ zayla- zaylah- zaylan+ zaylee- zayleigh-
zaylen+ zayley- zayli- zaylie- zaylin+ zaylon+ zayn+ zayna- zaynab- zaynah- zayne+ zayneb- zayon+ zayonna- zayquan+ zayra-
zayuri- zayveon+ zayvian+ zayvien+ zayvion+ zayvon+ ze+ zeah- zeanna- zeasia- zeba- zebediah+ zebulun+ zecheriah+ zedric+ zeena-
zeeshan+ zeev+ zeferino+ zehava- zehra- zeid+ zeidy- zeila- zein+ zeina- zeinab- zekiah+ zekiel+ zela- zelaya- zeldy-
zelia- zelie- zella- zeltzin- zemarion+ zemira- zemirah- zen+ zenaida- zenaido+ zenas+ zenayda- zeneida- zeni- zeniah- zeniya-
zeniyah- zenna- zennon+ zenobia- zenon+ zenya- zeph+ zephan+ zephaniah+ zephyr+ zeplin+ zeppelin+ zera- zerah- zerek+ zerenity-
zeriah- zeric+ zerick+ zerik+ zerin+ zerina- zeriyah- zerrick+ zeruiah- zeshawn+ zeth+ zethan+ zetta- zeus+ zev+ zeven+
zevin+ zevon+ zeyad+ zeyda- zeyna- zeynab- zeynep- zeza- zhaire+ zhanae- zhane- zhaniya- zhanya- zhara- zharia- zheneavia-
zhi+ zhion+ zhyon+ ziad+ ziah- ziair+ ziaire+ zian+ ziana- ziann- zianna- zianne- ziara- ziare+ ziarra- ziasia-
zidaan+ zidan+ zidane+ zienna- zier+ zierra- ziggy+ ziham- zikayla- zikeria- zikira- zila- zilah- zildjian+ zillah- zimere+
zimir+ zimri+ zina- zinab- zineb- zinedine+ zinia- ziomara- ziona- zionah- zionna- zionnah- zipporah- ziquan+ zissel- zissy-
zitlali- zitlalic- zitlaly- ziv+ ziva- ziven+ ziya- ziyaad+ ziyad+ ziyah- ziyan+ ziyana- ziyanah- ziyanna- ziyear+ ziyon+
ziyonna- ziza- zkye+ zlata- zlaty- zmarion+ zmya- zniah- zniya- zniyah- znya- zody- zoee- zoei- zoeie- zoejane-
zoel+ zoelle- zoey- zoeya- zoeyann- zoeyjane- zofia- zoha- zohaib+ zohair+ zohar- zohie- zohra- zoi- zoie- zoiee-
zoila- zolin+ zoltan+ zooey- zophia- zoraida- zoran+ zoraya- zoren+ zoria- zoriah- zorian+ zoriana- zorianna- zorion+ zosia-
zowie- zoya- zoye- zriyah- zsofia- zubair+ zubayr+ zubin+ zuhair+ zuhayr+ zujey- zuko+ zulay- zuleica- zuleika- zuleima-
zuley- zuleyka- zuleyma- zuli- zully- zulma- zuly- zunaira- zunairah- zuri- zuriah- zurich+ zurie- zuriel+ zurisadai- zurisaday-
zuriyah- zurri- zury- zuzanna- zuzu- zvi+ zy+ zya- zyah- zyair+ zyaira- zyairah- zyaire+ zyan+ zyana- zyann-
zyanna- zyannah- zyanya- zyara- zyarah- zyaria- zyasia- zyauna- zyden+ zyeir+ zyen+ zyere+ zyeria- zyheir+ zyhir+ zyia-
zyiah- zyiana- zyier+ zyiere+ zyion+ zyionna- zyir+ zyire+ zykaria- zykee+ zykeira- zykel+ zykera- zykeria- zykeriah- zykerria-
zykia- zykiah- zykira- zykiria- zyla- zylah- zylan+ zylar+ zyleigh- zylen+ zyler+ zyliah- zylie- zylin+ zylon+ zymal-
zymari+ zymarion+ zymeer+ zymeir+ zymere+ zymeria- zymia- zymier+ zymiere+ zymir+ zymire+ zynaria- zynasia- zynia- zyniah- zyniyah-
zyon+ zyona- zyonah- zyonna- zyquan+ zyquarius+ zyquavion+ zyquez+ zyra- zyrah- zyree+ zyrell+ zyren+ zyria- zyriah- zyrianna-
zyrihanna- zyrion+ zyron+ zyrus+ zyshaun+ zyshawn+
`;
