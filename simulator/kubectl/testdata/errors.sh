kubectl foo
kubectl get pods --bogus
kubectl get foos
kubectl get pods
kubectl get deployment nope
kubectl delete pod nope
kubectl apply
kubectl apply -f missing.yaml
kubectl apply -f bad-selector.yaml
kubectl apply -f cronjob-v1beta1.yaml
kubectl create deployment My_App --image=nginx
kubectl create deployment web
kubectl create deployment web --image=nginx
kubectl create deployment web --image=nginx
kubectl scale deployment web
kubectl rollout undo deployment/web
kubectl get toString
kubectl get pod toString
kubectl logs toString
